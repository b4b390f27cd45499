package com.rcm.claims.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The current tenant's eligibility answers. */
@ApplicationScoped
public class EligibilityCheckRepository implements PanacheRepositoryBase<EligibilityCheckEntity, String> {

    /** The latest answer about the member at the payer since {@code since}. */
    public Optional<EligibilityCheckEntity> latest(String payerId, String memberId, OffsetDateTime since) {
        return find(
                        "payerId = ?1 and memberId = ?2 and checkedAt >= ?3 order by checkedAt desc",
                        payerId,
                        memberId,
                        since)
                .firstResultOptional();
    }
}
