package com.rcm.claims.x12;

import com.rcm.claims.domain.PayerSetup;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.x12.Address;
import com.rcm.x12.claim.OtherPayer;
import com.rcm.x12.claim.Patient;
import com.rcm.x12.claim.ProfessionalClaim;
import com.rcm.x12.claim.Subscriber;
import java.util.Optional;

/**
 * The people of an encounter as the 837P names them: the subscriber (2000B), a dependent patient
 * (2000C) and, for each earlier payer, its subscriber (2330A). A dependent (spouse, child) is billed
 * under the insured's subscriber loop with a patient loop of their own; otherwise the patient is the
 * subscriber. The encounter's people are libs/events' records of the same names as libs/x12's, so
 * they are only read here through {@code var}, never named.
 */
final class EncounterParties {

    /** Loop 2000B of the claim to {@code payer}, the patient's payer number {@code coverageOrder}. */
    static Subscriber subscriber(EncounterCoded encounter, PayerSetup payer, int coverageOrder) {
        Coverage coverage = encounter.coverage();
        String responsibility = PayerSequence.of(coverageOrder);
        String medicareSecondaryType = payer.insuranceTypeCode(coverageOrder);
        if (isDependent(coverage)) {
            var insured = coverage.subscriber();
            return new Subscriber(
                    responsibility,
                    coverage.memberId(),
                    coverage.groupNumber(),
                    insured.firstName(),
                    insured.lastName(),
                    insured.dateOfBirth(),
                    insured.sex(),
                    Optional.ofNullable(insured.address())
                            .map(a -> Address.of(a.line1(), a.city(), a.state(), a.postalCode()))
                            .orElse(null),
                    payer.name(),
                    payer.payerId(),
                    payer.claimFilingIndicator(),
                    medicareSecondaryType);
        }
        var patient = encounter.patient();
        return new Subscriber(
                responsibility,
                coverage.memberId(),
                coverage.groupNumber(),
                patient.firstName(),
                patient.lastName(),
                patient.dateOfBirth(),
                patient.sex(),
                patientAddress(encounter),
                payer.name(),
                payer.payerId(),
                payer.claimFilingIndicator(),
                medicareSecondaryType);
    }

    /** Loop 2000C, or null when the patient is the subscriber. */
    static Patient dependentPatient(EncounterCoded encounter) {
        Coverage coverage = encounter.coverage();
        if (!isDependent(coverage)) {
            return null;
        }
        var patient = encounter.patient();
        return new Patient(
                relationshipCode(coverage.relationshipToSubscriber()),
                patient.firstName(),
                patient.lastName(),
                patient.dateOfBirth(),
                patient.sex(),
                patientAddress(encounter));
    }

    /** Loops 2320/2330A/2330B: an earlier payer, its subscriber and its claim-level decision. */
    static OtherPayer otherPayer(ClaimInterchange.PriorPayer prior, EncounterCoded encounter) {
        Coverage coverage = prior.coverage();
        boolean dependent = isDependent(coverage);
        var named = dependent ? coverage.subscriber() : null;
        var patient = encounter.patient();
        boolean decidedByLine = !prior.decision().lines().isEmpty();
        return new OtherPayer(
                PayerSequence.of(coverage.order()),
                dependent ? relationshipCode(coverage.relationshipToSubscriber()) : ProfessionalClaim.SELF,
                coverage.groupNumber(),
                prior.payer().claimFilingIndicator(),
                coverage.memberId(),
                dependent ? named.firstName() : patient.firstName(),
                dependent ? named.lastName() : patient.lastName(),
                prior.payer().name(),
                prior.payer().payerId(),
                decidedByLine ? null : prior.decision().adjudicatedOn(),
                prior.decision().paidCents(),
                ClaimInterchange.casOf(prior.decision()));
    }

    private static boolean isDependent(Coverage coverage) {
        return !coverage.patientIsSubscriber() && coverage.subscriber() != null;
    }

    private static Address patientAddress(EncounterCoded encounter) {
        return Optional.ofNullable(encounter.patient().address())
                .map(a -> Address.of(a.line1(), a.city(), a.state(), a.postalCode()))
                .orElse(null);
    }

    /** PAT01 individual relationship code: 01 spouse, 19 child, G8 other relationship. */
    private static String relationshipCode(String relationship) {
        return switch (relationship) {
            case "spouse" -> "01";
            case "child" -> "19";
            default -> "G8";
        };
    }

    private EncounterParties() {}
}
