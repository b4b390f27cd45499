package com.rcm.patientbilling.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** The current tenant's patient shares waiting for a next payer. */
@ApplicationScoped
public class AwaitedPayerRepository implements PanacheRepositoryBase<AwaitedPayerEntity, String> {

    /** The wait a later payer's decision on this encounter ends, if one is open. */
    /** The encounter's waits no later payer has answered yet, oldest first. */
    public List<AwaitedPayerEntity> openFor(String encounterId) {
        return list("encounterId = ?1 and resolvedAt is null order by dueOn, id", encounterId);
    }

    /** Waits whose deadline has come by {@code asOf} and whose share is not billed yet. */
    public List<String> overdueBy(LocalDate asOf) {
        return list("dueOn <= ?1 and billedAt is null and resolvedAt is null order by dueOn, id", asOf).stream()
                .map(wait -> wait.id)
                .toList();
    }
}
