package com.rcm.x12.ack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.x12.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project's own 999s and 277CA, as Trident Clearing answers Riverbend Pediatrics' 837Ps. */
class AcknowledgementFixtureTests {

    @Test
    void anAccepted999NamesNoError() {
        SyntaxAcknowledgement ack = AcknowledgementReader.read999(Fixtures.text("999", "accepted.edi"));
        assertTrue(ack.accepted());
        assertEquals("A", ack.groupAcknowledgement());
        assertEquals(List.of(), ack.errors());
    }

    @Test
    void aRejected999NamesEachSegmentAndElementInError() {
        SyntaxAcknowledgement ack = AcknowledgementReader.read999(Fixtures.text("999", "rejected-with-errors.edi"));
        assertFalse(ack.accepted());
        assertEquals(
                List.of(
                        new ImplementationError("CLM", 24, "8", 2, "6", "21O"),
                        new ImplementationError("NM1", 9, "3", 0, null, null),
                        new ImplementationError("SV1", 31, "8", 3, "7", "DA")),
                ack.errors());
        assertEquals(
                "CLM at segment 24: element 2 error 6 (21O)",
                ack.errors().get(0).describe());
    }

    @Test
    void the277caAcceptsOneClaimAndRejectsTheOtherWithItsReason() {
        List<ClaimAcknowledgement> claims =
                AcknowledgementReader.read277ca(Fixtures.text("277ca", "accepted-and-rejected.edi"));
        assertEquals(
                List.of("RB26030901", "RB26030904"),
                claims.stream().map(ClaimAcknowledgement::patientControlNumber).toList());
        assertTrue(claims.get(0).accepted());
        assertFalse(claims.get(1).accepted());
        assertEquals(
                "277CA A7:562 secondary payer NGSUP needs the primary payer claim number",
                claims.get(1).describe());
    }
}
