package com.rcm.patientbilling.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/** Encounters whose patient balance reached zero, each recorded (and announced) once. */
@ApplicationScoped
public class EncounterSettlements {
    private final EntityManager em;

    public EncounterSettlements(EntityManager em) {
        this.em = em;
    }

    /** Whether this call recorded the settlement (false when it was already settled). */
    public boolean settleOnce(String tenantId, String encounterId, String accountId, LocalDate on) {
        return em.createNativeQuery("""
                INSERT INTO encounter_settlement (tenant_id, encounter_id, account_id, settled_on)
                VALUES (:tenant, :encounter, :account, :on) ON CONFLICT DO NOTHING""")
                        .setParameter("tenant", tenantId)
                        .setParameter("encounter", encounterId)
                        .setParameter("account", accountId)
                        .setParameter("on", on)
                        .executeUpdate()
                == 1;
    }
}
