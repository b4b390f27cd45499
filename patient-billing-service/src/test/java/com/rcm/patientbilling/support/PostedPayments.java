package com.rcm.patientbilling.support;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.EventJson;
import com.rcm.events.Topics;
import com.rcm.events.payload.Address;
import com.rcm.events.payload.Adjustment;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.PatientResponsibility;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.testkit.EventTap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes payment.posted events as payments-service does. */
public final class PostedPayments {

    public record Posted(String eventId, String encounterId, String json) {
    }

    /** The foundation contract's posting of the CONTRACT.md example: 185 charged, 118.40 paid, 29.60 coinsurance. */
    public static Posted publish(String tenant, String patientId) {
        String encounterId = UUID.randomUUID().toString();
        PaymentPosted posted = new PaymentPosted(UUID.randomUUID().toString(), encounterId, UUID.randomUUID().toString(),
                new Patient(patientId, "Jane", "Doe", LocalDate.of(1980, 4, 1), "F",
                        new Address("1 Main St", null, "Austin", "TX", "78701")),
                LocalDate.of(2026, 11, 2), 18500, 11840,
                List.of(new Adjustment("CO", "45", 3700), new Adjustment("PR", "2", 2960)),
                new PatientResponsibility(0, 2960, 0, 0), List.of());
        Posted event = new Posted(UUID.randomUUID().toString(), encounterId, EventJson.write(posted));
        send(tenant, event);
        return event;
    }

    public static void send(String tenant, Posted event) {
        EventTap.send(Topics.PAYMENTS_EVENTS, tenant + ":" + event.encounterId(), event.json(), Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, event.eventId(),
                CloudEventHeaders.TYPE, "billing.payment.posted.v1",
                CloudEventHeaders.SOURCE, "/payments-service",
                CloudEventHeaders.TENANT_ID, tenant,
                CloudEventHeaders.ENCOUNTER_ID, event.encounterId()));
    }

    private PostedPayments() {
    }
}
