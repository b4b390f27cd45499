package com.rcm.payments.service;

import com.rcm.payments.persistence.ExpectedClaims;
import com.rcm.payments.persistence.UnmatchedPaymentRepository;
import com.rcm.payments.persistence.UnmatchedPaymentRepository.Queued;
import com.rcm.payments.persistence.UnmatchedPaymentRepository.UnmatchedPayment;
import com.rcm.platform.api.ApiProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A poster's match of a claim payment from the unmatched queue to the claim they found for it: posted
 * as if it had matched on arrival (same reversal and duplicate checks, same events), and the item
 * resolved in the same transaction.
 */
@ApplicationScoped
public class ManualMatching {
    private final UnmatchedPaymentRepository unmatched;
    private final ExpectedClaims expectedClaims;
    private final RemittancePosting posting;

    public ManualMatching(
            UnmatchedPaymentRepository unmatched, ExpectedClaims expectedClaims, RemittancePosting posting) {
        this.unmatched = unmatched;
        this.expectedClaims = expectedClaims;
        this.posting = posting;
    }

    /**
     * Posts item {@code id} to claim {@code claimId} for {@code poster}; answers the item as resolved.
     * 404 for an unknown item or claim, 409 when already resolved, 422 when it cannot be posted.
     */
    public Queued match(String tenantId, long id, String claimId, String poster) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UnmatchedPayment item = unmatched
                    .find(id)
                    .orElseThrow(() -> ApiProblemException.notFound("unmatched claim payment", String.valueOf(id)));
            if (item.advice() != null) {
                // The claim it names may be arriving right now and post it: the control number's lock
                // orders the two, and the item is read again under it.
                expectedClaims.lockControlNumber(tenantId, item.advice().patientControlNumber());
                item = unmatched.find(id).orElseThrow();
            }
            if (item.resolved()) {
                throw new ApiProblemException(
                        409, "Already resolved", "unmatched claim payment " + id + " was matched or dismissed before");
            }
            if (item.advice() == null) {
                throw new ApiProblemException(
                        422,
                        "Not matchable",
                        "claim payment " + id + " arrived before the "
                                + "queue kept whole payments; upload its 835 again after the claim is known");
            }
            ExpectedClaims.ExpectedClaim claim =
                    expectedClaims.byClaimId(claimId).orElseThrow(() -> ApiProblemException.notFound("claim", claimId));
            Optional<String> refused =
                    posting.postMatched(tenantId, item.remittanceId(), item.payerId(), claim, item.advice());
            if (refused.isPresent()) {
                throw new ApiProblemException(422, "Not posted", refused.get());
            }
            unmatched.resolve(id, "matched to claim " + claim.claimId() + " by " + poster);
            return new Queued(
                    id,
                    item.remittanceId(),
                    item.payerId(),
                    null,
                    item.advice().patientControlNumber(),
                    item.advice().statusCode(),
                    item.advice().chargeCents(),
                    item.advice().paidCents(),
                    "matched to claim " + claim.claimId(),
                    false);
        });
    }
}
