package com.rcm.payments.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.payments.domain.GuideWarning;
import com.rcm.payments.domain.RemittanceAdvice;
import com.rcm.payments.domain.RemittanceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's own 835s (libs/x12's test fixtures, made-up payers and patients) through this service's
 * reader. Unlike the external samples they are always there, so these checks never skip.
 */
class ProjectFixtureRemittanceTests {
    private static final Path FIXTURES = Path.of(System.getProperty("user.dir"))
            .resolve("../libs/x12/src/test/resources/x12")
            .normalize();

    private static RemittanceFile parse(String folder, String name) throws IOException {
        Path file = FIXTURES.resolve(folder).resolve(name);
        assertTrue(Files.isRegularFile(file), "the project's X12 fixture is missing: " + file);
        return RemittanceParser.parse(Files.readString(file));
    }

    @Test
    void anEftWithADenialAReversalAndProviderAdjustmentsIsReadToTheCent() throws IOException {
        RemittanceFile file = parse("835", "lakeshore-eft-paid-denied-reversed-plb.edi");
        assertEquals(List.of(), file.warnings(), "a file written to the guide carries no warning");
        RemittanceAdvice advice = file.payments().get(0);
        assertEquals("LKMUT", advice.payerId());
        assertEquals("1634529089", advice.payeeNpi());
        assertEquals("LKEFT0331A7", advice.traceNumber());
        assertEquals("ACH", advice.paymentMethod());
        assertEquals(14525, advice.paymentAmountCents());
        assertTrue(advice.balances(), advice.imbalances()::toString);

        assertEquals(
                List.of("1", "4", "22", "1"),
                advice.claims().stream()
                        .map(RemittanceAdvice.ClaimPaymentAdvice::statusCode)
                        .toList());
        assertEquals(
                List.of(14200L, 0L, -11000L, 12500L),
                advice.claims().stream()
                        .map(RemittanceAdvice.ClaimPaymentAdvice::paidCents)
                        .toList());
        RemittanceAdvice.ServicePaymentAdvice deniedLine =
                advice.claims().get(1).lines().get(0);
        assertEquals(9500, deniedLine.adjustments().get(0).amountCents());
        assertEquals(List.of("N54"), deniedLine.remarkCodes());
        assertEquals(
                List.of(
                        new RemittanceAdvice.ProviderAdjustment("L6", "RB26011509", -325),
                        new RemittanceAdvice.ProviderAdjustment("WO", "RB25120402", 1500)),
                advice.providerAdjustments());
    }

    @Test
    void anOffGuideFileIsPostableWithItsDeviationsAsWarnings() throws IOException {
        RemittanceFile file = parse("835-off-guide", "northgate-secondary-check-off-guide.edi");
        assertFalse(file.warnings().isEmpty());
        assertTrue(
                file.warnings().stream().map(GuideWarning::segment).anyMatch("NTE"::equals), file.warnings()::toString);
        RemittanceAdvice advice = file.payments().get(0);
        assertEquals("CHK", advice.paymentMethod());
        assertEquals(2800, advice.paymentAmountCents());
        assertEquals("RB26030904", advice.claims().get(0).patientControlNumber());
        assertEquals(
                List.of(2000L, 800L),
                advice.claims().get(0).lines().stream()
                        .map(RemittanceAdvice.ServicePaymentAdvice::paidCents)
                        .toList());
        assertEquals(2, advice.claims().get(0).lines().get(1).units());
        assertTrue(advice.balances(), advice.imbalances()::toString);
    }
}
