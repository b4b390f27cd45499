package com.rcm.claims.scrub;

import static com.rcm.claims.support.ClaimsApi.awaitClaim;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.rcm.claims.ClaimsTestResources;
import com.rcm.claims.support.CodedEvents;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.ServiceLine;
import com.rcm.events.payload.Subscriber;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scrubber rule through the API: a claim that fails it is HELD in the biller's queue naming the
 * rule, and the biller's correction resubmits it in one call (or, where the fix is not the biller's,
 * the same claim without the fault goes out).
 */
@QuarkusTest
@ClaimsTestResources
class ClaimScrubberTests {
    private static final List<ServiceLine> CONTRACT = CodedEvents.contractServices();

    static Stream<Arguments> fixableByTheBiller() {
        return Stream.of(
                rule("PAYER_NOT_SET_UP", e -> coverage(e, "NOPAYER"), """
                        {"coverage": {"payerId": "SIMCOMM", "memberId": "M123456"}}"""),
                rule("NPI_CHECK_DIGIT", e -> npi(e, "1234567890"), """
                        {"renderingProviderNpi": "1234567893"}"""),
                rule("RENDERING_PROVIDER_NOT_SET_UP", e -> npi(e, "1555555550"), """
                        {"renderingProviderNpi": "1234567893"}"""),
                rule("SUBSCRIBER_DATA_MISSING", ClaimScrubberTests::withoutAddress, """
                        {"patientAddress": {"line1": "1 Main St", "city": "Austin", "state": "TX", "postalCode": "78701"}}"""),
                rule("SUBSCRIBER_DATA_MISSING", e -> dependent(e, null), """
                        {"coverage": {"payerId": "SIMCOMM", "memberId": "M123456", "relationshipToSubscriber": "child",
                         "subscriber": {"firstName": "John", "lastName": "Doe", "dateOfBirth": "1978-02-03", "sex": "M"}}}"""),
                rule(
                        "DIAGNOSIS_POINTER",
                        e -> services(
                                e,
                                List.of(
                                        new ServiceLine(1, "99213", List.of("25"), 1, List.of(1, 3), null),
                                        CONTRACT.get(1))),
                        """
                        {"lines": [{"lineNumber": 1, "diagnosisPointers": [1, 2]}]}"""),
                rule(
                        "LINE_NOT_PRICED",
                        e -> services(
                                e,
                                List.of(CONTRACT.get(0), new ServiceLine(2, "99499", List.of(), 1, List.of(1), null))),
                        """
                        {"lines": [{"lineNumber": 2, "chargeCents": 5000}]}"""),
                rule(
                        "TOTAL_CHARGE",
                        e -> services(
                                e,
                                List.of(
                                        new ServiceLine(1, "99213", List.of("25"), 1, List.of(1, 2), 0L),
                                        new ServiceLine(2, "G0008", List.of(), 1, List.of(1), 0L))),
                        """
                        {"lines": [{"lineNumber": 1, "chargeCents": 15000}, {"lineNumber": 2, "chargeCents": 3500}]}"""),
                rule(
                        "PAYER_EM_WITH_PROCEDURE_NEEDS_25",
                        e -> services(
                                coverage(e, "SIMRULE"),
                                List.of(
                                        new ServiceLine(1, "99213", List.of(), 1, List.of(1), null),
                                        new ServiceLine(2, "20610", List.of("RT"), 1, List.of(1), 9000L))),
                        """
                        {"lines": [{"lineNumber": 1, "modifiers": ["25"]}]}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixableByTheBiller")
    @TestSecurity(
            user = "carol-admin",
            roles = {"practice-admin", "biller"})
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aFailingClaimIsHeldNamingTheRuleAndTheCorrectionResubmitsIt(
            String ruleId, UnaryOperator<EncounterCoded> fault, String correction) {
        setUpPayerWithRules();
        String encounter =
                CodedEvents.publish("practice-a", fault.apply(CodedEvents.contractExample("SIMCOMM", CONTRACT)));
        String claimId = awaitClaim(encounter, "HELD")
                .body("[0].scrubFindings.ruleId", hasItem(ruleId))
                .body("[0].interchangeControlNumber", equalTo(null))
                .extract()
                .path("[0].id");
        List<String> held = given().queryParam("status", "HELD")
                .get("/v1/claims")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        org.junit.jupiter.api.Assertions.assertTrue(held.contains(claimId), "the held queue lists the claim");

        given().contentType(ContentType.JSON)
                .body(correction)
                .post("/v1/claims/{id}/resubmit", claimId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("scrubFindings", hasSize(0))
                .body("history.status", hasItem("HELD"));
        given().get("/v1/claims/{id}/x12", claimId).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aClaimPastThePayersFilingLimitIsHeldAndOneWithinItGoesOut() {
        String late = CodedEvents.publish(
                "practice-a",
                dateOfService(CodedEvents.contractExample("SIMCOMM", CONTRACT), LocalDate.of(2020, 1, 2)));
        awaitClaim(late, "HELD").body("[0].scrubFindings.ruleId", hasItem("TIMELY_FILING"));
        String onTime = CodedEvents.publishContractExample("practice-a", "SIMCOMM", CONTRACT);
        awaitClaim(onTime, "ACCEPTED").body("[0].scrubFindings.ruleId", not(hasItem("TIMELY_FILING")));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theSameServicesForTheSamePatientAndDayAreHeldAsADuplicate() {
        EncounterCoded first = CodedEvents.contractExample("SIMCOMM", CONTRACT);
        awaitClaim(CodedEvents.publish("practice-a", first), "ACCEPTED");
        EncounterCoded again = new EncounterCoded(
                java.util.UUID.randomUUID().toString(),
                "EHR-AGAIN",
                first.dateOfService(),
                first.placeOfService(),
                first.patient(),
                first.coverage(),
                first.renderingProviderNpi(),
                first.diagnoses(),
                first.services());
        awaitClaim(CodedEvents.publish("practice-a", again), "HELD")
                .body("[0].scrubFindings.ruleId", hasItem("DUPLICATE_CLAIM"));
        String otherPatient = CodedEvents.publishContractExample("practice-a", "SIMCOMM", CONTRACT);
        awaitClaim(otherPatient, "ACCEPTED");
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void onlyAHeldClaimIsResubmitted() {
        String encounter = CodedEvents.publishContractExample("practice-a", "SIMCOMM", CONTRACT);
        String claimId = awaitClaim(encounter, "ACCEPTED").extract().path("[0].id");
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/v1/claims/{id}/resubmit", claimId)
                .then()
                .statusCode(409);
        given().queryParam("status", "LOST")
                .get("/v1/claims")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    private static void setUpPayerWithRules() {
        given().contentType(ContentType.JSON)
                .body("""
                {"name": "SIM RULES", "claimFilingIndicator": "CI", "timelyFilingDays": 365,
                 "rules": ["EM_WITH_PROCEDURE_NEEDS_25"]}""")
                .put("/v1/setup/payers/SIMRULE")
                .then()
                .statusCode(200);
    }

    private static Arguments rule(String ruleId, UnaryOperator<EncounterCoded> fault, String correction) {
        return Arguments.of(ruleId, fault, correction);
    }

    static EncounterCoded dependent(EncounterCoded e, Subscriber subscriber) {
        return new EncounterCoded(
                e.encounterId(),
                e.externalId(),
                e.dateOfService(),
                e.placeOfService(),
                e.patient(),
                new Coverage(
                        e.coverage().payerId(),
                        e.coverage().memberId(),
                        e.coverage().groupNumber(),
                        "child",
                        subscriber),
                e.renderingProviderNpi(),
                e.diagnoses(),
                e.services());
    }

    private static EncounterCoded coverage(EncounterCoded e, String payerId) {
        return new EncounterCoded(
                e.encounterId(),
                e.externalId(),
                e.dateOfService(),
                e.placeOfService(),
                e.patient(),
                new Coverage(payerId, e.coverage().memberId(), e.coverage().groupNumber(), "self"),
                e.renderingProviderNpi(),
                e.diagnoses(),
                e.services());
    }

    private static EncounterCoded npi(EncounterCoded e, String npi) {
        return new EncounterCoded(
                e.encounterId(),
                e.externalId(),
                e.dateOfService(),
                e.placeOfService(),
                e.patient(),
                e.coverage(),
                npi,
                e.diagnoses(),
                e.services());
    }

    private static EncounterCoded withoutAddress(EncounterCoded e) {
        Patient p = e.patient();
        return new EncounterCoded(
                e.encounterId(),
                e.externalId(),
                e.dateOfService(),
                e.placeOfService(),
                new Patient(p.externalId(), p.firstName(), p.lastName(), p.dateOfBirth(), p.sex(), null),
                e.coverage(),
                e.renderingProviderNpi(),
                e.diagnoses(),
                e.services());
    }

    private static EncounterCoded services(EncounterCoded e, List<ServiceLine> services) {
        return new EncounterCoded(
                e.encounterId(),
                e.externalId(),
                e.dateOfService(),
                e.placeOfService(),
                e.patient(),
                e.coverage(),
                e.renderingProviderNpi(),
                e.diagnoses(),
                services);
    }

    private static EncounterCoded dateOfService(EncounterCoded e, LocalDate date) {
        return new EncounterCoded(
                e.encounterId(),
                e.externalId(),
                date,
                e.placeOfService(),
                e.patient(),
                e.coverage(),
                e.renderingProviderNpi(),
                e.diagnoses(),
                e.services());
    }
}
