package com.rcm.claims.support;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.EventJson;
import com.rcm.events.Topics;
import com.rcm.events.payload.Address;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.ServiceLine;
import com.rcm.testkit.EventTap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes coded encounters as coding-service does. */
public final class CodedEvents {

    /** The example encounter (docs/examples/encounter.json), coded, for {@code tenant}; returns its encounter id. */
    public static String publishContractExample(String tenant, String payerId, List<ServiceLine> services) {
        return publish(tenant, contractExample(payerId, services));
    }

    /**
     * The example encounter, coded, with a patient of its own (so the scrubber's duplicate check does
     * not tie unrelated tests together).
     */
    public static EncounterCoded contractExample(String payerId, List<ServiceLine> services) {
        String encounterId = UUID.randomUUID().toString();
        return new EncounterCoded(
                encounterId,
                "EHR-" + encounterId.substring(0, 8),
                LocalDate.of(2026, 11, 2),
                "11",
                new Patient(
                        "P-" + encounterId.substring(0, 8),
                        "Jane",
                        "Doe",
                        LocalDate.of(1980, 4, 1),
                        "F",
                        new Address("1 Main St", null, "Austin", "TX", "78701")),
                new Coverage(payerId, "M123456", "G1", "self"),
                "1234567893",
                List.of("E11.9", "I10"),
                services);
    }

    /** The example encounter, coded, with a second coverage after {@code primaryPayerId}'s. */
    public static EncounterCoded withSecondary(String primaryPayerId, String secondaryPayerId) {
        EncounterCoded e = contractExample(primaryPayerId, contractServices());
        Coverage secondary = new Coverage(secondaryPayerId, "M123456", null, "self", null, 2);
        return new EncounterCoded(
                e.encounterId(),
                e.externalId(),
                e.dateOfService(),
                e.placeOfService(),
                e.patient(),
                e.coverage(),
                e.renderingProviderNpi(),
                e.diagnoses(),
                e.services(),
                List.of(e.coverage(), secondary));
    }

    /** Publishes {@code coded} on coding.events.v1 as coding-service does; returns its encounter id. */
    public static String publish(String tenant, EncounterCoded coded) {
        String encounterId = coded.encounterId();
        EventTap.send(
                Topics.CODING_EVENTS,
                tenant + ":" + encounterId,
                EventJson.write(coded),
                Map.of(
                        CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, UUID.randomUUID().toString(),
                        CloudEventHeaders.TYPE, "billing.encounter.coded.v1",
                        CloudEventHeaders.SOURCE, "/coding-service",
                        CloudEventHeaders.TIME, "2026-11-02T15:00:00Z",
                        CloudEventHeaders.TENANT_ID, tenant,
                        CloudEventHeaders.ENCOUNTER_ID, encounterId));
        return encounterId;
    }

    public static List<ServiceLine> contractServices() {
        return List.of(
                new ServiceLine(1, "99213", List.of("25"), 1, List.of(1, 2), null),
                new ServiceLine(2, "G0008", List.of(), 1, List.of(1), null));
    }

    private CodedEvents() {}
}
