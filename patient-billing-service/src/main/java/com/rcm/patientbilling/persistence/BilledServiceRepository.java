package com.rcm.patientbilling.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** The current tenant's itemized claim payments. */
@ApplicationScoped
public class BilledServiceRepository implements PanacheRepositoryBase<BilledServiceEntity, String> {

    public List<BilledServiceEntity> ofEncounters(Collection<String> encounterIds) {
        if (encounterIds.isEmpty()) {
            return List.of();
        }
        return list("encounterId in ?1 order by postedAt, id", encounterIds);
    }

    /** Whether this claim payment's services are kept already (a payment redelivered). */
    public boolean kept(String claimId, String remittanceId) {
        return count("claimId = ?1 and remittanceId = ?2", claimId, remittanceId) > 0;
    }
}
