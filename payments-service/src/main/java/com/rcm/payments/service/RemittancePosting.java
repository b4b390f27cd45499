package com.rcm.payments.service;

import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.ClaimDenied;
import com.rcm.events.payload.PatientResponsibility;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.payments.domain.ClaimOutcome;
import com.rcm.payments.domain.LineMatcher;
import com.rcm.payments.domain.RemittanceAdvice;
import com.rcm.payments.domain.RemittanceBalance;
import com.rcm.payments.persistence.ExpectedClaims;
import com.rcm.payments.persistence.RemittanceStore;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Posts one remittance (a BPR/TRN payment) for the current tenant: refuse a duplicate, hold an
 * unbalanced one with its exact differences, match each claim payment to its claim and each paid line
 * to its billed line, post it append-only and announce it. A reversal (CLP02 = 22) is posted as
 * reversing entries against the posting it takes back. Claim payments that match no claim, reverse
 * nothing, or repeat a payment posted from another file wait for a poster, never posted twice.
 */
@ApplicationScoped
public class RemittancePosting {
    public static final String POSTED = "POSTED";
    public static final String EXCEPTION = "EXCEPTION";

    private final RemittanceStore store;
    private final ExpectedClaims expectedClaims;
    private final Outbox outbox;

    public RemittancePosting(RemittanceStore store, ExpectedClaims expectedClaims, Outbox outbox) {
        this.store = store;
        this.expectedClaims = expectedClaims;
        this.outbox = outbox;
    }

    /** The outcome of one payment: its remittance id, and whether it was a duplicate of an earlier one. */
    public record Result(String remittanceId, boolean duplicate, String status) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Result post(String tenantId, RemittanceAdvice advice, String x12, String channel) {
        Optional<String> earlier = store.findByTrace(advice.payerId(), advice.traceNumber());
        if (earlier.isPresent()) {
            return new Result(earlier.get(), true, null);
        }
        String remittanceId = UUID.randomUUID().toString();
        List<RemittanceBalance.Imbalance> imbalances = RemittanceBalance.check(advice);
        if (!imbalances.isEmpty()) {
            String problem = imbalances.stream().map(Object::toString).collect(Collectors.joining("; "));
            store.insertRemittance(remittanceId, tenantId, advice, EXCEPTION, problem, channel, x12);
            return new Result(remittanceId, false, EXCEPTION);
        }
        store.insertRemittance(remittanceId, tenantId, advice, POSTED, null, channel, x12);
        advice.providerAdjustments().forEach(plb -> store.insertProviderAdjustment(tenantId, remittanceId, plb));
        for (RemittanceAdvice.ClaimPaymentAdvice claim : advice.claims()) {
            Optional<ExpectedClaims.ExpectedClaim> match = expectedClaims.byPatientControlNumber(claim.patientControlNumber());
            if (match.isEmpty()) {
                store.insertUnmatched(tenantId, remittanceId, claim,
                        "no submitted claim has patient control number " + claim.patientControlNumber());
                continue;
            }
            postClaim(tenantId, remittanceId, advice.payerId(), match.get(), claim);
        }
        return new Result(remittanceId, false, POSTED);
    }

    private void postClaim(String tenantId, String remittanceId, String payerId, ExpectedClaims.ExpectedClaim expected,
            RemittanceAdvice.ClaimPaymentAdvice claim) {
        String pcn = claim.patientControlNumber();
        String reverses = null;
        if (ClaimOutcome.isReversal(claim)) {
            Optional<String> original = store.postingToReverse(expected.claimId(), claim.payerClaimControlNumber());
            if (original.isEmpty()) {
                store.insertUnmatched(tenantId, remittanceId, claim, "reversal of a payment of claim " + pcn
                        + " that was never posted, or was reversed already");
                return;
            }
            reverses = original.get();
        } else {
            Optional<String> earlier = store.samePaymentPosted(expected.claimId(), claim);
            if (earlier.isPresent()) {
                store.insertUnmatched(tenantId, remittanceId, claim, "the same payment of claim " + pcn
                        + " was posted from remittance " + earlier.get() + "; it is not posted twice");
                return;
            }
        }
        List<Integer> lineNumbers = LineMatcher.match(pcn, expected.lines(), claim.lines());
        store.insertClaimPayment(UUID.randomUUID().toString(), tenantId, remittanceId, expected.claimId(),
                expected.encounterId(), claim, lineNumbers, reverses);
        String outcome = ClaimOutcome.outcomeOf(claim);
        PatientResponsibility responsibility = ClaimOutcome.patientResponsibility(claim);
        String subject = "claim/" + expected.claimId();
        outbox.publish(OutgoingEvent.of(tenantId, expected.encounterId(), subject, new ClaimAdjudicated(
                expected.claimId(), expected.encounterId(), remittanceId, claim.patientControlNumber(),
                claim.payerClaimControlNumber(), claim.statusCode(), outcome, claim.chargeCents(), claim.paidCents(),
                responsibility.totalCents())));
        if (ClaimOutcome.DENIED.equals(outcome)) {
            // The claims service's denial queue: what was denied and why, for a correction or an appeal.
            outbox.publish(OutgoingEvent.of(tenantId, expected.encounterId(), subject, new ClaimDenied(
                    expected.claimId(), expected.encounterId(), remittanceId, claim.patientControlNumber(),
                    claim.payerClaimControlNumber(), payerId, claim.chargeCents(), ClaimOutcome.allAdjustments(claim),
                    claim.lines().stream().flatMap(line -> line.remarkCodes().stream()).distinct().toList())));
        }
        List<PaymentPosted.PostedLine> lines = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            RemittanceAdvice.ServicePaymentAdvice line = claim.lines().get(i);
            lines.add(new PaymentPosted.PostedLine(lineNumbers.get(i), line.code(), line.chargeCents(),
                    line.paidCents(), line.adjustments()));
        }
        outbox.publish(OutgoingEvent.of(tenantId, expected.encounterId(), subject, new PaymentPosted(
                expected.claimId(), expected.encounterId(), remittanceId, expected.patient(), expected.dateOfService(),
                claim.chargeCents(), claim.paidCents(), ClaimOutcome.allAdjustments(claim), responsibility, lines)));
    }
}
