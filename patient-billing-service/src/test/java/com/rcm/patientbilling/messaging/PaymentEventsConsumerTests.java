package com.rcm.patientbilling.messaging;

import static com.rcm.patientbilling.support.Accounts.awaitBalance;
import static com.rcm.patientbilling.support.PaymentEvents.CONTRACT_PATIENT_RESPONSIBILITY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.EventJson;
import com.rcm.events.Topics;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.events.payload.StatementIssued;
import com.rcm.patientbilling.PatientBillingTestResources;
import com.rcm.patientbilling.support.Accounts;
import com.rcm.patientbilling.support.PaymentEvents;
import com.rcm.testkit.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PatientBillingTestResources
class PaymentEventsConsumerTests {

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPostedClaimPaymentOpensTheAccountChargesThePatientAndAnnouncesTheStatement() {
        String patient = PaymentEvents.newPatientId();
        PaymentEvents.Published posted = PaymentEvents.publish("practice-a", PaymentEvents.contractExample(patient));

        awaitBalance(patient, CONTRACT_PATIENT_RESPONSIBILITY);
        given().get("/v1/patients/{id}/account", patient)
                .then()
                .body("patientId", equalTo(patient))
                .body("guarantorId", equalTo(patient))
                .body("entries", hasSize(1))
                .body("entries[0].kind", equalTo("PATIENT_RESPONSIBILITY"))
                .body("entries[0].amountCents", equalTo((int) CONTRACT_PATIENT_RESPONSIBILITY))
                .body("entries[0].claimId", equalTo(posted.payload().claimId()))
                .body("entries[0].encounterId", equalTo(posted.encounterId()));

        ConsumerRecord<String, String> record = EventTap.await(
                Topics.PATIENT_BILLING_EVENTS,
                EventTap.ofType("billing.statement.issued.v1", posted.encounterId()),
                Duration.ofSeconds(20));
        assertEquals("practice-a:" + posted.encounterId(), record.key());
        assertEquals("practice-a", EventTap.header(record, CloudEventHeaders.TENANT_ID));
        assertEquals("/patient-billing-service", EventTap.header(record, CloudEventHeaders.SOURCE));
        assertEquals(posted.eventId(), EventTap.header(record, CloudEventHeaders.CAUSATION_ID));
        StatementIssued issued = EventJson.read(record.value(), StatementIssued.class);
        assertEquals(CONTRACT_PATIENT_RESPONSIBILITY, issued.amountDueCents());
        assertEquals(patient, issued.patientId());
        assertEquals(List.of(posted.encounterId()), issued.encounterIds());
        assertEquals(LocalDate.now().plusDays(30), issued.dueDate());

        given().get("/v1/patients/{id}/statements", patient)
                .then()
                .statusCode(200)
                .body("id", contains(issued.statementId()))
                .body("[0].amountDueCents", equalTo((int) CONTRACT_PATIENT_RESPONSIBILITY));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theSamePostingDeliveredTwiceChargesOnceAndIssuesOneStatement() {
        String patient = PaymentEvents.newPatientId();
        PaymentEvents.Published posted = PaymentEvents.publish("practice-a", PaymentEvents.contractExample(patient));
        awaitBalance(patient, CONTRACT_PATIENT_RESPONSIBILITY);
        EventTap.await(
                Topics.PATIENT_BILLING_EVENTS,
                EventTap.ofType("billing.statement.issued.v1", posted.encounterId()),
                Duration.ofSeconds(20));

        PaymentEvents.deliver(posted);
        // A claim paid in full for the patient, behind the redelivery on its partition: once it is settled,
        // the redelivery has been consumed.
        PaymentEvents.Published sentinel = PaymentEvents.publishBehind(posted, PaymentEvents.paidInFull(patient));
        EventTap.await(
                Topics.PATIENT_BILLING_EVENTS,
                EventTap.ofType("billing.balance.settled.v1", sentinel.encounterId()),
                Duration.ofSeconds(20));

        given().get("/v1/patients/{id}/account", patient)
                .then()
                .body("entries", hasSize(1))
                .body("balanceCents", equalTo((int) CONTRACT_PATIENT_RESPONSIBILITY));
        // Two statement batches (1 s apart) later, still one statement.
        long statementsForFirst = EventTap.readAll(Topics.PATIENT_BILLING_EVENTS, Duration.ofSeconds(3)).stream()
                .filter(EventTap.ofType("billing.statement.issued.v1", posted.encounterId()))
                .count();
        assertEquals(1, statementsForFirst, "a redelivered posting must not issue a second statement");
        given().get("/v1/patients/{id}/statements", patient).then().body("$", hasSize(1));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void theSameClaimPaymentAnnouncedAgainUnderANewEventIdChargesOnce() {
        String patient = PaymentEvents.newPatientId();
        PaymentEvents.Published posted = PaymentEvents.publish("practice-a", PaymentEvents.contractExample(patient));
        awaitBalance(patient, CONTRACT_PATIENT_RESPONSIBILITY);

        PaymentEvents.publishBehind(posted, posted.payload());
        PaymentEvents.publishBehind(posted, PaymentEvents.contractExample(patient));
        awaitBalance(patient, 2 * CONTRACT_PATIENT_RESPONSIBILITY);
        given().get("/v1/patients/{id}/account", patient).then().body("entries", hasSize(2));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aClaimPaidInFullOpensTheAccountButSendsNoStatement() {
        String patient = PaymentEvents.newPatientId();
        PaymentEvents.publish("practice-a", PaymentEvents.paidInFull(patient));
        awaitBalance(patient, 0);
        given().get("/v1/patients/{id}/account", patient).then().body("entries", hasSize(0));
        given().get("/v1/patients/{id}/statements", patient)
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void anUnpaidBalanceIsCarriedIntoTheNextStatement() {
        String patient = PaymentEvents.newPatientId();
        PaymentEvents.Published first = PaymentEvents.publish("practice-a", PaymentEvents.contractExample(patient));
        EventTap.await(
                Topics.PATIENT_BILLING_EVENTS,
                EventTap.ofType("billing.statement.issued.v1", first.encounterId()),
                Duration.ofSeconds(20));
        PaymentEvents.Published second = PaymentEvents.publish("practice-a", PaymentEvents.contractExample(patient));

        // The new statement is keyed by the oldest encounter it bills and lists both.
        ConsumerRecord<String, String> record = EventTap.await(
                Topics.PATIENT_BILLING_EVENTS,
                r -> EventTap.ofType("billing.statement.issued.v1", first.encounterId())
                                .test(r)
                        && EventJson.read(r.value(), StatementIssued.class)
                                .encounterIds()
                                .contains(second.encounterId()),
                Duration.ofSeconds(20));
        StatementIssued issued = EventJson.read(record.value(), StatementIssued.class);
        assertEquals(2 * CONTRACT_PATIENT_RESPONSIBILITY, issued.amountDueCents());
        assertEquals(List.of(first.encounterId(), second.encounterId()), issued.encounterIds());
        given().get("/v1/patients/{id}/statements", patient)
                .then()
                .body("amountDueCents", contains((int) CONTRACT_PATIENT_RESPONSIBILITY, (int)
                        (2 * CONTRACT_PATIENT_RESPONSIBILITY)))
                .body("previousBalanceCents", contains(0, (int) CONTRACT_PATIENT_RESPONSIBILITY));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void thePatientIsBilledOnlyWhatTheLastPayerLeaves() {
        String patient = PaymentEvents.newPatientId();
        PaymentPosted primary = PaymentEvents.awaitingSupplemental(patient);
        PaymentEvents.Published first = PaymentEvents.publish("practice-a", primary);
        PaymentEvents.publishBehind(first, PaymentEvents.supplementalAfter(primary));

        // Not the primary's 29.60 too: only the 14.80 SIMSUPP left.
        awaitBalance(patient, 1480);
        given().get("/v1/patients/{id}/account", patient).then().body("entries", hasSize(1));
        StatementIssued issued = EventJson.read(
                EventTap.await(
                                Topics.PATIENT_BILLING_EVENTS,
                                EventTap.ofType("billing.statement.issued.v1", first.encounterId()),
                                Duration.ofSeconds(20))
                        .value(),
                StatementIssued.class);
        assertEquals(1480, issued.amountDueCents());
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-cob-1"))
    void aShareWhoseNextPayerIsSlowIsBilledAtTheDeadlineAndCorrectedWhenThatPayerDecides() {
        String patient = PaymentEvents.newPatientId();
        PaymentPosted primary = PaymentEvents.awaitingSupplemental(patient);
        PaymentEvents.Published first = PaymentEvents.publish("practice-cob-1", primary);
        awaitBalance(patient, 0);

        Accounts.runCycle(LocalDate.now().plusDays(44));
        given().get("/v1/patients/{id}/account", patient).then().body("balanceCents", equalTo(0));
        assertEquals(1, Accounts.runCycle(LocalDate.now().plusDays(45)).getInt("sharesBilledAfterWaiting"));
        awaitBalance(patient, CONTRACT_PATIENT_RESPONSIBILITY);

        // SIMSUPP answers after all: it paid half of the 29.60, which comes off the balance.
        PaymentEvents.publishBehind(first, PaymentEvents.supplementalAfter(primary));
        awaitBalance(patient, 1480);
        given().get("/v1/patients/{id}/account", patient)
                .then()
                .body("entries.kind", contains("PATIENT_RESPONSIBILITY", "LATER_PAYER_ADJUSTMENT"))
                .body("entries.amountCents", contains((int) CONTRACT_PATIENT_RESPONSIBILITY, -1480));
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-cob-2"))
    void aThirdPayersDecisionEndsTheWaitsForTheSecondAndTheThirdSoNothingIsBilledTwiceLater() {
        String patient = PaymentEvents.newPatientId();
        PaymentPosted primary = PaymentEvents.awaitingSupplemental(patient);
        PaymentEvents.Published first = PaymentEvents.publish("practice-cob-2", primary);
        PaymentEvents.Published second =
                PaymentEvents.publishBehind(first, PaymentEvents.secondaryPayingNothing(primary));
        PaymentEvents.publishBehind(second, PaymentEvents.tertiaryAfter(primary));
        awaitBalance(patient, 1480);

        assertEquals(0, Accounts.runCycle(LocalDate.now().plusDays(46)).getInt("sharesBilledAfterWaiting"));
        given().get("/v1/patients/{id}/account", patient)
                .then()
                .body("balanceCents", equalTo(1480))
                .body("entries", hasSize(1));
    }

    @Test
    @TestSecurity(user = "carol-admin", roles = "practice-admin")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-cob-3"))
    void aShareBilledAtItsDeadlineFollowsEachLaterPayersDecision() {
        String patient = PaymentEvents.newPatientId();
        PaymentPosted primary = PaymentEvents.awaitingSupplemental(patient);
        PaymentEvents.Published first = PaymentEvents.publish("practice-cob-3", primary);
        awaitBalance(patient, 0);
        assertEquals(1, Accounts.runCycle(LocalDate.now().plusDays(45)).getInt("sharesBilledAfterWaiting"));
        awaitBalance(patient, CONTRACT_PATIENT_RESPONSIBILITY);

        // The secondary leaves the same 29.60 and names a third payer; the third pays half of it.
        PaymentEvents.Published second =
                PaymentEvents.publishBehind(first, PaymentEvents.secondaryPayingNothing(primary));
        PaymentEvents.publishBehind(second, PaymentEvents.tertiaryAfter(primary));
        awaitBalance(patient, 1480);
        assertEquals(0, Accounts.runCycle(LocalDate.now().plusDays(91)).getInt("sharesBilledAfterWaiting"));
        given().get("/v1/patients/{id}/account", patient)
                .then()
                .body("balanceCents", equalTo(1480))
                .body("entries.kind", contains("PATIENT_RESPONSIBILITY", "LATER_PAYER_ADJUSTMENT"))
                .body("entries.amountCents", contains((int) CONTRACT_PATIENT_RESPONSIBILITY, -1480));
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aLaterPayerThatPaysWhatThePrimaryLeftSettlesTheEncounterWithoutAStatement() {
        String patient = PaymentEvents.newPatientId();
        PaymentPosted primary = PaymentEvents.awaitingSupplemental(patient);
        PaymentEvents.Published first = PaymentEvents.publish("practice-a", primary);
        PaymentEvents.publishBehind(first, PaymentEvents.laterPayerPaysTheRest(primary));

        EventTap.await(
                Topics.PATIENT_BILLING_EVENTS,
                EventTap.ofType("billing.balance.settled.v1", first.encounterId()),
                Duration.ofSeconds(20));
        given().get("/v1/patients/{id}/account", patient)
                .then()
                .body("balanceCents", equalTo(0))
                .body("entries", hasSize(0));
        given().get("/v1/patients/{id}/statements", patient)
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }
}
