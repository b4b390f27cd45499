package com.rcm.payments.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.rcm.events.EventJson;
import com.rcm.events.payload.ClaimSubmitted;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.ServiceLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Submitted claims of the current tenant, by patient control number, for matching remittances. */
@ApplicationScoped
public class ExpectedClaims {
    private final EntityManager em;

    public ExpectedClaims(EntityManager em) {
        this.em = em;
    }

    /**
     * @param payerId       the payer the claim was sent to
     * @param coverageOrder which of the encounter's payers the claim went to: 1 primary, 2 secondary, 3 tertiary
     * @param nextPayerId   the payer of the encounter's next coverage, null when this claim's payer is the last
     */
    public record ExpectedClaim(
            String claimId,
            String encounterId,
            String patientControlNumber,
            LocalDate dateOfService,
            long totalChargeCents,
            Patient patient,
            List<ServiceLine> lines,
            String payerId,
            int coverageOrder,
            String nextPayerId) {

        /**
         * The next payer's own decision on this claim, which the claim's payer forwarded to it (a
         * crossover): that payer answers with this claim's control number, as the last word.
         */
        public boolean decidedByCrossoverPayer(String decidingPayerId) {
            return nextPayerId != null && nextPayerId.equals(decidingPayerId) && !nextPayerId.equals(payerId);
        }
    }

    private static final TypeReference<List<ServiceLine>> LINES = new TypeReference<>() {};

    /**
     * Holds, until the transaction ends, the lock of one control number. Both sides of "did the claim
     * or its payment come first?" take it before they look: a remittance finding no claim files the
     * payment as waiting, a claim arriving posts the payments waiting for it; without the lock each
     * could miss the other's uncommitted row and leave the payment waiting for ever.
     */
    public void lockControlNumber(String tenantId, String pcn) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:tenant), hashtext(:pcn)) IS NULL")
                .setParameter("tenant", tenantId)
                .setParameter("pcn", pcn)
                .getSingleResult();
    }

    /** Remembers a submitted claim; a corrected resubmission of the same claim replaces what was expected. */
    public void remember(String tenantId, ClaimSubmitted claim) {
        em.createNativeQuery("""
                INSERT INTO expected_claim (claim_id, tenant_id, encounter_id, patient_control_number, payer_id,
                                            date_of_service, total_charge_cents, patient, lines, coverage_order,
                                            next_payer_id)
                VALUES (:id, :t, :enc, :pcn, :payer, :dos, :total, :patient, :lines, :order, :next)
                ON CONFLICT (claim_id) DO UPDATE
                SET payer_id = EXCLUDED.payer_id, total_charge_cents = EXCLUDED.total_charge_cents,
                    patient = EXCLUDED.patient, lines = EXCLUDED.lines, coverage_order = EXCLUDED.coverage_order,
                    next_payer_id = EXCLUDED.next_payer_id""")
                .setParameter("id", claim.claimId())
                .setParameter("t", tenantId)
                .setParameter("enc", claim.encounterId())
                .setParameter("pcn", claim.patientControlNumber())
                .setParameter("payer", claim.payerId())
                .setParameter("dos", claim.dateOfService())
                .setParameter("total", claim.totalChargeCents())
                .setParameter("patient", EventJson.write(claim.patient()))
                .setParameter("lines", EventJson.write(claim.lines()))
                .setParameter("order", claim.coverageOrder())
                .setParameter("next", claim.nextPayerId())
                .executeUpdate();
    }

    public Optional<ExpectedClaim> byPatientControlNumber(String pcn) {
        return find("patient_control_number", pcn);
    }

    public Optional<ExpectedClaim> byClaimId(String claimId) {
        return find("claim_id", claimId);
    }

    private Optional<ExpectedClaim> find(String column, String value) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT claim_id, encounter_id, patient_control_number, date_of_service, total_charge_cents, patient,
                       lines, payer_id, coverage_order, next_payer_id
                  FROM expected_claim WHERE\s""" + column + " = :value")
                .setParameter("value", value)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new ExpectedClaim(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (LocalDate) r[3],
                        ((Number) r[4]).longValue(),
                        EventJson.read((String) r[5], Patient.class),
                        lines((String) r[6]),
                        (String) r[7],
                        ((Number) r[8]).intValue(),
                        (String) r[9]));
    }

    private static List<ServiceLine> lines(String json) {
        try {
            return EventJson.mapper().readValue(json, LINES);
        } catch (Exception e) {
            throw new IllegalStateException("stored claim lines are unreadable", e);
        }
    }
}
