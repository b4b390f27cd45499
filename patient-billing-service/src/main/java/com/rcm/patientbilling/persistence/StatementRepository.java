package com.rcm.patientbilling.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The current tenant's issued statements. */
@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<StatementEntity, String> {

    /** Every statement to the guarantor, oldest first. */
    public List<StatementEntity> issuedTo(String guarantorKey) {
        return list("guarantorKey = ?1 order by createdAt, id", guarantorKey);
    }

    public Optional<StatementEntity> lastTo(String guarantorKey) {
        return find("guarantorKey = ?1 order by createdAt desc, id desc", guarantorKey)
                .firstResultOptional();
    }
}
