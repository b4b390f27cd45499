package com.rcm.claims.support;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.EventJson;
import com.rcm.events.EventType;
import com.rcm.events.payload.Adjustment;
import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.ClaimDenied;
import com.rcm.testkit.EventTap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes the payer's decisions on a claim as payments-service does after posting an 835. */
public final class PayerEvents {

    /** The claim paid as the contract example's 835 pays it: 118.40 of 185.00, 29.60 coinsurance. */
    public static void paid(String tenant, String encounterId, String claimId, String pcn, String payerClaimNumber) {
        publish(tenant, encounterId, EventType.CLAIM_ADJUDICATED, new ClaimAdjudicated(claimId, encounterId,
                UUID.randomUUID().toString(), pcn, payerClaimNumber, "1", "PAID", 18500, 11840, 2960));
    }

    /** The payer reversed its earlier payment (CLP02 = 22). */
    public static void reversed(String tenant, String encounterId, String claimId, String pcn, String payerClaimNumber) {
        publish(tenant, encounterId, EventType.CLAIM_ADJUDICATED, new ClaimAdjudicated(claimId, encounterId,
                UUID.randomUUID().toString(), pcn, payerClaimNumber, "22", "REVERSED", -18500, -11840, -2960));
    }

    /** Denied as not covered: CO-96 on both lines with RARC N130, as payments-service announces it. */
    public static void deniedNotCovered(String tenant, String encounterId, String claimId, String pcn,
            String payerClaimNumber) {
        String remittance = UUID.randomUUID().toString();
        publish(tenant, encounterId, EventType.CLAIM_ADJUDICATED, new ClaimAdjudicated(claimId, encounterId,
                remittance, pcn, payerClaimNumber, "4", "DENIED", 18500, 0, 0));
        publish(tenant, encounterId, EventType.CLAIM_DENIED, new ClaimDenied(claimId, encounterId, remittance, pcn,
                payerClaimNumber, "SIMCOMM", 18500,
                List.of(new Adjustment("CO", "96", 15000), new Adjustment("CO", "96", 3500)), List.of("N130")));
    }

    private static void publish(String tenant, String encounterId, EventType type, Object payload) {
        EventTap.send(type.topic(), tenant + ":" + encounterId, EventJson.write(payload), Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, type.type(),
                CloudEventHeaders.SOURCE, "/payments-service",
                CloudEventHeaders.TIME, "2026-11-20T15:00:00Z",
                CloudEventHeaders.TENANT_ID, tenant,
                CloudEventHeaders.ENCOUNTER_ID, encounterId));
    }

    private PayerEvents() {
    }
}
