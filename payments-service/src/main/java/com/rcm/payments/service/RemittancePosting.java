package com.rcm.payments.service;

import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.ClaimDenied;
import com.rcm.events.payload.PatientResponsibility;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.payments.domain.ClaimOutcome;
import com.rcm.payments.domain.RemittanceAdvice;
import com.rcm.payments.domain.RemittanceBalance;
import com.rcm.payments.persistence.ExpectedClaims;
import com.rcm.payments.persistence.RemittanceStore;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Posts one remittance (a BPR/TRN payment) for the current tenant: refuse a duplicate, hold an
 * unbalanced one with its exact differences, match each claim payment to its claim, post it
 * append-only and announce it. Claim payments that match no claim wait for a poster.
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
        store.insertClaimPayment(UUID.randomUUID().toString(), tenantId, remittanceId, expected.claimId(),
                expected.encounterId(), claim);
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
        List<PaymentPosted.PostedLine> lines = claim.lines().stream().map(line -> new PaymentPosted.PostedLine(
                null, line.code(), line.chargeCents(), line.paidCents(), line.adjustments())).toList();
        outbox.publish(OutgoingEvent.of(tenantId, expected.encounterId(), subject, new PaymentPosted(
                expected.claimId(), expected.encounterId(), remittanceId, expected.patient(), expected.dateOfService(),
                claim.chargeCents(), claim.paidCents(), ClaimOutcome.allAdjustments(claim), responsibility, lines)));
    }
}
