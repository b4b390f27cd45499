package com.rcm.systemtests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What became of a load's encounters, read from every service's database: how far they got, and
 * whether the money ties out — one encounter, one claim per payer billed, one posting per claim and
 * payer, one patient charge each, postings and remittances balanced, each patient's balance what the
 * last payer to decide said they owe.
 */
final class PipelineAudit {
    private static final List<String> OUTBOX_DATABASES = List.of("coding", "claims", "payments", "patient_billing");

    /** How many of the load's encounters are coded (known to coding) and patient-billed (as ops sees them). */
    record Progress(int coded, int billed) {}

    /** Everything counted after a run; a healthy run has zeros in every column but the totals. */
    record Findings(
            int sent,
            int encounters,
            int duplicateEncounters,
            int billed,
            int billedTwice,
            int claims,
            int duplicateClaims,
            int postings,
            int doublePostings,
            int unbalancedPostings,
            int unbalancedRemittances,
            int patientChargeMismatches,
            int patientBalanceMismatches,
            long unsentOutboxEvents,
            long deadLetters,
            long paidCents,
            long patientResponsibilityCents,
            Map<String, Long> stages) {

        boolean clean() {
            return encounters == sent
                    && duplicateEncounters == 0
                    && billed == sent
                    && billedTwice == 0
                    && claims == sent
                    && duplicateClaims == 0
                    && postings == sent
                    && doublePostings == 0
                    && unbalancedPostings == 0
                    && unbalancedRemittances == 0
                    && patientChargeMismatches == 0
                    && patientBalanceMismatches == 0
                    && unsentOutboxEvents == 0
                    && deadLetters == 0;
        }
    }

    private final String externalIdPrefix;
    private final String patientIdPrefix;

    PipelineAudit(EncounterLoad load) {
        this.externalIdPrefix = load.externalIdPrefix();
        this.patientIdPrefix = load.patientIdPrefix();
    }

    /** The platform's id of each encounter the load sent, by the EHR's id. */
    Map<String, String> encounterIds() {
        Map<String, String> ids = new HashMap<>();
        Databases.rows(
                        "coding",
                        "SELECT external_id, id FROM encounter WHERE external_id LIKE ?",
                        externalIdPrefix + "%")
                .forEach(row -> ids.put((String) row[0], (String) row[1]));
        return ids;
    }

    Progress progress() {
        Map<String, String> ids = encounterIds();
        long billed = Databases.number(
                "ops",
                "SELECT count(*) FROM encounter_lifecycle WHERE encounter_id = ANY(?) "
                        + "AND stage IN ('PATIENT_BILLED', 'SETTLED')",
                ids.values());
        return new Progress(ids.size(), (int) billed);
    }

    /** When each encounter was first patient-billed (its statement's event time), by the platform's id. */
    Map<String, Instant> billedAt(Iterable<String> encounterIds) {
        Map<String, Instant> at = new HashMap<>();
        Databases.rows(
                        "ops",
                        "SELECT encounter_id, min(at) FROM encounter_stage_history WHERE stage = 'PATIENT_BILLED' "
                                + "AND encounter_id = ANY(?) GROUP BY encounter_id",
                        list(encounterIds))
                .forEach(row -> at.put((String) row[0], ((Timestamp) row[1]).toInstant()));
        return at;
    }

    /** The load's encounters per lifecycle stage, as ops shows them. */
    Map<String, Long> stages() {
        Map<String, Long> stages = new TreeMap<>();
        Databases.rows(
                        "ops",
                        "SELECT stage, count(*) FROM encounter_lifecycle WHERE encounter_id = ANY(?) GROUP BY stage",
                        encounterIds().values())
                .forEach(row -> stages.put((String) row[0], ((Number) row[1]).longValue()));
        return stages;
    }

