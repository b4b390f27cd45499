package com.rcm.claims.service;

import com.rcm.claims.domain.ClaimStatus;
import com.rcm.claims.domain.PayerDecision;
import com.rcm.claims.domain.PayerSetup;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.claims.persistence.CrossoverWaits;
import com.rcm.claims.persistence.PracticeSetupRepository;
import com.rcm.events.EventEnvelope;
import com.rcm.events.EventJson;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.PaymentPosted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Coordination of benefits: when a payer's decision on a claim is posted, the claim keeps it, and if
 * the encounter has another coverage that decides next (payments says so: the payer left the patient a
 * share, or denied), the next payer's claim is built at once, carrying every earlier payer's decision.
 * A payer that forwarded the claim itself (a crossover, CLP02 19 to 21) to a payer the practice set up
 * as receiving crossovers is not billed again: the claim records it and the next payer's own 835 is
 * awaited until a follow-up date, after which that payer is billed directly.
 */
@ApplicationScoped
public class NextPayerClaims {
    private static final String REVERSAL = "22";

    private final ClaimRepository claims;
    private final ClaimSubmission submission;
    private final PracticeSetupRepository setup;
    private final CrossoverWaits crossoverWaits;
    private final int crossoverFollowUpDays;

    public NextPayerClaims(
            ClaimRepository claims,
            ClaimSubmission submission,
            PracticeSetupRepository setup,
            CrossoverWaits crossoverWaits,
            @ConfigProperty(name = "claims.crossover.follow-up-days", defaultValue = "30") int crossoverFollowUpDays) {
        this.claims = claims;
        this.submission = submission;
        this.setup = setup;
        this.crossoverWaits = crossoverWaits;
        this.crossoverFollowUpDays = crossoverFollowUpDays;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void posted(PaymentPosted posted, EventEnvelope cause) {
        ClaimEntity claim = posted.claimId() == null ? null : claims.findById(posted.claimId());
        if (claim == null) {
            return; // the claim.adjudicated of the same posting dead-letters it, once
        }
        if (REVERSAL.equals(posted.claimStatusCode())) {
            return; // the payer takes its payment back; a corrected decision follows as its own posting
        }
        if (posted.payerId() != null && !posted.payerId().equals(claim.payerId)) {
            // The crossover payer's own decision, answered under this claim's number: history, not this
            // payer's decision, and nobody decides after it.
            crossoverWaits.forget(claim.id);
            long owed = posted.patientResponsibility().totalCents();
            claim.moveTo(
                    claim.status,
                    "crossover payer " + posted.payerId() + " decided: paid "
                            + PayerDecisions.dollars(posted.paidCents()) + ", patient owes "
                            + PayerDecisions.dollars(owed)
                            + " (remittance " + posted.remittanceId() + ")");
            return;
        }
        LocalDate postedOn =
                cause.time() == null ? LocalDate.now() : cause.time().toLocalDate();
        PayerDecision decision = PayerDecision.of(posted, postedOn);
        claim.payerDecision = EventJson.write(decision);
        if (!posted.awaitsNextPayer()
                || claim.status == ClaimStatus.REPLACED
                || claim.status == ClaimStatus.VOIDED
                || claims.nextPayersClaim(claim.id).isPresent()) {
            return;
        }
        EncounterCoded coded = EventJson.read(claim.encounter, EncounterCoded.class);
        Optional<Coverage> next = nextCoverage(claim, coded);
        if (next.isEmpty()) {
            claim.moveTo(
                    claim.status,
                    "payments expects payer " + posted.nextPayerId() + " next, but the encounter "
                            + "has no coverage after " + claim.payerId + "; the patient's share waits for a biller");
            return;
        }
        String nextPayer = next.get().payerId();
        if (decision.forwarded()) {
            if (setup.payer(nextPayer).map(PayerSetup::receivesCrossovers).orElse(false)) {
                OffsetDateTime due = OffsetDateTime.now().plusDays(crossoverFollowUpDays);
                crossoverWaits.await(claim.tenantId, claim.id, nextPayer, due);
                claim.moveTo(
                        claim.status,
                        claim.payerId + " forwarded the claim to " + nextPayer + " itself (crossover,"
                                + " CLP02 " + decision.claimStatusCode() + "): that payer's 835 is awaited until "
                                + due.toLocalDate() + ", then it is billed directly");
                return;
            }
            billNext(
                    claim,
                    coded,
                    next.get(),
                    cause.id(),
                    claim.payerId + " says it forwarded the claim (CLP02 " + decision.claimStatusCode() + "), but "
                            + nextPayer + " is not set up to receive crossovers: ");
            return;
        }
        billNext(claim, coded, next.get(), cause.id(), "");
    }

    /**
     * The crossover payer's 835 did not come by the follow-up date: the next payer is billed directly,
     * unless it already was. Answers whether a claim was built.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean crossoverOverdue(String claimId) {
        ClaimEntity claim = claims.findById(claimId);
        crossoverWaits.forget(claimId);
        if (claim == null
                || claim.status == ClaimStatus.REPLACED
                || claim.status == ClaimStatus.VOIDED
                || claims.nextPayersClaim(claim.id).isPresent()) {
            return false;
        }
        EncounterCoded coded = EventJson.read(claim.encounter, EncounterCoded.class);
        Optional<Coverage> next = nextCoverage(claim, coded);
        if (next.isEmpty()) {
            return false;
        }
        billNext(
                claim,
                coded,
                next.get(),
                null,
                "no 835 from crossover payer " + next.get().payerId() + " after " + crossoverFollowUpDays + " days: ");
        return true;
    }

    private void billNext(ClaimEntity claim, EncounterCoded coded, Coverage next, String causationId, String why) {
        ClaimEntity nextClaim = submission.claimForNextPayer(claim, coded, next, causationId);
        claim.moveTo(
                claim.status,
                why + "billed next to " + nextClaim.payerId + " as claim " + nextClaim.patientControlNumber + " ("
                        + nextClaim.id + ") with this payer's decision");
    }

    private static Optional<Coverage> nextCoverage(ClaimEntity claim, EncounterCoded coded) {
        return coded.coverages().stream()
                .filter(coverage -> coverage.order() == claim.coverageOrder + 1)
                .findFirst();
    }
}
