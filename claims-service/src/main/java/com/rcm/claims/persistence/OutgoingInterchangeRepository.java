package com.rcm.claims.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.hibernate.LockOptions;

/** The current practice's written interchanges. */
@ApplicationScoped
public class OutgoingInterchangeRepository implements PanacheRepositoryBase<OutgoingInterchangeEntity, String> {

    /** The interchange if it is still unanswered and no other sender holds it; locked until the transaction ends. */
    public Optional<OutgoingInterchangeEntity> lockUnsent(String id) {
        return find("id = ?1 and sentAt is null", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .firstResultOptional();
    }
}
