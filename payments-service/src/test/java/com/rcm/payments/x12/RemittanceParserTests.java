package com.rcm.payments.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rcm.payments.domain.RemittanceAdvice;
import com.rcm.payments.domain.RemittanceFile;
import com.rcm.payments.support.Era;
import com.rcm.x12.InvalidX12Exception;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RemittanceParserTests {
    /** Public sample 835s shipped beside the project (../shared/conformance), never copied into it. */
    private static final Path SAMPLES =
            Path.of(System.getProperty("user.dir")).resolve("../../shared/conformance/x12/835");

    @Test
    void readsPaymentClaimsLinesAdjustmentsAndLineControlNumbers() {
        RemittanceFile file = RemittanceParser.parse(
                Era.trace("TRN1").paysContractExample("PA00000001").build());
        assertEquals(List.of(), file.warnings(), "a file written to the guide carries no warning");
        RemittanceAdvice advice = file.payments().get(0);
        assertEquals("SIMCOMM", advice.payerId());
        assertEquals("1111111112", advice.payeeNpi());
        assertEquals("TRN1", advice.traceNumber());
        assertEquals(11840, advice.paymentAmountCents());
        RemittanceAdvice.ClaimPaymentAdvice claim = advice.claims().get(0);
        assertEquals("PA00000001", claim.patientControlNumber());
        assertEquals(18500, claim.chargeCents());
        assertEquals(11840, claim.paidCents());
        assertEquals(2960, claim.patientResponsibilityCents());
        assertEquals(2, claim.lines().size());
        assertEquals(List.of("25"), claim.lines().get(0).modifiers());
        assertEquals("PA00000001-2", claim.lines().get(1).lineControlNumber());
        assertEquals(560, claim.lines().get(1).adjustments().get(1).amountCents());
    }

    @Test
    void providerLevelAdjustmentsAreRead() {
        String x12 = Era.trace("TRN2")
                .payment("113.4")
                .paysContractExample("PA00000002")
                .segment("PLB*1111111112*20261231*L6:INT1*-2*WO:RECOUP1*7")
                .build();
        RemittanceAdvice advice = RemittanceParser.parse(x12).payments().get(0);
        assertEquals(2, advice.providerAdjustments().size());
        assertEquals("L6", advice.providerAdjustments().get(0).reasonCode());
        assertEquals(-200, advice.providerAdjustments().get(0).amountCents());
        assertEquals(700, advice.providerAdjustments().get(1).amountCents());
    }

    @Test
    void aTruncatedInterchangeIsRefusedWithWhereItBroke() {
        String x12 = Era.trace("TRN3").paysContractExample("PA00000003").build();
        String truncated = x12.substring(0, x12.indexOf("SE*"));
        InvalidX12Exception e = assertThrows(InvalidX12Exception.class, () -> RemittanceParser.parse(truncated));
        assertFalse(e.errors().isEmpty());
    }

    @Test
    void textThatIsNotX12IsRefused() {
        assertThrows(InvalidX12Exception.class, () -> RemittanceParser.parse("{\"not\": \"x12\"}"));
    }

    @Test
    void everyPublicSample835IsRead() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "conformance samples are not beside the project");
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> samples = files.filter(Files::isRegularFile).sorted().toList();
            assertFalse(samples.isEmpty());
            for (Path sample : samples) {
                List<RemittanceAdvice> advices =
                        RemittanceParser.parse(Files.readString(sample)).payments();
                assertFalse(advices.isEmpty(), sample.getFileName() + " read no payment");
                for (RemittanceAdvice advice : advices) {
                    assertFalse(advice.traceNumber().isEmpty(), sample.getFileName() + " has no trace number");
                }
            }
        }
    }
}
