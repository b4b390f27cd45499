package com.rcm.x12.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.ack.ClaimSyntaxCheck;
import com.rcm.x12.ack.ImplementationError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 999's view of an 837P (here, beside the claim samples it checks). */
class ClaimSyntaxCheckTests {
    private final String x837 = new ProfessionalClaimWriter()
            .toX12(ClaimSamples.batch(List.of(
                    ClaimSamples.janeDoe("PCN3001", ClaimSamples.janeAsSubscriber(), null),
                    ClaimSamples.janeDoe("PCN3002", ClaimSamples.janeAsSubscriber(), null))));

    @Test
    void aWellFormed837PHasNoErrorsAndNamesWhatThe999Answers() {
        ClaimSyntaxCheck.Result result = ClaimSyntaxCheck.check(x837);
        assertEquals(List.of(), result.errors());
        assertEquals("RCMBILLING", result.senderId());
        assertEquals("42", result.groupControlNumber());
        assertEquals("0001", result.transactionControlNumber());
        assertEquals(2, result.claims());
    }

    @Test
    void anElementTheGuideDoesNotAllowIsAnErrorAtItsPositionFromSt() {
        // CLM05-3 frequency 9 is no code of the 837P guide (1, 7 or 8).
        String bad = x837.replaceFirst("\\*11:B:1\\*", "*11:B:9*");
        List<ImplementationError> errors = ClaimSyntaxCheck.check(bad).errors();
        assertEquals(1, errors.size(), errors.toString());
        ImplementationError error = errors.get(0);
        assertEquals("CLM", error.segmentId());
        assertEquals(5, error.elementPosition());
        List<String> segments = List.of(bad.split("~"));
        int st = segments.indexOf("ST*837*0001*005010X222A1");
        int clm = segments.indexOf(segments.stream()
                .filter(s -> s.contains("*11:B:9*"))
                .findFirst()
                .orElseThrow());
        assertEquals(clm - st + 1, error.segmentPosition());
    }

    @Test
    void aBrokenEnvelopeLeavesNothingToAcknowledge() {
        assertThrows(InvalidX12Exception.class, () -> ClaimSyntaxCheck.check("GS*HC*X~"));
        InvalidX12Exception broken = assertThrows(
                InvalidX12Exception.class, () -> ClaimSyntaxCheck.check(x837.replace("GE*1*42", "GE*1*43")));
        assertTrue(
                broken.errors().stream().anyMatch(error -> error.contains("GE")),
                broken.errors().toString());
    }
}