    Findings findings(int sent, Instant since) {
        List<Object[]> coded = Databases.rows(
                "coding", "SELECT external_id, id FROM encounter WHERE external_id LIKE ?", externalIdPrefix + "%");
        Map<String, String> ids = new HashMap<>();
        coded.forEach(row -> ids.put((String) row[0], (String) row[1]));
        List<String> encounters = List.copyOf(ids.values());

        List<Object[]> billed = Databases.rows(
                "ops",
                "SELECT encounter_id, count(*) FROM encounter_stage_history "
                        + "WHERE stage = 'PATIENT_BILLED' AND encounter_id = ANY(?) GROUP BY encounter_id",
                encounters);
        // A claim per payer the encounter was billed to (a secondary's comes after the primary's).
        List<Object[]> claims = Databases.rows(
                "claims",
                "SELECT encounter_id, coverage_order, count(*) FROM claim "
                        + "WHERE encounter_id = ANY(?) GROUP BY encounter_id, coverage_order",
                encounters);
        long primaryClaims =
                claims.stream().filter(row -> ((Number) row[1]).intValue() == 1).count();
        // A posting per claim and payer: a crossover payer posts on the claim the primary forwarded.
        List<Object[]> postings = Databases.rows(
                "payments",
                "SELECT cp.claim_id, r.payer_id, count(*) "
                        + "FROM claim_payment cp JOIN remittance r ON r.id = cp.remittance_id "
                        + "WHERE cp.encounter_id = ANY(?) GROUP BY cp.claim_id, r.payer_id",
                encounters);
        long encountersPosted = Databases.number(
                "payments",
                "SELECT count(DISTINCT encounter_id) FROM claim_payment " + "WHERE encounter_id = ANY(?)",
                encounters);
        long unbalancedPostings = Databases.number("payments", """
                SELECT count(*) FROM claim_payment cp WHERE cp.encounter_id = ANY(?) AND cp.charge_cents <> cp.paid_cents
                  + coalesce((SELECT sum(a.amount_cents) FROM payment_adjustment a WHERE a.claim_payment_id = cp.id), 0)""", encounters);
        long unbalancedRemittances = Databases.number("payments", """
                SELECT count(*) FROM remittance r
                 WHERE r.id IN (SELECT remittance_id FROM claim_payment WHERE encounter_id = ANY(?))
                   AND r.payment_amount_cents <> (SELECT sum(c.paid_cents) FROM claim_payment c WHERE c.remittance_id = r.id)
                     - coalesce((SELECT sum(p.amount_cents) FROM provider_adjustment p WHERE p.remittance_id = r.id), 0)""", encounters);

        // What the last payer to decide said each patient owes, against the patient ledger's charge and the
        // account's balance. A payer decides after another when its claim's coverage comes later, or when it
        // answered on a claim sent to another payer (a crossover).
        Map<String, Long> owed = new HashMap<>();
        Map<String, Integer> lastOrder = new HashMap<>();
        long paid = 0;
        for (Object[] row : Databases.rows("payments", """
                SELECT cp.encounter_id, ec.coverage_order + CASE WHEN r.payer_id <> ec.payer_id THEN 1 ELSE 0 END,
                       cp.patient_responsibility_cents, cp.paid_cents
                  FROM claim_payment cp JOIN expected_claim ec ON ec.claim_id = cp.claim_id
                  JOIN remittance r ON r.id = cp.remittance_id
                 WHERE cp.encounter_id = ANY(?)""", encounters)) {
            String encounter = (String) row[0];
            int order = ((Number) row[1]).intValue();
            if (order >= lastOrder.getOrDefault(encounter, 0)) {
                lastOrder.put(encounter, order);
                owed.put(encounter, ((Number) row[2]).longValue());
            }
            paid += ((Number) row[3]).longValue();
        }
        Map<String, long[]> charged = new HashMap<>();
        Databases.rows(
                        "patient_billing",
                        "SELECT encounter_id, count(*), sum(amount_cents) FROM ledger_entry "
                                + "WHERE kind = 'PATIENT_RESPONSIBILITY' AND encounter_id = ANY(?) GROUP BY encounter_id",
                        encounters)
                .forEach(row -> charged.put(
                        (String) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        int chargeMismatches = 0;
        for (String encounter : encounters) {
            long[] charge = charged.get(encounter);
            Long expected = owed.get(encounter);
            if (expected == null || charge == null || charge[0] != 1 || charge[1] != expected) {
                chargeMismatches++;
            }
        }
        Map<String, Long> balances = new HashMap<>();
        Databases.rows(
                        "patient_billing",
                        "SELECT a.patient_id, sum(l.amount_cents) FROM patient_account a "
                                + "JOIN ledger_entry l ON l.account_id = a.id WHERE a.patient_id LIKE ? GROUP BY a.patient_id",
                        patientIdPrefix + "%")
                .forEach(row -> balances.put((String) row[0], ((Number) row[1]).longValue()));
        int balanceMismatches = 0;
        for (Map.Entry<String, String> encounter : ids.entrySet()) {
            String patient = patientIdPrefix + encounter.getKey().substring(externalIdPrefix.length());
            Long expected = owed.get(encounter.getValue());
            if (expected == null || !expected.equals(balances.get(patient))) {
                balanceMismatches++;
            }
        }

        long unsent = 0;
        for (String database : OUTBOX_DATABASES) {
            unsent += Databases.number(database, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
        }
        long deadLetters = Databases.number(
                "ops", "SELECT count(*) FROM dead_letter WHERE dead_lettered_at >= ?", Timestamp.from(since));

        return new Findings(
                sent,
                ids.size(),
                coded.size() - ids.size(),
                billed.size(),
                beyondOne(billed),
                (int) primaryClaims,
                beyondOne(claims),
                (int) encountersPosted,
                beyondOne(postings),
                (int) unbalancedPostings,
                (int) unbalancedRemittances,
                chargeMismatches,
                balanceMismatches,
                unsent,
                deadLetters,
                paid,
                owed.values().stream().mapToLong(Long::longValue).sum(),
                stages());
    }

    /** Why each dead letter since {@code since} was filed, for a report. */
    List<String> deadLetterReasons(Instant since) {
        List<String> reasons = new ArrayList<>();
        Databases.rows(
                        "ops",
                        "SELECT consumer, reason, count(*) FROM dead_letter WHERE dead_lettered_at >= ? "
                                + "GROUP BY consumer, reason",
                        Timestamp.from(since))
                .forEach(row -> reasons.add(row[2] + " × " + row[0] + ": " + row[1]));
        return reasons;
    }

    /** How many rows there are beyond one per group; each row's last column is its group's count. */
    private static int beyondOne(List<Object[]> counts) {
        return (int) counts.stream()
                .mapToLong(row -> ((Number) row[row.length - 1]).longValue() - 1)
                .sum();
    }

    private static List<String> list(Iterable<String> values) {
        List<String> list = new ArrayList<>();
        values.forEach(list::add);
        return list;
    }
}
