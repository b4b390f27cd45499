package com.rcm.patientbilling;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import com.rcm.events.Topics;
import com.rcm.patientbilling.support.PaymentEvents;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a platform team scrapes at /q/metrics: events in and out by type, the outbox backlog, consumer lag. */
@QuarkusTest
@PatientBillingTestResources
class MetricsTests {

    @Test
    void eventsInAndOutTheOutboxBacklogAndConsumerLagAreExposedInPrometheusFormat() {
        PaymentEvents.Published posted =
                PaymentEvents.publish("practice-a", PaymentEvents.contractExample(PaymentEvents.newPatientId()));
        EventTap.await(
                Topics.PATIENT_BILLING_EVENTS,
                EventTap.ofType("billing.statement.issued.v1", posted.encounterId()),
                Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .body(matchesPattern("(?s).*billing_events_in_total\\{[^}]*outcome=\"processed\""
                                + "[^}]*type=\"billing.payment.posted.v1\"[^}]*} [1-9].*"))
                        .body(matchesPattern(
                                "(?s).*billing_events_out_total\\{[^}]*type=\"billing.statement.issued.v1\""
                                        + "[^}]*} [1-9].*"))
                        .body(containsString("billing_outbox_backlog"))
                        .body(containsString("billing_outbox_oldest_age_seconds"))
                        .body(containsString("kafka_consumer_fetch_manager_records_lag")));
    }
}
