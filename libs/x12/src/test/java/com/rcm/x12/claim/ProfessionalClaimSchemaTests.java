package com.rcm.x12.claim;

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
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The 837P implementation schema (837P-005010X222A1.xml over 837-005010.xml) on samples, our output and bad input. */
class ProfessionalClaimSchemaTests {

    private final ProfessionalClaimWriter writer = new ProfessionalClaimWriter();
    private final ProfessionalClaimReader reader = new ProfessionalClaimReader();

    static Stream<Arguments> conformanceSamples() {
        // The project's own files always; the external samples as well where they are present.
        return Stream.concat(Fixtures.files("837p").stream(), Conformance.filesIfPresent("837p").stream())
                .map(file -> Arguments.of(file.getFileName().toString(), file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conformanceSamples")
    void everyFixtureAndSampleReadsThroughTheSchema(String name, Path sample) throws IOException {
        X12ReadResult<ProfessionalClaimBatch> result;
        try (InputStream in = Files.newInputStream(sample)) {
            result = reader.read(in);
        }
        assertTrue(result.isValid(), () -> name + " breaks the schema:\n" + SchemaChecks.describe(result.issues()));
        assertEquals(1, result.transactions().size(), name);
    }

    @Test
    void theContractEncounterValidates() {
        String x12 = writer.toX12(
                ClaimSamples.batch(List.of(ClaimSamples.janeDoe("PCN1001", ClaimSamples.janeAsSubscriber(), null))));

        assertNoIssues(x12);
    }

    @Test
    void aDependentPatientInA2000CLoopValidates() {
        String x12 = writer.toX12(ClaimSamples.batch(List.of(
                ClaimSamples.janeDoe("PCN1002", ClaimSamples.johnAsSubscriber(), ClaimSamples.janeAsSpouse()))));

        assertTrue(x12.contains("~HL*3*2*23*0~PAT*01~"), x12);
        assertNoIssues(x12);
    }

    @Test
    void aBatchThatGoesBackToAnEarlierLevelValidates() {
        // HL 20, 22 (Jane, two claims), 22 (John) and 23 (Jane as his dependent).
        String x12 = writer.toX12(ClaimSamples.batch(List.of(
                ClaimSamples.janeDoe("PCN1", ClaimSamples.janeAsSubscriber(), null),
                ClaimSamples.janeDoe("PCN2", ClaimSamples.johnAsSubscriber(), ClaimSamples.janeAsSpouse()),
                ClaimSamples.janeDoe("PCN3", ClaimSamples.janeAsSubscriber(), null))));

        assertNoIssues(x12);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SV102 charge that is not a number   | SV1*HC:99213:25*150*       | SV1*HC:99213:25*15O*       | SV1 | INVALID_CHARACTER_DATA
            HL03 level the guide does not have  | HL*2*1*22*0~               | HL*2*1*21*0~               | HL  | IMPLEMENTATION_UNUSED_SEGMENT_PRESENT
            CLM05-3 frequency 9                 | *11:B:1*                   | *11:B:9*                   | CLM | IMPLEMENTATION_INVALID_CODE_VALUE
            SV103 unit other than MJ or UN      | *150*UN*                   | *150*DA*                   | SV1 | IMPLEMENTATION_INVALID_CODE_VALUE
            DN1 the guide does not use in 2300  | ~HI*ABK:E119               | ~DN1*1~HI*ABK:E119         | DN1 | IMPLEMENTATION_UNUSED_SEGMENT_PRESENT
            NM106 the guide does not use        | NM1*82*1*Welby*Ann****XX*  | NM1*82*1*Welby*Ann**DR**XX*| NM1 | IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT
            """)
    void theSchemaRejects(String what, String from, String to, String segment, String error) {
        String x12 = SchemaChecks.edit(contractX12(), from, to);

        List<X12Issue> issues = SchemaChecks.issues(x12, X12Schemas.professionalClaim837());

        assertTrue(
                issues.stream()
                        .anyMatch(issue -> issue.segmentTag().equals(segment)
                                && issue.error().equals(error)),
                () -> what + ": expected " + segment + " " + error + ", got:\n" + SchemaChecks.describe(issues));
    }

    @Test
    void aMissingSubscriberNameLoopIsReported() {
        String x12 = SchemaChecks.edit(contractX12(), "NM1*IL*1*Doe*Jane****MI*M123456~", "");

        List<X12Issue> issues = SchemaChecks.issues(x12, X12Schemas.professionalClaim837());

        // The subscriber's N3 has no 2010BA to belong to, and the loop itself is counted missing.
        List<String> found = issues.stream()
                .map(issue -> issue.segmentTag() + ":" + issue.error())
                .toList();
        assertTrue(found.contains("N3:UNEXPECTED_SEGMENT"), () -> SchemaChecks.describe(issues));
        assertTrue(
                issues.stream()
                        .anyMatch(issue -> issue.error().equals("IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES")
                                && "2010".equals(issue.text())),
                () -> SchemaChecks.describe(issues));
    }

    @Test
    void theReaderReportsSchemaIssuesAndStillReadsTheClaim() {
        String x12 = SchemaChecks.edit(contractX12(), "*11:B:1*", "*11:B:9*");

        X12ReadResult<ProfessionalClaimBatch> result = reader.read(x12);

        assertEquals(
                List.of("CLM05 (segment 21): IMPLEMENTATION_INVALID_CODE_VALUE '9'"),
                result.issues().stream().map(X12Issue::toString).toList());
        assertEquals("9", result.single().claims().get(0).frequencyCode());
    }

    @Test
    void theWriterRefusesAClaimTheGuideDoesNotAllow() {
        ProfessionalClaim good = ClaimSamples.janeDoe("PCN1005", ClaimSamples.janeAsSubscriber(), null);
        ProfessionalClaim frequencyNine = new ProfessionalClaim(
                good.billingProvider(),
                good.subscriber(),
                null,
                "PCN1005",
                good.totalChargeCents(),
                "11",
                "9",
                null,
                good.diagnoses(),
                good.renderingProvider(),
                good.lines());

        X12Exception error =
                assertThrows(X12Exception.class, () -> writer.toX12(ClaimSamples.batch(List.of(frequencyNine))));
        assertTrue(error.getMessage().startsWith("writing CLM failed"), error.getMessage());
    }

    @Test
    void theClaimLoopIsTheSameUnderSubscriberAndPatient() throws Exception {
        Document schema;
        try (InputStream in = X12Schemas.class.getResourceAsStream("/x12/837P-005010X222A1.xml")) {
            schema = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList loops = schema.getElementsByTagName("loop");
        List<Element> claimLoops = Stream.iterate(0, i -> i < loops.getLength(), i -> i + 1)
                .map(i -> (Element) loops.item(i))
                .filter(loop -> loop.getAttribute("code").equals("2300"))
                .toList();

        assertEquals(2, claimLoops.size());
        assertTrue(claimLoops.get(0).isEqualNode(claimLoops.get(1)), "2300 under 2000B and 2000C differ");
    }

    private String contractX12() {
        return writer.toX12(
                ClaimSamples.batch(List.of(ClaimSamples.janeDoe("PCN1001", ClaimSamples.janeAsSubscriber(), null))));
    }

    private static void assertNoIssues(String x12) {
        List<X12Issue> issues = SchemaChecks.issues(x12, X12Schemas.professionalClaim837());
        assertTrue(issues.isEmpty(), () -> SchemaChecks.describe(issues) + "\nin " + x12);
    }
}
