package com.rcm.x12.remittance;

import static com.rcm.x12.remittance.Remittance835s.concat;
import static com.rcm.x12.remittance.Remittance835s.interchange;
import static com.rcm.x12.remittance.Remittance835s.transaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.x12.Conformance;
import com.rcm.x12.Fixtures;
import com.rcm.x12.SchemaChecks;
import com.rcm.x12.X12Exception;
import com.rcm.x12.X12Issue;
import com.rcm.x12.X12ReadResult;
import com.rcm.x12.X12Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The 835 implementation schema (835-005010X221A1.xml over 835-005010.xml) on samples, our output and bad input. */
class RemittanceSchemaTests {

    private final RemittanceWriter writer = new RemittanceWriter();
    private final RemittanceReader reader = new RemittanceReader();

    static Stream<Arguments> conformanceSamples() {
        // The project's own files always; the external samples as well where they are present.
        return Stream.concat(Fixtures.files("835").stream(), Conformance.filesIfPresent("835").stream())
                .map(file -> Arguments.of(file.getFileName().toString(), file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conformanceSamples")
    void everyFixtureAndSampleReadsThroughTheSchema(String name, Path sample) throws IOException {
        X12ReadResult<Remittance> result;
        try (InputStream in = Files.newInputStream(sample)) {
            result = reader.read(in);
        }
        assertTrue(result.isValid(), () -> name + " breaks the schema:\n" + SchemaChecks.describe(result.issues()));
        assertEquals(1, result.transactions().size(), name);
    }

    /** The 835s the payments service's tests upload and the clearinghouse simulator writes. */
    static Stream<Arguments> platformFiles() {
        return Stream.of(
                Arguments.of(
                        "paid, with an interest PLB and a recoupment PLB",
                        interchange(transaction(
                                "TRN2",
                                "113.4",
                                concat(
                                        Remittance835s.paid("PA00000002", "SIMPA2"),
                                        List.of("PLB*1111111112*20261231*L6:INT1*-2*WO:RECOUP1*7"))))),
                Arguments.of(
                        "denied (CLP02 4) with LQ*HE after REF*6R",
                        interchange(transaction("TRN4", "0", Remittance835s.denied("PA00000004")))),
                Arguments.of(
                        "forwarded (CLP02 19) with NM1*TT after NM1*QC, lines without DTM",
                        interchange(transaction("TRN19", "118.4", Remittance835s.forwarded("PA00000019")))),
                Arguments.of(
                        "reversed (CLP02 22), negative amounts, BPR of zero, PLB FB",
                        interchange(transaction(
                                "TRN22",
                                "0",
                                concat(
                                        Remittance835s.reversed("PA00000022", "SIM123"),
                                        List.of("PLB*1111111112*20261231*FB:SIM123*-118.4"))))),
                Arguments.of(
                        "a claim nobody sent, without NM1*QC",
                        interchange(transaction(
                                "TRNX",
                                "128.4",
                                concat(
                                        Remittance835s.paid("PA00000005", "SIMPA5"),
                                        Remittance835s.unknownWithoutPatientName())))),
                Arguments.of(
                        "the simulator's answer: two payers, AMT*B6, interest",
                        interchange(
                                transaction(
                                        "SIM77",
                                        "118.4",
                                        concat(
                                                Remittance835s.simulatorPaid("PA00000081"),
                                                Remittance835s.simulatorDenied("PA00000083"))),
                                transaction(
                                        "SIM77-2",
                                        "119.9",
                                        concat(
                                                Remittance835s.simulatorPaid("PA00000082"),
                                                List.of("PLB*1111111112*20261231*L6:SIM77-2*-1.5"))))),
                Arguments.of(
                        "provider adjustments only, no LX",
                        interchange(transaction("TRNPLB", "-7", List.of("PLB*1111111112*20261231*WO:RECOUP1*7")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platformFiles")
    void thePlatformsOwn835sReadWithoutIssues(String what, String x12) {
        X12ReadResult<Remittance> result = reader.read(x12);

        assertTrue(
                result.isValid(),
                () -> what + " breaks the schema:\n" + SchemaChecks.describe(result.issues()) + "\nin\n" + x12);
        result.transactions()
                .forEach(remittance -> assertTrue(
                        RemittanceBalance.balances(remittance),
                        () -> what + ": " + RemittanceBalance.check(remittance)));
    }

    @Test
    void thePlatformsOwn835sAreReadAsSent() {
        Remittance forwarded = reader.read(
                        interchange(transaction("TRN19", "118.4", Remittance835s.forwarded("PA00000019"))))
                .single();
        ClaimPayment claim = forwarded.claims().get(0);
        assertEquals("19", claim.statusCode());
        assertEquals("Doe", claim.patientLastName());
        assertEquals(
                List.of("PA00000019-1", "PA00000019-2"),
                claim.services().stream().map(ServicePayment::lineControlNumber).toList());

        Remittance reversed = reader.read(interchange(transaction(
                        "TRN22",
                        "0",
                        concat(
                                Remittance835s.reversed("PA00000022", "SIM123"),
                                List.of("PLB*1111111112*20261231*FB:SIM123*-118.4")))))
                .single();
        assertEquals(0, reversed.payment().totalPaymentCents());
        assertEquals(-11840, reversed.claims().get(0).paidCents());
        assertEquals(
                List.of(new ProviderAdjustment(
                        Remittance835s.PAYEE_NPI, LocalDate.of(2026, 12, 31), "FB", "SIM123", -11840)),
                reversed.providerAdjustments());

        Remittance denied = reader.read(interchange(transaction("TRN4", "0", Remittance835s.denied("PA00000004"))))
                .single();
        assertEquals(List.of("N130"), denied.claims().get(0).services().get(0).remarkCodes());
    }

    @Test
    void ourWritersOutputValidates() {
        Remittance base = RemittanceSamples.payment();
        Remittance taxIdOnly = new Remittance(
                base.envelope(),
                new PaymentInfo("I", 650, "C", PaymentMethod.CHK, null, LocalDate.of(2026, 11, 21)),
                "CHK000123",
                "1741234567",
                new Payer("SIMCOMM HEALTH", null, null, null),
                new Payee("AUSTIN FAMILY MEDICINE", null, "741234567"),
                base.claims(),
                base.providerAdjustments());

        for (Remittance remittance : List.of(base, taxIdOnly)) {
            String x12 = writer.toX12(remittance);
            List<X12Issue> issues = SchemaChecks.issues(x12, X12Schemas.remittance835());
            assertTrue(issues.isEmpty(), () -> SchemaChecks.describe(issues) + "\nin " + x12);
            assertEquals(remittance, reader.read(x12).single());
        }
        assertTrue(writer.toX12(taxIdOnly).contains("~N1*PE*AUSTIN FAMILY MEDICINE*FI*741234567~LX*1~"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CLP02 status 9                        | CLP*PCN1002*4*           | CLP*PCN1002*9*           | CLP | INVALID_CODE_VALUE
            TRN01 trace type 3                    | TRN*1*                   | TRN*3*                   | TRN | IMPLEMENTATION_INVALID_CODE_VALUE
            TRN03 payer identifier left out       | *EFT20261121001*1741234567~ | *EFT20261121001~      | TRN | REQUIRED_DATA_ELEMENT_MISSING
            BPR01 handling code Z                 | BPR*C*                   | BPR*Z*                   | BPR | IMPLEMENTATION_INVALID_CODE_VALUE
            NTE the guide does not use            | ~TRN*1*                  | ~NTE**HELLO~TRN*1*       | NTE | IMPLEMENTATION_UNUSED_SEGMENT_PRESENT
            N1*XX where the payer loop is due     | N1*PR*                   | N1*XX*                   | N1  | IMPLEMENTATION_UNUSED_SEGMENT_PRESENT
            payer REF qualifier the guide lacks   | REF*2U*                  | REF*TJ*                  | REF | IMPLEMENTATION_INVALID_CODE_VALUE
            payee N1 without its identifier       | *AUSTIN FAMILY MEDICINE*XX*1245319599~ | *AUSTIN FAMILY MEDICINE~ | N1 | REQUIRED_DATA_ELEMENT_MISSING
            CAS01 CR the guide dropped            | CAS*CO*45*-30            | CAS*CR*45*-30            | CAS | IMPLEMENTATION_INVALID_CODE_VALUE
            claim NM1 entity the guide lacks      | NM1*QC*1*Roe*            | NM1*XX*1*Roe*            | NM1 | IMPLEMENTATION_UNUSED_SEGMENT_PRESENT
            NM102 other than 1 for the patient    | NM1*QC*1*Roe*            | NM1*QC*2*Roe*            | NM1 | IMPLEMENTATION_INVALID_CODE_VALUE
            service DTM qualifier 999             | DTM*472*20261102~CAS*CO*50*150 | DTM*999*20261102~CAS*CO*50*150 | DTM | IMPLEMENTATION_INVALID_CODE_VALUE
            service REF qualifier the guide lacks | REF*6R*PCN1001-1         | REF*ZZ*PCN1001-1         | REF | IMPLEMENTATION_UNUSED_SEGMENT_PRESENT
            REF03 the guide does not use          | REF*6R*PCN1001-1         | REF*6R*PCN1001-1*LINE ONE | REF | IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT
            LQ01 code list ZZ                     | LQ*HE*M25                | LQ*ZZ*M25                | LQ  | IMPLEMENTATION_INVALID_CODE_VALUE
            SVC01-1 qualifier ZZ                  | SVC*HC:G0008*25.50*20    | SVC*ZZ:G0008*25.50*20    | SVC | IMPLEMENTATION_INVALID_CODE_VALUE
            two line control numbers on a line    | REF*6R*PCN1002-2~        | REF*6R*PCN1002-2~REF*6R*PCN1002-3~ | REF | SEGMENT_EXCEEDS_MAXIMUM_USE
            """)
    void theSchemaRejects(String what, String from, String to, String segment, String error) {
        String x12 = SchemaChecks.edit(writer.toX12(RemittanceSamples.payment()), from, to);

        List<X12Issue> issues = SchemaChecks.issues(x12, X12Schemas.remittance835());

        assertTrue(
                issues.stream()
                        .anyMatch(issue -> issue.segmentTag().equals(segment)
                                && issue.error().equals(error)),
                () -> what + ": expected " + segment + " " + error + ", got:\n" + SchemaChecks.describe(issues));
    }

    @Test
    void aMissingPayeeLoopIsReported() {
        String x12 = SchemaChecks.edit(
                writer.toX12(RemittanceSamples.payment()),
                "N1*PE*AUSTIN FAMILY MEDICINE*XX*1245319599~REF*TJ*741234567~",
                "");

        List<X12Issue> issues = SchemaChecks.issues(x12, X12Schemas.remittance835());

        assertTrue(
                issues.stream()
                        .anyMatch(issue -> issue.error().equals("IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES")
                                && "1000".equals(issue.text())),
                () -> SchemaChecks.describe(issues));
    }

    @Test
    void theReaderReportsSchemaIssuesAndStillReadsThePayment() {
        String x12 = SchemaChecks.edit(writer.toX12(RemittanceSamples.payment()), "LQ*HE*M25", "LQ*ZZ*M25");

        X12ReadResult<Remittance> result = reader.read(x12);

        assertEquals(
                List.of("LQ01 (segment 32): IMPLEMENTATION_INVALID_CODE_VALUE 'ZZ'"),
                result.issues().stream().map(X12Issue::toString).toList());
        assertEquals(3, result.single().claims().size());
        assertEquals(650, result.single().payment().totalPaymentCents());
    }

    @Test
    void theWriterRefusesWhatTheGuideDoesNotAllow() {
        Remittance base = RemittanceSamples.payment();
        ClaimPayment correction = new ClaimPayment(
                "PCN9",
                ClaimPayment.PRIMARY,
                100,
                100,
                0,
                "12",
                "P9",
                List.of(Adjustment.of("CR", "45", 10)),
                null,
                null,
                null,
                List.of());
        Remittance withCr = new Remittance(
                base.envelope(),
                base.payment(),
                base.traceNumber(),
                base.originatingCompanyId(),
                base.payer(),
                base.payee(),
                List.of(correction),
                List.of());
        Remittance withoutPayerId = new Remittance(
                base.envelope(),
                base.payment(),
                base.traceNumber(),
                null,
                base.payer(),
                base.payee(),
                base.claims(),
                base.providerAdjustments());

        X12Exception cas = assertThrows(X12Exception.class, () -> writer.toX12(withCr));
        assertTrue(cas.getMessage().startsWith("writing CAS failed"), cas.getMessage());
        X12Exception trn = assertThrows(X12Exception.class, () -> writer.toX12(withoutPayerId));
        assertTrue(trn.getMessage().startsWith("writing TRN failed"), trn.getMessage());
    }
}
