package com.rcm.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Tenant isolation over every operation the platform's services publish in their OpenAPI documents.
 * Practice-a makes one of each of its records; then another practice's admin (practice-admin, biller
 * and coder: every practice role) calls every operation. Naming practice-a's ids answers 404, an
 * operation for a role the token lacks 403, and whatever comes back never carries one of practice-a's
 * ids. An operation without a case here fails {@link #everyPublishedOperationHasACase()}.
 * The clearinghouse simulator is not walked: it stands in for a clearinghouse outside the platform.
 */
class IsolationWalkTest {
    static final Map<String, String> SERVICES = Map.of(
            "coding",
            Api.CODING,
            "claims",
            Api.CLAIMS,
            "payments",
            Api.PAYMENTS,
            "patient-billing",
            Api.PATIENT_BILLING,
            "ops",
            Api.OPS);
    private static final String X12 = "application/edi-x12";

    private static PracticeAFixture a;
    private static KeycloakAdmin.Practice other;

    /** What the other practice's call must answer. */
    enum Expect {
        NOT_FOUND,
        FORBIDDEN,
        OWN_PRACTICE
    }

    /**
     * One operation, as the other practice calls it. {@code path} is the OpenAPI path; {@code url} the
     * one called; {@code why} says, for calls that name none of practice-a's ids, what they act on.
     */
    record Case(
            String service,
            String method,
            String path,
            String url,
            String body,
            String contentType,
            Expect expect,
            String why) {
        String operation() {
            return service + " " + method + " " + path;
        }
    }

    @BeforeAll
    static void practiceAHasOneOfEverything() {
        LocalPlatform.ensureStarted();
        a = PracticeAFixture.shared();
        other = KeycloakAdmin.newPractice();
    }

    @Test
    void everyPublishedOperationHasACase() {
        Set<String> published = new TreeSet<>();
        SERVICES.forEach((service, base) -> {
            Map<String, Map<String, Object>> paths = given().auth()
                    .oauth2(Tokens.of("olga-ops"))
                    .get(base + "/q/openapi?format=json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("paths");
            paths.forEach((path, operations) -> operations.keySet().stream()
                    .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                    .forEach(m -> published.add(service + " " + m.toUpperCase() + " " + path)));
        });
        Set<String> covered = cases(a).stream().map(Case::operation).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(published);
        missing.removeAll(covered);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(published);
        assertTrue(missing.isEmpty(), "operations with no isolation case: " + missing);
        assertTrue(stale.isEmpty(), "cases for operations no longer published: " + stale);
        Map<Expect, Long> byExpectation =
                cases(a).stream().collect(Collectors.groupingBy(Case::expect, Collectors.counting()));
        System.out.printf("isolation cases cover all %d published operations: %s%n", published.size(), byExpectation);
    }

    @TestFactory
    Stream<DynamicTest> anotherPracticeGetsNothingOfPracticeA() {
        return cases(a).stream().map(c -> DynamicTest.dynamicTest(c.operation(), () -> check(c)));
    }

    private static void check(Case c) {
        if (c.expect() == Expect.NOT_FOUND && c.method().equals("GET")) {
            // The id is real: practice-a itself reads it.
            int own = Api.as(PracticeAFixture.BILLER).get(c.url()).statusCode();
            assertEquals(200, own, c.operation() + " as practice-a");
        }
        Response response = send(Api.as(other.user()), c);
        int status = response.statusCode();
        switch (c.expect()) {
            case NOT_FOUND -> assertEquals(404, status, c.operation() + ": " + response.asString());
            case FORBIDDEN -> assertEquals(403, status, c.operation() + ": " + response.asString());
            case OWN_PRACTICE ->
                assertTrue(
                        status < 500,
                        c.operation() + " (" + c.why() + ") answered " + status + ": " + response.asString());
        }
        // Practice-a's ids the call did not name itself must not come back (a short number, such as an
        // unmatched payment's, would match anything and proves nothing: the UUIDs and patient ids do).
        String body = response.asString();
        List<String> leaked = a.ids.entrySet().stream()
                .filter(id -> id.getValue().length() >= 8
                        && !(c.url() + c.body()).contains(id.getValue())
                        && body.contains(id.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        assertTrue(leaked.isEmpty(), c.operation() + " showed practice-a's " + leaked + ": " + body);
    }

    static Response send(RequestSpecification request, Case c) {
        if (c.body() != null) {
            // REST Assured sends an X12 media type only as bytes.
            request = X12.equals(c.contentType())
                    ? request.contentType(X12).body(c.body().getBytes(StandardCharsets.UTF_8))
                    : request.contentType(c.contentType()).body(c.body());
        }
        return switch (c.method()) {
            case "GET" -> request.get(c.url());
            case "POST" -> request.post(c.url());
            case "PUT" -> request.put(c.url());
            case "DELETE" -> request.delete(c.url());
            default -> throw new IllegalArgumentException(c.method());
        };
    }

    // --- the cases ----------------------------------------------------------------------------------

    /** One call of every published operation, naming practice-a's records where the operation names one. */
    static List<Case> cases(PracticeAFixture a) {
        List<Case> all = new ArrayList<>();
        Function<String, String> id = a::id;
        String encounter = id.apply("encounter");
        String claim = id.apply("claim");
        String patient = id.apply("patient");
        String guarantor = id.apply("guarantor");
        String today = LocalDate.now().toString();

        // coding-service
        own(all, "coding", "GET", "/v1/code-sets", "/v1/code-sets", "code-set versions loaded: no practice's data");
        forbidden(all, "coding", "POST", "/v1/code-sets/age-sex", "/v1/code-sets/age-sex", "{}");
        forbidden(all, "coding", "POST", "/v1/code-sets/hcpcs", "/v1/code-sets/hcpcs?quarter=2026Q4", "x");
        forbidden(all, "coding", "POST", "/v1/code-sets/icd10cm", "/v1/code-sets/icd10cm?fiscalYear=2027", "x");
        forbidden(all, "coding", "GET", "/v1/code-sets/imports/{id}", "/v1/code-sets/imports/1", null);
        own(all, "coding", "GET", "/v1/codes/hcpcs/{code}", "/v1/codes/hcpcs/G0008", "a code's reference data");
        own(all, "coding", "GET", "/v1/codes/icd10cm", "/v1/codes/icd10cm?q=E11", "code search, reference data");
        own(all, "coding", "GET", "/v1/coding-queue", "/v1/coding-queue", "the caller's own coding queue");
        own(all, "coding", "GET", "/v1/coding-queue/edits", "/v1/coding-queue/edits", "the caller's queue by edit");
        own(
                all,
                "coding",
                "POST",
                "/v1/coding-rules/mue",
                "/v1/coding-rules/mue?effectiveDate=" + today,
                "",
                "text/csv",
                "the caller's own MUE table");
        own(
                all,
                "coding",
                "POST",
                "/v1/coding-rules/ncci-ptp",
                "/v1/coding-rules/ncci-ptp",
                "",
                "text/csv",
                "the caller's own NCCI table");
        own(
                all,
                "coding",
                "POST",
                "/v1/encounters",
                "/v1/encounters",
                Api.encounter("EHR-OTHER-" + System.nanoTime(), "OTHER-PATIENT"),
                "application/json",
                "creates an encounter in the caller's practice");
        notFound(all, "coding", "GET", "/v1/encounters/{id}", "/v1/encounters/" + encounter, null);
        notFound(
                all, "coding", "POST", "/v1/encounters/{id}/approve", "/v1/encounters/" + encounter + "/approve", "{}");
        notFound(all, "coding", "GET", "/v1/encounters/{id}/audit", "/v1/encounters/" + encounter + "/audit", null);
        notFound(
                all,
                "coding",
                "PUT",
                "/v1/encounters/{id}/codes",
                "/v1/encounters/" + encounter + "/codes",
                "{\"diagnoses\": [\"E11.9\"]}");
        notFound(
                all,
                "coding",
                "POST",
                "/v1/encounters/{id}/edits/run",
                "/v1/encounters/" + encounter + "/edits/run",
                "{}");
        notFound(
                all,
                "coding",
                "POST",
                "/v1/encounters/{id}/provider-queries",
                "/v1/encounters/" + encounter + "/provider-queries",
                "{\"question\": \"Which side?\"}");
        notFound(
                all,
                "coding",
                "GET",
                "/v1/encounters/{id}/provider-queries",
                "/v1/encounters/" + encounter + "/provider-queries",
                null);
        notFound(
                all,
                "coding",
                "POST",
                "/v1/encounters/{id}/provider-queries/{queryId}/answer",
                "/v1/encounters/" + encounter + "/provider-queries/1/answer",
                "{\"answer\": \"Left.\"}");
        notFound(
                all,
                "coding",
                "POST",
                "/v1/encounters/{id}/void",
                "/v1/encounters/" + encounter + "/void",
                "{\"reason\": \"entered in error\"}");

        // claims-service
        own(
                all,
                "claims",
                "GET",
                "/v1/claims",
                "/v1/claims?encounterId=" + encounter,
                "the caller's claims: practice-a's encounter id finds none");
        own(all, "claims", "GET", "/v1/claims/deadlines", "/v1/claims/deadlines", "the caller's filing deadlines");
        notFound(all, "claims", "GET", "/v1/claims/{id}", "/v1/claims/" + claim, null);
        notFound(
                all,
                "claims",
                "POST",
                "/v1/claims/{id}/appeal",
                "/v1/claims/" + claim + "/appeal",
                "{\"reason\": \"medically necessary\"}");
        notFound(all, "claims", "POST", "/v1/claims/{id}/replacement", "/v1/claims/" + claim + "/replacement", "{}");
        notFound(all, "claims", "POST", "/v1/claims/{id}/resubmit", "/v1/claims/" + claim + "/resubmit", "{}");
        notFound(
                all,
                "claims",
                "POST",
                "/v1/claims/{id}/status-inquiry",
                "/v1/claims/" + claim + "/status-inquiry",
                null);
        notFound(all, "claims", "POST", "/v1/claims/{id}/void", "/v1/claims/" + claim + "/void", null);
        notFound(all, "claims", "GET", "/v1/claims/{id}/x12", "/v1/claims/" + claim + "/x12", null);
        String check = """
                {"patientId": "OTHER-PATIENT", "firstName": "Ann", "lastName": "Lee", "dateOfBirth": "1970-01-01",
                 "payerId": "SIMCOMM", "memberId": "M123456", "dateOfService": "2026-11-02"}""";
        own(
                all,
                "claims",
                "POST",
                "/v1/eligibility",
                "/v1/eligibility",
                check,
                "application/json",
                "checks eligibility for the caller's patient");
        own(
                all,
                "claims",
                "POST",
                "/v1/eligibility/batch",
                "/v1/eligibility/batch",
                "{\"checks\": [" + check + "]}",
                "application/json",
                "checks eligibility for the caller's patients");
        notFound(all, "claims", "GET", "/v1/eligibility/{id}", "/v1/eligibility/" + id.apply("eligibility"), null);
        notFound(
                all,
                "claims",
                "GET",
                "/v1/eligibility/{id}/x12",
                "/v1/eligibility/" + id.apply("eligibility") + "/x12",
                null);
        own(
                all,
                "claims",
                "POST",
                "/v1/estimates",
                "/v1/estimates",
                "{\"patient\": " + check + ", \"services\": [{\"code\": \"99213\", \"units\": 1}]}",
                "application/json",
                "estimates for the caller's patient");
        forbidden(all, "claims", "PUT", "/v1/billing-npis/{npi}", "/v1/billing-npis/1111111112", null);
        own(all, "claims", "GET", "/v1/setup", "/v1/setup", "the caller's practice setup");
        // A billing NPI belongs to one practice: the other practice registers one of its own.
        own(
                all,
                "claims",
                "PUT",
                "/v1/setup/billing-provider",
                "/v1/setup/billing-provider",
                """
                {"name": "Other Clinic", "npi": "%s", "tin": "741111111", "taxonomy": "207Q00000X",
                 "addressLine1": "2 Other St", "city": "Austin", "state": "TX", "postalCode": "787011234",
                 "claimPrefix": "OT"}""".formatted(ClaimsSetup.newNpi()),
                "application/json",
                "sets the caller's billing provider");
        own(
                all,
                "claims",
                "PUT",
                "/v1/setup/fee-schedule/{code}",
                "/v1/setup/fee-schedule/99213",
                "{\"chargeCents\": 15000, \"effectiveFrom\": \"2026-01-01\"}",
                "application/json",
                "sets the caller's fee");
        own(
                all,
                "claims",
                "PUT",
                "/v1/setup/payers/{payerId}",
                "/v1/setup/payers/SIMCOMM",
                "{\"name\": \"SIM COMMERCIAL\", \"claimFilingIndicator\": \"CI\", \"timelyFilingDays\": 180}",
                "application/json",
                "payer ids name payers, not a practice's records: sets the caller's payer");
        own(
                all,
                "claims",
                "PUT",
                "/v1/setup/rendering-providers/{npi}",
                "/v1/setup/rendering-providers/1234567893",
                "{\"lastName\": \"SMITH\", \"firstName\": \"JOHN\", \"taxonomy\": \"207Q00000X\"}",
                "application/json",
                "adds the caller's rendering provider");

        // payments-service
        forbidden(all, "payments", "POST", "/v1/clearinghouse/remittances", "/v1/clearinghouse/remittances", "ISA");
        forbidden(all, "payments", "GET", "/v1/clearinghouse/unroutable", "/v1/clearinghouse/unroutable", null);
        forbidden(
                all,
                "payments",
                "POST",
                "/v1/clearinghouse/unroutable/{id}/route",
                "/v1/clearinghouse/unroutable/any/route",
                null);
        own(
                all,
                "payments",
                "GET",
                "/v1/contracts/{payerId}/rates",
                "/v1/contracts/SIMCOMM/rates",
                "the caller's contract with a payer");
        own(
                all,
                "payments",
                "PUT",
                "/v1/contracts/{payerId}/rates/{code}",
                "/v1/contracts/SIMCOMM/rates/99213",
                "{\"allowedCents\": 12000}",
                "application/json",
                "sets the caller's contract rate");
        own(all, "payments", "GET", "/v1/deposits", "/v1/deposits", "the caller's deposits");
        own(all, "payments", "GET", "/v1/exceptions", "/v1/exceptions", "the caller's posting exceptions");
        own(all, "payments", "GET", "/v1/provider-adjustments", "/v1/provider-adjustments", "the caller's PLBs");
        own(
                all,
                "payments",
                "POST",
                "/v1/remittances",
                "/v1/remittances",
                "ISA*00*",
                X12,
                "the caller's own 835 upload (a bad one here: its error names nothing of practice-a)");
        own(
                all,
                "payments",
                "GET",
                "/v1/remittances",
                "/v1/remittances?claimId=" + claim,
                "the caller's remittances: practice-a's claim id finds none");
        notFound(all, "payments", "GET", "/v1/remittances/{id}", "/v1/remittances/" + id.apply("remittance"), null);
        notFound(
                all,
                "payments",
                "GET",
                "/v1/remittances/{id}/x12",
                "/v1/remittances/" + id.apply("remittance") + "/x12",
                null);
        own(all, "payments", "GET", "/v1/underpayments", "/v1/underpayments", "the caller's underpayments");
        own(all, "payments", "GET", "/v1/unmatched", "/v1/unmatched", "the caller's unmatched payments");
        notFound(
                all,
                "payments",
                "POST",
                "/v1/unmatched/{id}/match",
                "/v1/unmatched/" + id.apply("unmatched") + "/match",
                "{\"claimId\": \"" + claim + "\"}");

        // patient-billing-service
        own(all, "patient-billing", "GET", "/v1/ar-aging", "/v1/ar-aging", "the caller's patient A/R");
        own(all, "patient-billing", "POST", "/v1/billing-cycle/runs", "/v1/billing-cycle/runs", "the caller's cycle");
        own(all, "patient-billing", "GET", "/v1/billing-policy", "/v1/billing-policy", "the caller's policy");
        own(
                all,
                "patient-billing",
                "PUT",
                "/v1/billing-policy",
                "/v1/billing-policy",
                """
                {"dueDays": 30, "cycleDays": 30, "finalNoticeAfterDays": 60, "collectionsAfterDays": 120,
                 "smallBalanceCents": 500, "planGraceDays": 10}""",
                "application/json",
                "sets the caller's policy");
        notFound(all, "patient-billing", "GET", "/v1/guarantors/{guarantorId}", "/v1/guarantors/" + guarantor, null);
        notFound(
                all,
                "patient-billing",
                "POST",
                "/v1/guarantors/{guarantorId}/payment-plans",
                "/v1/guarantors/" + guarantor + "/payment-plans",
                "{\"installmentCents\": 500, \"frequency\": " + "\"MONTHLY\", \"firstDueOn\": \""
                        + LocalDate.now().plusDays(30) + "\"}");
        notFound(
                all,
                "patient-billing",
                "GET",
                "/v1/patients/{patientId}/account",
                "/v1/patients/" + patient + "/account",
                null);
        notFound(
                all,
                "patient-billing",
                "POST",
                "/v1/patients/{patientId}/adjustments",
                "/v1/patients/" + patient + "/adjustments",
                "{\"kind\": \"HARDSHIP\", \"amountCents\": 100, \"reason\": \"hardship\", "
                        + "\"approvedBy\": \"office manager\"}");
        notFound(
                all,
                "patient-billing",
                "PUT",
                "/v1/patients/{patientId}/guarantor",
                "/v1/patients/" + patient + "/guarantor",
                "{\"guarantorId\": \"G-OTHER\", \"firstName\": \"Ann\", \"lastName\": \"Lee\"}");
        notFound(
                all,
                "patient-billing",
                "POST",
                "/v1/patients/{patientId}/payments",
                "/v1/patients/" + patient + "/payments",
                "{\"amountCents\": 100, \"method\": \"CARD\"}");
        notFound(
                all,
                "patient-billing",
                "GET",
                "/v1/patients/{patientId}/statements",
                "/v1/patients/" + patient + "/statements",
                null);
        notFound(
                all, "patient-billing", "GET", "/v1/payment-plans/{id}", "/v1/payment-plans/" + id.apply("plan"), null);
        own(all, "patient-billing", "GET", "/v1/refunds", "/v1/refunds", "the caller's refund requests");
        notFound(
                all,
                "patient-billing",
                "POST",
                "/v1/refunds/{id}/issue",
                "/v1/refunds/" + id.apply("refund") + "/issue",
                "{\"reference\": \"CHK-1\", \"issuedBy\": \"office manager\"}");
        notFound(all, "patient-billing", "GET", "/v1/statements/{id}", "/v1/statements/" + id.apply("statement"), null);

        // ops-dashboard
        own(all, "ops", "GET", "/v1/dead-letters", "/v1/dead-letters", "the caller's dead letters");
        notFound(all, "ops", "GET", "/v1/dead-letters/{id}", "/v1/dead-letters/" + id.apply("deadLetter"), null);
        forbidden(
                all,
                "ops",
                "POST",
                "/v1/dead-letters/{id}/replay",
                "/v1/dead-letters/" + id.apply("deadLetter") + "/replay",
                null);
        own(all, "ops", "GET", "/v1/denials/summary", "/v1/denials/summary", "the caller's denials");
        notFound(
                all, "ops", "GET", "/v1/encounters/{id}/lifecycle", "/v1/encounters/" + encounter + "/lifecycle", null);
        own(all, "ops", "GET", "/v1/me", "/v1/me", "the caller themself");
        own(all, "ops", "GET", "/v1/pipeline", "/v1/pipeline", "the caller's pipeline");
        own(all, "ops", "GET", "/v1/pipeline/daily", "/v1/pipeline/daily", "the caller's pipeline by day");
        own(all, "ops", "GET", "/v1/receivables/aging", "/v1/receivables/aging", "the caller's A/R");
        own(all, "ops", "GET", "/v1/rejections", "/v1/rejections", "the caller's rejections");
        own(
                all,
                "ops",
                "GET",
                "/v1/remittances/warnings",
                "/v1/remittances/warnings",
                "the caller's payers' 835s and their guide warnings");
        own(all, "ops", "GET", "/v1/stuck-encounters", "/v1/stuck-encounters", "the caller's stuck encounters");

        // every service: its audit log, for ops only
        SERVICES.keySet().stream()
                .sorted()
                .forEach(service -> forbidden(
                        all, service, "GET", "/v1/audit-log", "/v1/audit-log?actor=" + PracticeAFixture.BILLER, null));
        return all;
    }

    private static void notFound(List<Case> all, String service, String method, String path, String url, String body) {
        all.add(new Case(
                service, method, path, SERVICES.get(service) + url, body, "application/json", Expect.NOT_FOUND, null));
    }

    private static void forbidden(List<Case> all, String service, String method, String path, String url, String body) {
        all.add(new Case(
                service, method, path, SERVICES.get(service) + url, body, "text/plain", Expect.FORBIDDEN, null));
    }

    private static void own(List<Case> all, String service, String method, String path, String url, String why) {
        own(all, service, method, path, url, null, null, why);
    }

    private static void own(
            List<Case> all,
            String service,
            String method,
            String path,
            String url,
            String body,
            String contentType,
            String why) {
        all.add(new Case(
                service, method, path, SERVICES.get(service) + url, body, contentType, Expect.OWN_PRACTICE, why));
    }
}
