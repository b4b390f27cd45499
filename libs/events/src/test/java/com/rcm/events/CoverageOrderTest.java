package com.rcm.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.EncounterSubmitted;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several insurances per encounter: old events keep their one coverage, the list is primary first. */
class CoverageOrderTest {
    private static final Coverage PRIMARY = new Coverage("SIMCOMM", "M123456", "G1", "self");
    private static final Coverage SECONDARY = new Coverage("SIMMCR", "1EG4TE5MK73", null, "self", null, 2);
    private static final Coverage TERTIARY = new Coverage("SIMMCD", "MCD-9", null, "self", null, 3);

    /** A coded event as written before coverages had an order or a list. */
    private static final String OLD_CODED = """
            {"encounterId": "enc-1", "externalId": "EHR-1", "dateOfService": "2026-11-02", "placeOfService": "11",
             "patient": {"externalId": "P-77", "firstName": "Jane", "lastName": "Doe", "dateOfBirth": "1980-04-01",
                         "sex": "F"},
             "coverage": {"payerId": "SIMCOMM", "memberId": "M123456", "groupNumber": "G1",
                          "relationshipToSubscriber": "self"},
             "renderingProviderNpi": "1234567893", "diagnoses": ["E11.9"],
             "services": [{"lineNumber": 1, "code": "99213", "modifiers": [], "units": 1, "diagnosisPointers": [1]}]}""";

    @Test
    void anOldCodedEventWithoutCoveragesReadsAsOnePrimaryCoverage() {
        EncounterCoded coded = EventJson.read(OLD_CODED, EncounterCoded.class);
        assertEquals(Coverage.PRIMARY, coded.coverage().order());
        assertEquals(List.of(PRIMARY), coded.coverages());
    }

    @Test
    void anOldSubmittedEventWithoutCoveragesReadsAsOnePrimaryCoverage() {
        ObjectNode old = (ObjectNode) EventJson.mapper().valueToTree(EventJson.read(OLD_CODED, Object.class));
        old.remove("encounterId");
        EncounterSubmitted submitted = EventJson.read(old.toString(), EncounterSubmitted.class);
        assertEquals(List.of(PRIMARY), submitted.coverages());
        assertEquals(PRIMARY, submitted.coverage());
    }

    @Test
    void coveragesAreSortedPrimaryFirstAndCannotBeChanged() {
        EncounterCoded coded = coded(PRIMARY, List.of(TERTIARY, PRIMARY, SECONDARY));
        assertEquals(List.of(PRIMARY, SECONDARY, TERTIARY), coded.coverages());
        assertThrows(
                UnsupportedOperationException.class, () -> coded.coverages().add(TERTIARY));
    }

    @Test
    void withoutTheSingleCoverageThePrimaryIsTheOrderOneEntry() {
        assertEquals(PRIMARY, coded(null, List.of(SECONDARY, PRIMARY)).coverage());
        EncounterSubmitted submitted = new EncounterSubmitted(
                "EHR-1", null, "11", null, null, "1234567893", List.of("E11.9"), List.of(), List.of(TERTIARY, PRIMARY));
        assertEquals(PRIMARY, submitted.coverage());
        assertEquals(List.of(PRIMARY, TERTIARY), submitted.coverages());
    }

    @Test
    void aListWithoutAnOrderOneEntryMakesTheFirstByOrderTheSingleCoverage() {
        assertEquals(SECONDARY, coded(null, List.of(TERTIARY, SECONDARY)).coverage());
    }

    @Test
    void aBodyWithOnlyCoveragesReadsWithItsPrimary() {
        ObjectNode json = (ObjectNode) EventJson.mapper().valueToTree(EventJson.read(OLD_CODED, Object.class));
        ObjectNode primary = (ObjectNode) json.remove("coverage");
        primary.put("order", 1);
        json.putArray("coverages")
                .add(EventJson.mapper().valueToTree(SECONDARY))
                .add(primary);
        EncounterCoded coded = EventJson.read(json.toString(), EncounterCoded.class);
        assertEquals(List.of(PRIMARY, SECONDARY), coded.coverages());
        assertEquals(PRIMARY, coded.coverage());
    }

    @Test
    void anOrderBelowOneIsThePrimary() {
        assertEquals(Coverage.PRIMARY, new Coverage("SIMCOMM", "M1", null, "self", null, 0).order());
        assertEquals(3, PRIMARY.withOrder(3).order());
        assertEquals("SIMCOMM", PRIMARY.withOrder(3).payerId());
    }

    @Test
    void noCoverageAtAllIsAnEmptyList() {
        EncounterCoded coded = coded(null, null);
        assertTrue(coded.coverages().isEmpty());
        assertEquals(null, coded.coverage());
    }

    @Test
    void aWrittenEventReadsBackTheSame() {
        EncounterCoded coded = coded(PRIMARY, List.of(SECONDARY, PRIMARY));
        String json = EventJson.write(coded);
        assertTrue(json.contains("\"order\":2"), json);
        assertEquals(coded, EventJson.read(json, EncounterCoded.class));
    }

    private static EncounterCoded coded(Coverage coverage, List<Coverage> coverages) {
        return new EncounterCoded(
                "enc-1", "EHR-1", null, "11", null, coverage, "1234567893", List.of("E11.9"), List.of(), coverages);
    }
}
