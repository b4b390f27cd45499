package com.rcm.claims.service;

import com.rcm.claims.domain.ClaimStatus;
import com.rcm.claims.domain.PayerDecision;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.events.EventEnvelope;
import com.rcm.events.EventJson;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.PaymentPosted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Coordination of benefits: when a payer's decision on a claim is posted, the claim keeps it, and if
 * the encounter has another coverage that decides next (payments says so: the payer left the patient a
 * share, or denied), the next payer's claim is built at once, carrying every earlier payer's decision.
 * A payer that forwarded the claim itself (a crossover, CLP02 19 to 21) is not billed again: the claim
 * records it and the next payer's own 835 is awaited.
 */
@ApplicationScoped
public class NextPayerClaims {
    private static final String REVERSAL = "22";

    private final ClaimRepository claims;
    private final ClaimSubmission submission;

    public NextPayerClaims(ClaimRepository claims, ClaimSubmission submission) {
        this.claims = claims;
        this.submission = submission;
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
            long owed = posted.patientResponsibility().totalCents();
            claim.moveTo(claim.status, "crossover payer " + posted.payerId() + " decided: paid "
                    + PayerDecisions.dollars(posted.paidCents()) + ", patient owes " + PayerDecisions.dollars(owed)
                    + " (remittance " + posted.remittanceId() + ")");
            return;
        }
        LocalDate postedOn = cause.time() == null ? LocalDate.now() : cause.time().toLocalDate();
        PayerDecision decision = PayerDecision.of(posted, postedOn);
        claim.payerDecision = EventJson.write(decision);
        if (!posted.awaitsNextPayer() || claim.status == ClaimStatus.REPLACED || claim.status == ClaimStatus.VOIDED
                || claims.nextPayersClaim(claim.id).isPresent()) {
            return;
        }
        EncounterCoded coded = EventJson.read(claim.encounter, EncounterCoded.class);
        Optional<Coverage> next = coded.coverages().stream()
                .filter(coverage -> coverage.order() == claim.coverageOrder + 1).findFirst();
        if (next.isEmpty()) {
            claim.moveTo(claim.status, "payments expects payer " + posted.nextPayerId() + " next, but the encounter "
                    + "has no coverage after " + claim.payerId + "; the patient's share waits for a biller");
            return;
        }
        if (decision.forwarded()) {
            claim.moveTo(claim.status, claim.payerId + " forwarded the claim to " + next.get().payerId()
                    + " itself (crossover, CLP02 " + decision.claimStatusCode() + "): that payer's 835 is awaited, "
                    + "the claim is not sent to it again");
            return;
        }
        ClaimEntity nextClaim = submission.claimForNextPayer(claim, coded, next.get(), cause);
        claim.moveTo(claim.status, "billed next to " + nextClaim.payerId + " as claim "
                + nextClaim.patientControlNumber + " (" + nextClaim.id + ") with this payer's decision");
    }

}
