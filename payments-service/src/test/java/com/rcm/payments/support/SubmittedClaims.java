package com.rcm.payments.support;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.EventJson;
import com.rcm.events.Topics;
import com.rcm.events.payload.Address;
import com.rcm.events.payload.ClaimSubmitted;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.ServiceLine;
import com.rcm.testkit.EventTap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes claim.submitted events as claims-service does. */
public final class SubmittedClaims {

    public record Submitted(String claimId, String encounterId, String pcn) {}

    /** A claim submitted for {@code tenant}, published as claims-service does; answers its ids. */
    public static Submitted publish(String tenant, String billingNpi) {
        Prepared prepared = prepare(tenant, billingNpi);
        EventTap.sendAll(Topics.CLAIMS_EVENTS, List.of(prepared.record()));
        return prepared.submitted();
    }

    /** A submitted claim and its record, for a caller that publishes many at once. */
    public record Prepared(Submitted submitted, EventTap.Outgoing record) {}

    /**
     * A claim to one of the encounter's several payers: {@code coverageOrder} 1 primary, 2 secondary;
     * {@code nextPayerId} decides after it, null when it is the last.
     */
    public static Submitted publish(String tenant, String billingNpi, int coverageOrder, String nextPayerId) {
        Prepared prepared = prepare(tenant, billingNpi, coverageOrder, nextPayerId);
        EventTap.sendAll(Topics.CLAIMS_EVENTS, List.of(prepared.record()));
        return prepared.submitted();
    }

    /** The example encounter's claim (99213-25 for 150.00 and G0008 for 35.00) with fresh ids. */
    public static Prepared prepare(String tenant, String billingNpi) {
        return prepare(tenant, billingNpi, 1, null);
    }

    private static Prepared prepare(String tenant, String billingNpi, int coverageOrder, String nextPayerId) {
        String encounterId = UUID.randomUUID().toString();
        String claimId = UUID.randomUUID().toString();
        String pcn = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        ClaimSubmitted claim = new ClaimSubmitted(
                claimId,
                encounterId,
                pcn,
                "SIMCOMM",
                new Patient(
                        "P-77",
                        "Jane",
                        "Doe",
                        LocalDate.of(1980, 4, 1),
                        "F",
                        new Address("1 Main St", null, "Austin", "TX", "78701")),
                LocalDate.of(2026, 11, 2),
                18500,
                List.of(
                        new ServiceLine(1, "99213", List.of("25"), 1, List.of(1, 2), 15000L),
                        new ServiceLine(2, "G0008", List.of(), 1, List.of(1), 3500L)),
                "000000001",
                billingNpi,
                coverageOrder,
                nextPayerId);
        EventTap.Outgoing record = new EventTap.Outgoing(
                tenant + ":" + encounterId,
                EventJson.write(claim),
                Map.of(
                        CloudEventHeaders.SPEC_VERSION,
                        "1.0",
                        CloudEventHeaders.ID,
                        UUID.randomUUID().toString(),
                        CloudEventHeaders.TYPE,
                        "billing.claim.submitted.v1",
                        CloudEventHeaders.SOURCE,
                        "/claims-service",
                        CloudEventHeaders.TENANT_ID,
                        tenant,
                        CloudEventHeaders.ENCOUNTER_ID,
                        encounterId));
        return new Prepared(new Submitted(claimId, encounterId, pcn), record);
    }

    private SubmittedClaims() {}
}
