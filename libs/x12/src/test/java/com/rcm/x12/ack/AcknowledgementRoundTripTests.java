package com.rcm.x12.ack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.imsweb.x12.Loop;
import com.imsweb.x12.Segment;
import com.imsweb.x12.reader.X12Reader;
import com.rcm.x12.Conformance;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the simulator writes, claims-service reads back: claim by claim, with the reasons. */
class AcknowledgementRoundTripTests {
    private static final AcknowledgementWriter.Exchange EXCHANGE =
            new AcknowledgementWriter.Exchange("SIMCLEARING", "SIM CLEARINGHOUSE", "PA1111111112", "17", "0001", 42);

    @Test
    void a277caCarriesEachClaimsStatusByPatientControlNumber() {
        String x12 = AcknowledgementWriter.write277ca(
                EXCHANGE,
                List.of(
                        status(new ClaimAcknowledgement("PA00000001", "A2", "20", null)),
                        status(new ClaimAcknowledgement(
                                "PA00000002", "A3", "33", "member M999 not found at SIMCOMM"))));
        assertTrue(x12.contains("ST*277*0001*005010X214"), x12);

        List<ClaimAcknowledgement> read = AcknowledgementReader.read277ca(x12);
        assertEquals(2, read.size());
        assertTrue(read.get(0).accepted());
        assertEquals("PA00000002", read.get(1).patientControlNumber());
        assertFalse(read.get(1).accepted());
        assertEquals("277CA A3:33 member M999 not found at SIMCOMM", read.get(1).describe());
    }

    @Test
    void a277caWritesEachClaimAmountInDollarsAndCentsNegativeOnesToo() {
        ClaimAcknowledgement accepted = new ClaimAcknowledgement("PA00000003", "A2", "20", null);
        String x12 = AcknowledgementWriter.write277ca(
                EXCHANGE,
                List.of(
                        amounting(accepted, -150),
                        amounting(accepted, 12345),
                        amounting(accepted, -5),
                        amounting(accepted, 0)));
        assertTrue(x12.contains("*WQ*-1.50~"), x12);
        assertTrue(x12.contains("*WQ*123.45~"), x12);
        assertTrue(x12.contains("*WQ*-0.05~"), x12);
        assertTrue(x12.contains("*WQ*0~"), x12);
    }

    @Test
    void a999RejectionKeepsItsSegmentAndElementErrors() {
        List<ImplementationError> errors = List.of(
                new ImplementationError("CLM", 19, "8", 2, "6", "ABC"),
                new ImplementationError("CLM", 19, "8", 5, "7", "Q"),
                new ImplementationError("NM1", 14, "3", 0, null, null));
        String x12 = AcknowledgementWriter.write999(EXCHANGE, errors);
        assertTrue(
                x12.replace("\n", "")
                        .contains("IK3*CLM*19**8~IK4*2**6*ABC~IK4*5**7*Q~IK3*NM1*14**3~IK5*R~AK9*R*1*1*0~"),
                x12);

        SyntaxAcknowledgement rejected = AcknowledgementReader.read999(x12);
        assertFalse(rejected.accepted());
        assertEquals(errors, rejected.errors());
        assertEquals(
                "CLM at segment 19: element 2 error 6 (ABC)",
                rejected.errors().get(0).describe());
        assertEquals(
                "NM1 at segment 14: segment error 3", rejected.errors().get(2).describe());
        assertTrue(AcknowledgementReader.read999(AcknowledgementWriter.write999(EXCHANGE, List.of()))
                .accepted());
    }

    @Test
    void aPublic999RejectionIsReadWithItsSegmentError() throws Exception {
        SyntaxAcknowledgement rejected =
                AcknowledgementReader.read999(Files.readString(Conformance.file("999", "x12_999_rejected.txt")));
        assertFalse(rejected.accepted());
        assertEquals(List.of(new ImplementationError("NM", 17, "1", 0, null, null)), rejected.errors());
    }

    @Test
    void aSecondX12LibraryReadsThe277caWithoutErrors() throws Exception {
        String ack277 = AcknowledgementWriter.write277ca(
                EXCHANGE,
                List.of(status(
                        new ClaimAcknowledgement("PA00000002", "A3", "33", "member M999 not found at SIMCOMM"))));
        X12Reader reader277 = new X12Reader(X12Reader.FileType.ANSI837_5010_X214, new StringReader(ack277));
        assertEquals(List.of(), reader277.getFatalErrors());
        assertEquals(List.of(), reader277.getErrors(), ack277);
        assertEquals(
                List.of("A3", "33"),
                segment(reader277.getLoops(), "2200D", "STC")
                        .getElement("STC01")
                        .getSubValues());

        // The 999 is left to our own reader: IMS x12-parser 1.13's X231 map expects AK9 inside the header
        // loop, where the guide places it after the 2000 loops, and so reports every 999 as incomplete.
    }

    /** The first {@code tag} segment in a loop with id {@code loopId} (any loop when null), depth first. */
    private static Segment segment(List<Loop> loops, String loopId, String tag) {
        for (Loop loop : loops) {
            if (loopId == null || loopId.equals(loop.getId())) {
                Segment found = loop.getSegment(tag);
                if (found != null) {
                    return found;
                }
            }
            Segment nested = segment(loop.getLoops(), loopId, tag);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    private static AcknowledgementWriter.ClaimStatus amounting(ClaimAcknowledgement ack, long chargeCents) {
        return new AcknowledgementWriter.ClaimStatus(
                ack,
                "AUSTIN FAMILY MEDICINE",
                "1111111112",
                "DOE",
                "JANE",
                "M123456",
                chargeCents,
                LocalDate.of(2026, 11, 2));
    }

    private static AcknowledgementWriter.ClaimStatus status(ClaimAcknowledgement ack) {
        return new AcknowledgementWriter.ClaimStatus(
                ack,
                "AUSTIN FAMILY MEDICINE",
                "1111111112",
                "DOE",
                "JANE",
                "M123456",
                18500,
                LocalDate.of(2026, 11, 2));
    }
}
