package com.rcm.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The operations screen in headless Chromium, signed in through Keycloak's own login page. A practice
 * brought on without its claims setup makes a real dead letter (claims-service cannot bill it); ops
 * sees it within seconds, the practice admin fixes the setup, ops replays it from the screen and
 * watches the encounter go through to PATIENT_BILLED. Screenshots: system-tests/target/screenshots.
 */
class DashboardBrowserTest {
    private static final Duration SCREEN = Duration.ofSeconds(30);

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.ensureStarted();
    }

    @Test
    void opsSeesThePipelineOpensAStuckEncounterAndReplaysADeadLetterToCompletion() {
        KeycloakAdmin.Practice practice = KeycloakAdmin.newPractice();
        String patient = "SYS-DLQ-" + UUID.randomUUID().toString().substring(0, 8);

        try (Browser ops = new Browser().signIn("olga-ops", Tokens.passwordOf("olga-ops"))) {
            assertTrue(ops.text("who").contains("all practices"), ops.text("who"));
            ops.open("dead-letters");

            // The bad event: claims-service cannot bill a practice with no billing provider.
            long submitted = System.nanoTime();
            String encounter =
                    Api.submit(practice.user(), "key-" + UUID.randomUUID(), Api.encounter("EHR-" + patient, patient));
            String row = "#dead-letters-table tr[data-encounter='" + encounter + "']";
            ops.waitFor(SCREEN, d -> !ops.all(row).isEmpty());
            Instant seen = Instant.now();
            double sinceSubmitted = (System.nanoTime() - submitted) / 1e9;
            Instant deadLettered = OffsetDateTime.parse(Api.as("olga-ops")
                            .get(Api.OPS + "/v1/dead-letters")
                            .then()
                            .extract()
                            .<String>path("find { it.encounterId == '%s' }.deadLetteredAt".formatted(encounter)))
                    .toInstant();
            double seenAfter = Duration.between(deadLettered, seen).toMillis() / 1e3;
            System.out.printf(
                    "dead letter on the screen %.1f s after claims-service dead-lettered it, %.1f s after "
                            + "the encounter was submitted%n",
                    seenAfter, sinceSubmitted);
            assertTrue(seenAfter < 10, "a dead letter shows within seconds, took " + seenAfter + " s");
            WebElement letter = ops.find(row);
            assertTrue(letter.getText().contains("has no billing provider set up"), letter.getText());
            letter.click();
            ops.waitFor(
                    SCREEN,
                    d -> ops.find("#dead-letter").isDisplayed()
                            && ops.text("dead-letter-stage").equals("CODED"));
            ops.screenshot("ops-dead-letter");

            // Pipeline: every practice, the new one among them, its encounter standing at CODED.
            ops.open("pipeline");
            String pipelineRow = "#pipeline-table tr[data-tenant='" + practice.tenantId() + "']";
            ops.waitFor(SCREEN, d -> !ops.all(pipelineRow).isEmpty());
            assertEquals("1", ops.find(pipelineRow + " td[data-stage='CODED']").getText());
            ops.screenshot("ops-pipeline");

            // Stuck: no progress past CODED beyond the limit (the system tests set it to seconds).
            ops.open("stuck");
            String stuck = "#stuck-table tr[data-encounter='" + encounter + "']";
            ops.waitFor(SCREEN, d -> !ops.all(stuck).isEmpty());
            ops.find(stuck).click();
            ops.waitFor(
                    SCREEN,
                    d -> ops.find("#timeline").isDisplayed()
                            && ops.text("timeline-stage").equals("CODED"));
            assertTrue(ops.text("timeline-steps").contains("RECEIVED"), ops.text("timeline-steps"));
            ops.screenshot("ops-stuck-encounter");

            // The cause fixed by the practice's admin, ops replays the message from the screen.
            ClaimsSetup.forNewPractice(practice.user());
            ops.open("dead-letters");
            ops.waitFor(SCREEN, d -> ops.find("#dead-letter").isDisplayed());
            ops.find("#replay").click();
            ops.waitFor(SCREEN, d -> ops.text("dead-letter-replays").contains("olga-ops"));
            long replayed = System.nanoTime();
            ops.waitFor(
                    Duration.ofSeconds(120), d -> ops.text("dead-letter-stage").equals("PATIENT_BILLED"));
            System.out.printf(
                    "replayed dead letter reached PATIENT_BILLED %.1f s after the replay%n",
                    (System.nanoTime() - replayed) / 1e9);
            ops.screenshot("ops-dead-letter-replayed");

            // Payer files: the replayed encounter's 835 among the new practice's payments per payer.
            ops.open("payer-files");
            String payerRow = "#payer-files-table tr[data-tenant='" + practice.tenantId() + "']";
            ops.waitFor(SCREEN, d -> !ops.all(payerRow).isEmpty());
            assertEquals("SIMCOMM", ops.find(payerRow + " td:nth-child(2)").getText());
            ops.screenshot("ops-payer-files");

            // Exactly one claim for the replayed encounter, and the replay on record.
            List<Object> claims = Api.as(practice.user())
                    .queryParam("encounterId", encounter)
                    .get(Api.CLAIMS + "/v1/claims")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("$");
            assertEquals(1, claims.size(), "one claim for the replayed encounter");
            Api.as("olga-ops")
                    .get(Api.OPS + "/v1/dead-letters/{id}", deadLetterOf(encounter))
                    .then()
                    .statusCode(200)
                    .body("replays.replayedBy", hasItem("olga-ops"));
        }
    }

    @Test
    void aPracticeUserSeesOnlyTheirOwnPractice() {
        String own = Api.submit(
                "alice-biller",
                "key-" + UUID.randomUUID(),
                Api.encounter(
                        "EHR-OWN-" + UUID.randomUUID(),
                        "SYS-OWN-" + UUID.randomUUID().toString().substring(0, 8)));
        // Another practice's dead letter, which ops sees and practice-a must not.
        KeycloakAdmin.Practice other = KeycloakAdmin.newPractice();
        String foreign = Api.submit(
                other.user(),
                "key-" + UUID.randomUUID(),
                Api.encounter("EHR-FOREIGN-" + UUID.randomUUID(), "SYS-FOREIGN"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> Api.as("olga-ops")
                        .get(Api.OPS + "/v1/dead-letters")
                        .then()
                        .statusCode(200)
                        .body("encounterId", hasItem(foreign)));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> Api.as("alice-biller")
                        .get(Api.OPS + "/v1/encounters/{id}/lifecycle", own)
                        .then()
                        .statusCode(200));

        try (Browser alice = new Browser().signIn("alice-biller", Tokens.passwordOf("alice-biller"))) {
            assertTrue(alice.text("who").contains("practice-a"), alice.text("who"));
            alice.waitFor(
                    SCREEN,
                    d -> !alice.all("#pipeline-table tr[data-tenant='practice-a']")
                            .isEmpty());
            assertEquals(List.of("practice-a"), tenantsIn(alice, "#pipeline-table tbody tr"));
            alice.screenshot("practice-pipeline");

            alice.open("dead-letters");
            alice.waitFor(SCREEN, d -> alice.find("#dead-letters-table tbody") != null);
            assertTrue(alice.all("#dead-letters-table tr[data-encounter='" + foreign + "']")
                    .isEmpty());
            assertFalse(
                    tenantsIn(alice, "#dead-letters-table tbody tr").stream().anyMatch(t -> !t.equals("practice-a")));
            alice.screenshot("practice-dead-letters");

            alice.open("aging");
            assertFalse(tenantsIn(alice, "#aging-table tbody tr").stream().anyMatch(t -> !t.equals("practice-a")));
        }
        // Nor can the API be talked into it: another practice's encounter is not found.
        Api.as("alice-biller")
                .get(Api.OPS + "/v1/encounters/{id}/lifecycle", foreign)
                .then()
                .statusCode(404);
    }

    private static List<String> tenantsIn(Browser browser, String rows) {
        return browser.all(rows).stream()
                .map(r -> r.getAttribute("data-tenant"))
                .distinct()
                .toList();
    }

    private static String deadLetterOf(String encounter) {
        return Api.as("olga-ops")
                .get(Api.OPS + "/v1/dead-letters")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.encounterId == '%s' }.id".formatted(encounter));
    }
}
