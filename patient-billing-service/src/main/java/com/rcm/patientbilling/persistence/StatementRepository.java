package com.rcm.patientbilling.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The current tenant's issued statements. */
@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<StatementEntity, String> {

    public List<StatementEntity> issuedTo(String accountId) {
        return list("accountId = ?1 order by createdAt, id", accountId);
    }
}
