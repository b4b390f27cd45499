package com.rcm.patientbilling.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** The current tenant's refund requests. */
@ApplicationScoped
public class RefundRequestRepository implements PanacheRepositoryBase<RefundRequestEntity, String> {

    public List<RefundRequestEntity> withStatus(RefundRequestEntity.Status status) {
        return list("status = ?1 order by requestedAt, id", status);
    }

    public Optional<RefundRequestEntity> lock(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
