package com.rcm.x12.ack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the simulator writes, claims-service reads back: claim by claim, with the reasons. */
class AcknowledgementRoundTripTests {
    private static final AcknowledgementWriter.Exchange EXCHANGE = new AcknowledgementWriter.Exchange("SIMCLEARING",
            "SIM CLEARINGHOUSE", "PA1111111112", "17", "0001", 42);

    @Test
    void a277caCarriesEachClaimsStatusByPatientControlNumber() {
        String x12 = AcknowledgementWriter.write277ca(EXCHANGE, List.of(
                status(new ClaimAcknowledgement("PA00000001", "A2", "20", null)),
                status(new ClaimAcknowledgement("PA00000002", "A3", "33", "member M999 not found at SIMCOMM"))));
        assertTrue(x12.contains("ST*277*0001*005010X214"), x12);

        List<ClaimAcknowledgement> read = AcknowledgementReader.read277ca(x12);
        assertEquals(2, read.size());
        assertTrue(read.get(0).accepted());
        assertEquals("PA00000002", read.get(1).patientControlNumber());
        assertFalse(read.get(1).accepted());
        assertEquals("277CA A3:33 member M999 not found at SIMCOMM", read.get(1).describe());
    }

    @Test
    void a999RejectionKeepsItsElementErrors() {
        SyntaxAcknowledgement rejected = AcknowledgementReader.read999(
                AcknowledgementWriter.write999(EXCHANGE, false, List.of("CLM02 total does not equal the lines")));
        assertFalse(rejected.accepted());
        assertEquals(1, rejected.errors().size());
        assertTrue(rejected.errors().get(0).contains("CLM02 total does not equal the lines"), rejected.errors().get(0));
        assertTrue(AcknowledgementReader.read999(AcknowledgementWriter.write999(EXCHANGE, true, List.of())).accepted());
    }

    private static AcknowledgementWriter.ClaimStatus status(ClaimAcknowledgement ack) {
        return new AcknowledgementWriter.ClaimStatus(ack, "AUSTIN FAMILY MEDICINE", "1111111112", "DOE", "JANE",
                "M123456", 18500, LocalDate.of(2026, 11, 2));
    }
}
