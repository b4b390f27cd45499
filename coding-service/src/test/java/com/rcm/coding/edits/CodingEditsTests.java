package com.rcm.coding.edits;

import static com.rcm.coding.EncounterJson.addLine;
import static com.rcm.coding.EncounterJson.diagnoses;
import static com.rcm.coding.EncounterJson.line;
import static com.rcm.coding.EncounterJson.modifiers;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rcm.coding.CodingRuleFixtures;
import com.rcm.coding.CodingTestResources;
import com.rcm.coding.EncounterJson;
import com.rcm.coding.Review;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every coding edit through the REST API on the real database: an encounter that fails it lands in
 * the coder queue naming the edit, and the same encounter corrected is CODED.
 */
@QuarkusTest
@CodingTestResources
class CodingEditsTests {
    private static final String[] TWELVE_CLEAN = {
        "E11.9", "I10", "J06.9", "M17.11", "R05.1", "Z00.00", "Z23", "E78.5", "K21.9", "F41.9", "G47.00", "M54.50"
    };

    static Stream<Arguments> edits() {
        return Stream.of(
                edit("ICD10_FORMAT", e -> diagnoses(e, "E11.9", "XYZ"), e -> {}),
                edit("ICD10_UNKNOWN", e -> diagnoses(e, "E11.9", "I99.9"), e -> {}),
                edit(
                        "ICD10_UNKNOWN",
                        e -> { // E11.65 is only in FY2027: not yet valid on a 2025 visit
                            e.put("dateOfService", "2025-11-03");
                            diagnoses(e, "E11.65", "I10");
                            line(e, 1).put("code", "99214");
                        },
                        e -> {
                            diagnoses(e, "E11.65", "I10");
                            line(e, 1).put("code", "99214");
                        }),
                edit("ICD10_NOT_BILLABLE", e -> diagnoses(e, "E11", "I10"), e -> diagnoses(e, "E11.9", "I10")),
                edit("ICD10_CODE_SET_MISSING", e -> e.put("dateOfService", "2015-06-01"), e -> {}),
                edit("DUPLICATE_DIAGNOSIS", e -> diagnoses(e, "E11.9", "E11.9"), e -> {}),
                edit(
                        "DIAGNOSIS_COUNT",
                        e -> {
                            diagnoses(e, TWELVE_CLEAN).add("E11.65");
                        },
                        e -> diagnoses(e, TWELVE_CLEAN)),
                edit("PROCEDURE_FORMAT", e -> line(e, 0).put("code", "9921"), e -> {}),
                edit(
                        "HCPCS_UNKNOWN",
                        e -> line(e, 1).put("code", "G9998"),
                        e -> line(e, 1).put("code", "G0009")),
                edit(
                        "HCPCS_NOT_EFFECTIVE",
                        e -> line(e, 1).put("code", "G0999"),
                        e -> line(e, 1).put("code", "G0009")),
                edit("HCPCS_CODE_SET_MISSING", e -> e.put("dateOfService", "2026-01-15"), e -> {
                    e.put("dateOfService", "2026-01-15");
                    e.withArray("services").remove(1);
                }),
                edit("POINTER_RANGE", e -> pointers(line(e, 1), 3), e -> {}),
                edit(
                        "POINTER_COUNT",
                        e -> {
                            diagnoses(e, "E11.9", "I10", "J06.9", "E78.5", "K21.9");
                            pointers(line(e, 0), 1, 2, 3, 4, 5);
                        },
                        e -> {
                            diagnoses(e, "E11.9", "I10", "J06.9", "E78.5", "K21.9");
                            pointers(line(e, 0), 1, 2, 3, 4);
                        }),
                edit("UNITS_POSITIVE", e -> line(e, 1).put("units", 0), e -> {}),
                edit("MODIFIER_FORMAT", e -> modifiers(line(e, 1), "2"), e -> {}),
                edit("MODIFIER_UNKNOWN", e -> modifiers(line(e, 1), "ZZ"), e -> modifiers(line(e, 1), "GA")),
                edit(
                        "MODIFIER_COUNT",
                        e -> modifiers(line(e, 1), "GA", "LT", "XE", "XS", "XU"),
                        e -> modifiers(line(e, 1), "GA", "XE", "XS", "XU")),
                edit("MODIFIER_25_NOT_EM", e -> modifiers(line(e, 1), "25"), e -> {}),
                edit("MODIFIER_CONFLICT", e -> modifiers(line(e, 1), "LT", "RT"), e -> modifiers(line(e, 1), "LT")),
                edit("MODIFIER_CONFLICT", e -> modifiers(line(e, 1), "59", "XU"), e -> modifiers(line(e, 1), "XU")),
                edit(
                        "AGE_CONFLICT",
                        e -> {
                            onlyDiagnosis(e, "O09.90");
                            ((ObjectNode) e.get("patient")).put("dateOfBirth", "1956-01-01");
                        },
                        e -> {
                            onlyDiagnosis(e, "O09.90");
                            ((ObjectNode) e.get("patient")).put("dateOfBirth", "1996-01-01");
                        }),
                edit("SEX_CONFLICT", e -> onlyDiagnosis(e, "N40.0"), e -> {
                    onlyDiagnosis(e, "N40.0");
                    ((ObjectNode) e.get("patient")).put("sex", "M");
                }),
                edit(
                        "NCCI_PTP",
                        e -> { // indicator 1: the E/M needs 25 to be paid with the injection
                            line(e, 0).remove("modifiers");
                            addLine(e, "20610", 1, "RT");
                        },
                        e -> addLine(e, "20610", 1, "RT")),
                edit(
                        "NCCI_PTP",
                        e -> { // indicator 0: no modifier allows the pair
                            addLine(e, "93000", 1);
                            addLine(e, "93005", 1, "59");
                        },
                        e -> addLine(e, "93000", 1)),
                edit(
                        "MUE_UNITS",
                        e -> { // per day across lines
                            addLine(e, "36415", 2);
                            addLine(e, "36415", 1);
                        },
                        e -> addLine(e, "36415", 2)),
                edit("MUE_UNITS", e -> addLine(e, "20610", 2, "RT"), e -> addLine(e, "20610", 1, "RT")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    @TestSecurity(
            user = "carol-admin",
            roles = {"practice-admin", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void failingEncounterNamesTheEditAndTheCorrectedOneIsCoded(
            String editId, Consumer<ObjectNode> failing, Consumer<ObjectNode> passing) {
        CodingRuleFixtures.importForPracticeA();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String failed = Review.submit(EncounterJson.with("EHR-FAIL-" + editId + "-" + suffix, failing));
        String passed = Review.submit(EncounterJson.with("EHR-PASS-" + editId + "-" + suffix, passing));

        Review.awaitCoded(failed, "NEEDS_REVIEW").body("edits.editId", hasItem(editId));
        Review.awaitCoded(passed, "CODED").body("edits", hasSize(0)).body("edits.editId", not(hasItem(editId)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retiredNcciPairs")
    @TestSecurity(
            user = "carol-admin",
            roles = {"practice-admin", "coder"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void ncciEditsThatDoNotApplyOnTheDateOfServiceDoNotFire(String pair, String column1, String column2) {
        CodingRuleFixtures.importForPracticeA();
        String id = Review.submit(EncounterJson.with("EHR-NCCI-" + UUID.randomUUID(), e -> {
            addLine(e, column1, 1);
            addLine(e, column2, 1);
        }));
        Review.awaitCoded(id, "CODED").body("status", equalTo("CODED"));
    }

    static Stream<Arguments> retiredNcciPairs() {
        return Stream.of(
                Arguments.of("indicator 9", "36415", "36416"),
                Arguments.of("deleted before the visit", "11042", "97597"));
    }

    private static Arguments edit(String editId, Consumer<ObjectNode> failing, Consumer<ObjectNode> passing) {
        return Arguments.of(editId, failing, passing);
    }

    private static void pointers(ObjectNode line, int... pointers) {
        ArrayNode list = line.putArray("diagnosisPointers");
        Arrays.stream(pointers).forEach(list::add);
    }

    private static void onlyDiagnosis(ObjectNode encounter, String code) {
        diagnoses(encounter, code);
        encounter
                .withArray("services")
                .forEach(l -> ((ObjectNode) l).putArray("diagnosisPointers").add(1));
    }
}
