package com.rcm.claims.support;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.EventJson;
import com.rcm.events.EventType;
import com.rcm.events.payload.Adjustment;
import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.ClaimDenied;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.PatientResponsibility;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.testkit.EventTap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes the payer's decisions on a claim as payments-service does after posting an 835. */
public final class PayerEvents {

    /** The claim paid as the example encounter's 835 pays it: 118.40 of 185.00, 29.60 coinsurance. */
    public static void paid(String tenant, String encounterId, String claimId, String pcn, String payerClaimNumber) {
        publish(
                tenant,
                encounterId,
                EventType.CLAIM_ADJUDICATED,
                new ClaimAdjudicated(
                        claimId,
                        encounterId,
                        UUID.randomUUID().toString(),
                        pcn,
                        payerClaimNumber,
                        "1",
                        "PAID",
                        18500,
                        11840,
                        2960));
    }

    /** The payer reversed its earlier payment (CLP02 = 22). */
    public static void reversed(
            String tenant, String encounterId, String claimId, String pcn, String payerClaimNumber) {
        publish(
                tenant,
                encounterId,
                EventType.CLAIM_ADJUDICATED,
                new ClaimAdjudicated(
                        claimId,
                        encounterId,
                        UUID.randomUUID().toString(),
                        pcn,
                        payerClaimNumber,
                        "22",
                        "REVERSED",
                        -18500,
                        -11840,
                        -2960));
    }

    /** Denied as not covered: CO-96 on both lines with RARC N130, as payments-service announces it. */
    public static void deniedNotCovered(
            String tenant, String encounterId, String claimId, String pcn, String payerClaimNumber) {
        String remittance = UUID.randomUUID().toString();
        publish(
                tenant,
                encounterId,
                EventType.CLAIM_ADJUDICATED,
                new ClaimAdjudicated(
                        claimId, encounterId, remittance, pcn, payerClaimNumber, "4", "DENIED", 18500, 0, 0));
        publish(
                tenant,
                encounterId,
                EventType.CLAIM_DENIED,
                new ClaimDenied(
                        claimId,
                        encounterId,
                        remittance,
                        pcn,
                        payerClaimNumber,
                        "SIMCOMM",
                        18500,
                        List.of(new Adjustment("CO", "96", 15000), new Adjustment("CO", "96", 3500)),
                        List.of("N130")));
    }

    /**
     * The payer's posting of its decision, as payments-service announces it after an 835: per line paid
     * 64% of the charge, 20% written off (CO-45) and the rest left to the patient as coinsurance (PR-2).
     *
     * @param claimStatusCode CLP02: "1" processed as primary, "19" processed and forwarded (crossover)
     * @param nextPayerId     the payer that decides next, null when this payer is the last
     */
    public static PaymentPosted posted(
            String tenant,
            String encounterId,
            String claimId,
            String payerId,
            String claimStatusCode,
            List<long[]> lineNumbersAndCharges,
            String nextPayerId) {
        List<PaymentPosted.PostedLine> lines = new ArrayList<>();
        List<Adjustment> all = new ArrayList<>();
        long charge = 0;
        long paid = 0;
        long owed = 0;
        for (long[] line : lineNumbersAndCharges) {
            long linePaid = line[1] * 64 / 100;
            long written = line[1] * 20 / 100;
            long coinsurance = line[1] - linePaid - written;
            List<Adjustment> adjustments =
                    List.of(new Adjustment("CO", "45", written), new Adjustment("PR", "2", coinsurance));
            lines.add(new PaymentPosted.PostedLine((int) line[0], null, line[1], linePaid, adjustments));
            all.addAll(adjustments);
            charge += line[1];
            paid += linePaid;
            owed += coinsurance;
        }
        Patient patient =
                new Patient("P-" + encounterId.substring(0, 8), "Jane", "Doe", LocalDate.of(1980, 4, 1), "F", null);
        PaymentPosted posted = new PaymentPosted(
                claimId,
                encounterId,
                UUID.randomUUID().toString(),
                patient,
                LocalDate.of(2026, 11, 2),
                charge,
                paid,
                all,
                new PatientResponsibility(0, owed, 0, 0),
                lines,
                payerId,
                claimStatusCode,
                LocalDate.of(2026, 11, 20),
                List.of(),
                nextPayerId,
                1);
        publish(tenant, encounterId, EventType.PAYMENT_POSTED, posted);
        return posted;
    }

    private static void publish(String tenant, String encounterId, EventType type, Object payload) {
        EventTap.send(
                type.topic(),
                tenant + ":" + encounterId,
                EventJson.write(payload),
                Map.of(
                        CloudEventHeaders.SPEC_VERSION,
                        "1.0",
                        CloudEventHeaders.ID,
                        UUID.randomUUID().toString(),
                        CloudEventHeaders.TYPE,
                        type.type(),
                        CloudEventHeaders.SOURCE,
                        "/payments-service",
                        CloudEventHeaders.TIME,
                        "2026-11-20T15:00:00Z",
                        CloudEventHeaders.TENANT_ID,
                        tenant,
                        CloudEventHeaders.ENCOUNTER_ID,
                        encounterId));
    }

    private PayerEvents() {}
}
