package com.rcm.x12.remittance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.x12.Conformance;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.X12Issue;
import com.rcm.x12.X12ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemittanceReaderTests {

    private final RemittanceWriter writer = new RemittanceWriter();
    private final RemittanceReader reader = new RemittanceReader();

    private static Remittance readSample(String name) throws IOException {
        try (InputStream in = Files.newInputStream(Conformance.file("835", name))) {
            return new RemittanceReader().read(in).single();
        }
    }

    @Test
    void roundTripsAPaymentWithDenialReversalAndProviderAdjustments() {
        Remittance sent = RemittanceSamples.payment();

        X12ReadResult<Remittance> result = reader.read(writer.toX12(sent));

        assertTrue(result.isValid(), () -> result.issues().toString());
        Remittance received = result.single();
        assertEquals(sent, received);
        assertEquals(650, received.payment().totalPaymentCents());
        assertEquals(PaymentMethod.ACH, received.payment().method());
        assertEquals("EFT20261121001", received.traceNumber());
        assertEquals("SIMCOMM", received.payer().id());
        assertEquals("1245319599", received.payee().npi());

        ClaimPayment paid = received.claims().get(0);
        assertEquals(2000, paid.patientResponsibilityCents());
        assertEquals(
                List.of(Adjustment.of("CO", "45", 5000), Adjustment.of("PR", "2", 2000)),
                paid.services().get(0).adjustments());
        assertEquals("PCN1001-1", paid.services().get(0).lineControlNumber());
        assertEquals(List.of("25"), paid.services().get(0).modifiers());

        ClaimPayment denied = received.claims().get(1);
        assertTrue(denied.isDenial());
        assertEquals(0, denied.paidCents());
        assertEquals(List.of("N130", "M25"), denied.services().get(0).remarkCodes());

        ClaimPayment reversal = received.claims().get(2);
        assertTrue(reversal.isReversal());
        assertEquals(-12000, reversal.chargeCents());
        assertEquals(-9000, reversal.paidCents());
        assertEquals(List.of(Adjustment.of("CO", "45", -3000)), reversal.adjustments());

        assertEquals(
                List.of(
                        new ProviderAdjustment("1245319599", LocalDate.of(2026, 12, 31), "L6", null, -150),
                        new ProviderAdjustment("1245319599", LocalDate.of(2026, 12, 31), "WO", "OLDCLAIM77", 500)),
                received.providerAdjustments());
    }

    @Test
    void readsSeveralTransactionSetsInOneInterchange() {
        String first = writer.toX12(RemittanceSamples.payment());
        String[] segments = first.split("~");
        // Same interchange, a second ST/SE with its own control number: ISA, GS, ST..SE twice, GE*2, IEA.
        StringBuilder two = new StringBuilder();
        two.append(segments[0]).append('~').append(segments[1]).append('~');
        for (String control : new String[] {"0001", "0002"}) {
            for (int i = 2; i < segments.length - 2; i++) {
                two.append(segments[i].replace("*0001", "*" + control)).append('~');
            }
        }
        two.append("GE*2*7001~").append(segments[segments.length - 1]).append('~');

        X12ReadResult<Remittance> result = reader.read(two.toString());

        assertTrue(result.isValid(), () -> result.issues().toString());
        assertEquals(2, result.transactions().size());
        assertEquals("0001", result.transactions().get(0).envelope().transactionSetControlNumber());
        assertEquals("0002", result.transactions().get(1).envelope().transactionSetControlNumber());
        assertEquals(3, result.transactions().get(1).claims().size());
    }

    @Test
    void reportsAWrongSegmentCountButStillReadsThePayment() {
        String x12 = writer.toX12(RemittanceSamples.payment()).replaceFirst("SE\\*\\d+\\*0001", "SE*99*0001");

        X12ReadResult<Remittance> result = reader.read(x12);

        assertFalse(result.isValid());
        X12Issue issue = result.issues().get(0);
        assertEquals("SE", issue.segmentTag());
        assertEquals("CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT", issue.error());
        assertEquals(650, result.single().payment().totalPaymentCents());
    }

    @Test
    void checksTheBodyAgainstThe835Schema() {
        String x12 = writer.toX12(RemittanceSamples.payment())
                .replace("CLP*PCN1002*4*", "CLP*PCN1002*9*")
                .replace("LX*1~", "LX*1~XYZ*1~");

        X12ReadResult<Remittance> result = reader.read(x12);

        List<String> found = result.issues().stream()
                .map(issue -> issue.segmentTag() + ":" + issue.error())
                .toList();
        assertTrue(found.contains("CLP:INVALID_CODE_VALUE"), found::toString);
        assertTrue(found.contains("XYZ:SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET"), found::toString);
        assertEquals(3, result.single().claims().size());
    }

    @Test
    void refusesToTurnAnUnreadableAmountIntoZeroAndNamesEveryOne() {
        String x12 = writer.toX12(RemittanceSamples.payment())
                .replace("CLP*PCN1001*1*175.50*100*", "CLP*PCN1001*1*175.50*1O0*")
                .replace("CLP*PCN1002*", "CLP*PCN1002*9*ABC*");

        InvalidX12Exception error = assertThrows(InvalidX12Exception.class, () -> reader.read(x12));
        assertEquals(2, error.errors().size(), error.errors()::toString);
        assertTrue(error.errors().get(0).startsWith("unreadable CLP segment"), error.getMessage());
        assertTrue(error.errors().get(1).contains("'ABC' is not a decimal number"), error.getMessage());
    }

    @Test
    void readsAProcedureWrittenWithAnotherComponentSeparatorAndSaysSo() {
        String x12 = writer.toX12(RemittanceSamples.payment());
        String svc = firstSegment(x12, "SVC*HC:");
        String composite = svc.split("\\*")[1];
        X12ReadResult<Remittance> result =
                reader.read(x12.replace(svc, svc.replace(composite, composite.replace(':', '>'))));

        ServicePayment line = result.single().claims().get(0).services().get(0);
        assertEquals(composite.split(":")[1], line.procedureCode());
        assertEquals("HC", line.procedureQualifier());
        assertTrue(
                result.issues().stream()
                        .anyMatch(issue -> issue.error().equals("COMPONENT_SEPARATOR_INCONSISTENT")
                                && issue.segmentTag().equals("SVC")
                                && issue.elementPosition() == 1
                                && ">".equals(issue.text())),
                result.issues()::toString);
    }

    @Test
    void takesThePaymentDateFromTheElementBesideBpr16AndSaysSo() {
        String x12 = writer.toX12(RemittanceSamples.payment());
        String bpr = firstSegment(x12, "BPR*");
        List<String> elements = elements(bpr, 18);
        String date = elements.get(16);
        elements.set(16, "");
        elements.set(17, date);
        X12ReadResult<Remittance> result = reader.read(x12.replace(bpr, String.join("*", elements)));

        assertEquals(
                RemittanceSamples.payment().payment().paymentDate(),
                result.single().payment().paymentDate());
        assertTrue(
                result.issues().stream()
                        .anyMatch(issue -> issue.error().equals("PAYMENT_DATE_IN_NEIGHBOURING_ELEMENT")
                                && issue.elementPosition() == 17),
                result.issues()::toString);
    }

    @Test
    void aUnitCountThatIsNoNumberIsReadAsAbsentAndNamed() {
        String x12 = writer.toX12(RemittanceSamples.payment());
        String svc = firstSegment(x12, "SVC*");
        List<String> elements = elements(svc, 6);
        elements.set(5, "ONE");
        X12ReadResult<Remittance> result = reader.read(x12.replace(svc, String.join("*", elements)));

        assertNull(result.single().claims().get(0).services().get(0).units());
        assertTrue(
                result.issues().stream()
                        .anyMatch(issue -> issue.error().equals("QUANTITY_UNREADABLE")
                                && issue.segmentTag().equals("SVC")
                                && issue.elementPosition() == 5),
                result.issues()::toString);
    }

    @Test
    void readsEveryConformanceSample() throws IOException {
        List<Path> files = Conformance.files("835");
        assertEquals(7, files.size());
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                X12ReadResult<Remittance> result = reader.read(in);
                assertTrue(result.isValid(), file + ": " + result.issues());
                Remittance remittance = result.single();
                assertFalse(remittance.claims().isEmpty(), file.toString());
                assertFalse(remittance.traceNumber().isEmpty(), file.toString());
            }
        }
    }

    @Test
    void readsTwoClaimsWithTheirServiceLinesAndAdjustments() throws IOException {
        Remittance remittance = readSample("dollars-and-data-sent-separate.edi");

        assertEquals(94500, remittance.payment().totalPaymentCents());
        assertEquals(PaymentMethod.ACH, remittance.payment().method());
        assertEquals(LocalDate.of(2002, 3, 16), remittance.payment().paymentDate());
        assertEquals("71700666555", remittance.traceNumber());
        assertEquals("RUSHMORE LIFE", remittance.payer().name());
        assertEquals("5544667733", remittance.payee().npi());
        assertEquals("777667755", remittance.payee().taxId());
        ClaimPayment second = remittance.claims().get(1);
        assertEquals("8765432112", second.patientControlNumber());
        assertEquals(120000, second.chargeCents());
        assertEquals(49500, second.paidCents());
        assertEquals(60000, second.patientResponsibilityCents());
        assertEquals(List.of(Adjustment.of("CO", "A2", 5500)), second.adjustments());
        assertEquals("SETTLE", second.patientLastName());
        ServicePayment line = second.services().get(0);
        assertEquals("93555", line.procedureCode());
        assertEquals(LocalDate.of(2002, 3, 10), line.serviceDate());
        assertEquals(List.of(Adjustment.of("PR", "1", 60000), Adjustment.of("CO", "45", 5000)), line.adjustments());
    }

    @Test
    void readsCasTripletsWithQuantitiesAndNegativeAdjustments() throws IOException {
        ServicePayment line =
                readSample("secondary-payments.edi").claims().get(1).services().get(1);
        assertEquals(List.of("26"), line.modifiers());
        assertEquals(
                List.of(
                        new Adjustment("PR", "1", 15000, null),
                        new Adjustment("PR", "2", 7000, null),
                        Adjustment.of("CO", "42", 8500)),
                line.adjustments());
        assertEquals(BigDecimal.ONE, line.units());

        ServicePayment higherFee = readSample("secondary-payment-with-higher-fee-schedule.edi")
                .claims()
                .get(0)
                .services()
                .get(0);
        assertEquals(
                List.of(Adjustment.of("OA", "23", 51600), Adjustment.of("OA", "94", -900)), higherFee.adjustments());
    }

    @Test
    void readsEveryLxGroupAndTheProviderLevelAdjustment() throws IOException {
        Remittance together = readSample("dollars-and-data-sent-together.edi");
        assertEquals(
                List.of("666123", "777777"),
                together.claims().stream()
                        .map(ClaimPayment::patientControlNumber)
                        .toList());
        assertEquals(
                List.of(new ProviderAdjustment("6543210903", LocalDate.of(2002, 12, 31), "CV", "CP", -127)),
                together.providerAdjustments());
        assertEquals(15000000, together.payment().totalPaymentCents());

        Remittance nine = readSample("multiple-claims-single-check.edi");
        assertEquals(9, nine.claims().size());
        assertEquals(81080, nine.payment().totalPaymentCents());
        assertEquals(PaymentMethod.CHK, nine.payment().method());
        assertNull(nine.payment().eftAccounts());
        assertEquals("AD", nine.claims().get(0).services().get(0).procedureQualifier());
    }

    private static String firstSegment(String x12, String prefix) {
        return List.of(x12.replace("\n", "").split("~")).stream()
                .filter(segment -> segment.startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    /** The segment's tag and elements, padded with empty ones to {@code size}, for a test to change one. */
    private static List<String> elements(String segment, int size) {
        List<String> elements = new ArrayList<>(List.of(segment.split("\\*", -1)));
        while (elements.size() < size) {
            elements.add("");
        }
        return elements;
    }
}
