package com.rcm.payments.service;

import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.ClaimDenied;
import com.rcm.events.payload.PatientResponsibility;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.events.payload.RemittanceReceived;
import com.rcm.payments.domain.ClaimOutcome;
import com.rcm.payments.domain.GuideWarning;
import com.rcm.payments.domain.LineMatcher;
import com.rcm.payments.domain.RemittanceAdvice;
import com.rcm.payments.domain.Underpayment;
import com.rcm.payments.persistence.ClaimPaymentRepository;
import com.rcm.payments.persistence.ContractRateRepository;
import com.rcm.payments.persistence.ExpectedClaims;
import com.rcm.payments.persistence.ProviderAdjustmentRepository;
import com.rcm.payments.persistence.RemittanceRepository;
import com.rcm.payments.persistence.RemittanceWarnings;
import com.rcm.payments.persistence.UnmatchedPaymentRepository;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts one remittance (a BPR/TRN payment) for the current tenant: refuse a duplicate, hold an
 * unbalanced one with its exact differences, match each claim payment to its claim and each paid line
 * to its billed line, post it append-only and announce it. A reversal (CLP02 = 22) is posted as
 * reversing entries against the posting it takes back. Claim payments that match no claim, reverse
 * nothing, repeat a payment posted from another file, or pay again a claim the same payer paid and
 * did not reverse wait for a poster, never posted twice.
 */
@ApplicationScoped
public class RemittancePosting {
    /** Why a claim payment waits: its claim is not known here (yet). Such a payment posts when the claim arrives. */
    public static final String NO_CLAIM_YET = "no submitted claim has patient control number ";

    public static final String POSTED = "POSTED";
    public static final String EXCEPTION = "EXCEPTION";

    private final RemittanceRepository remittances;
    private final ClaimPaymentRepository claimPayments;
    private final UnmatchedPaymentRepository unmatched;
    private final ProviderAdjustmentRepository providerAdjustments;
    private final ContractRateRepository contractRates;
    private final RemittanceWarnings remittanceWarnings;
    private final ExpectedClaims expectedClaims;
    private final Outbox outbox;
    private final long underpaymentThresholdCents;

    public RemittancePosting(
            RemittanceRepository remittances,
            ClaimPaymentRepository claimPayments,
            UnmatchedPaymentRepository unmatched,
            ProviderAdjustmentRepository providerAdjustments,
            ContractRateRepository contractRates,
            RemittanceWarnings remittanceWarnings,
            ExpectedClaims expectedClaims,
            Outbox outbox,
            @ConfigProperty(name = "payments.underpayment-threshold-cents", defaultValue = "100")
                    long underpaymentThresholdCents) {
        this.remittances = remittances;
        this.claimPayments = claimPayments;
        this.unmatched = unmatched;
        this.providerAdjustments = providerAdjustments;
        this.contractRates = contractRates;
        this.remittanceWarnings = remittanceWarnings;
        this.expectedClaims = expectedClaims;
        this.outbox = outbox;
        this.underpaymentThresholdCents = underpaymentThresholdCents;
    }

    /** The outcome of one payment: its remittance id, and whether it was a duplicate of an earlier one. */
    public record Result(String remittanceId, boolean duplicate, String status) {}

    /**
     * Posts one payment of a file; {@code eraFileId} keeps the file (once) and answers its id. The
     * file's departures from the guide are kept with the payment, for the biller to see.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result post(
            String tenantId,
            RemittanceAdvice advice,
            List<GuideWarning> warnings,
            Supplier<String> eraFileId,
            String channel) {
        Optional<String> earlier = remittances.findByTrace(advice.payerId(), advice.traceNumber());
        if (earlier.isPresent()) {
            return new Result(earlier.get(), true, null);
        }
        String remittanceId = UUID.randomUUID().toString();
        if (!advice.balances()) {
            String problem = String.join("; ", advice.imbalances());
            remittances.insert(remittanceId, tenantId, advice, EXCEPTION, problem, channel, eraFileId.get());
            remittanceWarnings.keep(tenantId, remittanceId, warnings);
            announce(tenantId, remittanceId, advice, EXCEPTION, channel, warnings.size());
            return new Result(remittanceId, false, EXCEPTION);
        }
        remittances.insert(remittanceId, tenantId, advice, POSTED, null, channel, eraFileId.get());
        remittanceWarnings.keep(tenantId, remittanceId, warnings);
        announce(tenantId, remittanceId, advice, POSTED, channel, warnings.size());
        advice.providerAdjustments().forEach(plb -> providerAdjustments.insert(tenantId, remittanceId, plb));
        Map<String, Long> contracted = contractRates.ratesOf(advice.payerId());
        // In one order, so two remittances naming the same claims cannot deadlock.
        advice.claims().stream()
                .map(RemittanceAdvice.ClaimPaymentAdvice::patientControlNumber)
                .sorted()
                .distinct()
                .forEach(pcn -> expectedClaims.lockControlNumber(tenantId, pcn));
        for (RemittanceAdvice.ClaimPaymentAdvice claim : advice.claims()) {
            Optional<ExpectedClaims.ExpectedClaim> match =
                    expectedClaims.byPatientControlNumber(claim.patientControlNumber());
            Optional<String> notPosted = match.isEmpty()
                    ? Optional.of(NO_CLAIM_YET + claim.patientControlNumber())
                    : postClaim(
                            tenantId,
                            remittanceId,
                            advice.payerId(),
                            decisionDate(advice.paymentDate()),
                            contracted,
                            match.get(),
                            claim);
            notPosted.ifPresent(reason -> unmatched.insert(tenantId, remittanceId, claim, reason));
        }
        return new Result(remittanceId, false, POSTED);
    }

    private void announce(
            String tenantId,
            String remittanceId,
            RemittanceAdvice advice,
            String status,
            String channel,
            int warnings) {
        outbox.publish(OutgoingEvent.of(
                tenantId,
                null,
                "remittance/" + remittanceId,
                new RemittanceReceived(
                        remittanceId,
                        advice.payerId(),
                        advice.payerName(),
                        advice.traceNumber(),
                        advice.paymentMethod(),
                        advice.paymentDate(),
                        advice.paymentAmountCents(),
                        advice.claims().size(),
                        status,
                        channel,
                        warnings)));
    }

    /**
     * A payment can arrive before its claim's {@code claim.submitted} is read here (consumer lag, a
     * restart): when the claim is announced, the payments waiting for its control number post to it,
     * with the same checks as any posting. The caller holds the control number's lock
     * ({@link ExpectedClaims#lockControlNumber}), so a remittance cannot file a payment as waiting
     * between this look and the claim's commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void postWaitingPayments(String tenantId, ExpectedClaims.ExpectedClaim claim) {
        for (UnmatchedPaymentRepository.UnmatchedPayment waiting :
                unmatched.waitingForClaim(claim.patientControlNumber(), NO_CLAIM_YET + claim.patientControlNumber())) {
            Optional<String> refused =
                    postMatched(tenantId, waiting.remittanceId(), waiting.payerId(), claim, waiting.advice());
            unmatched.resolve(
                    waiting.id(),
                    refused.map(r -> "not posted when claim " + claim.claimId() + " arrived: " + r)
                            .orElse("posted when claim " + claim.claimId() + " arrived"));
            refused.ifPresent(reason -> unmatched.insert(tenantId, waiting.remittanceId(), waiting.advice(), reason));
        }
    }

    /**
     * A poster's match of a claim payment from the unmatched queue to a claim: posted as if it had
     * matched on arrival, with the same reversal and duplicate checks; empty when posted, else why not.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> postMatched(
            String tenantId,
            String remittanceId,
            String payerId,
            ExpectedClaims.ExpectedClaim claim,
            RemittanceAdvice.ClaimPaymentAdvice payment) {
        LocalDate decidedOn = decisionDate(remittances.paymentDate(remittanceId).orElse(null));
        return postClaim(tenantId, remittanceId, payerId, decidedOn, contractRates.ratesOf(payerId), claim, payment);
    }

    /** The payer's decision date as a next payer's claim reports it: the payment date, else the day it posts. */
    private static LocalDate decisionDate(LocalDate paymentDate) {
        return paymentDate != null ? paymentDate : LocalDate.now();
    }

    /** Posts the claim payment to its claim and announces it; empty when posted, else why it was not. */
    private Optional<String> postClaim(
            String tenantId,
            String remittanceId,
            String payerId,
            LocalDate decidedOn,
            Map<String, Long> contracted,
            ExpectedClaims.ExpectedClaim expected,
            RemittanceAdvice.ClaimPaymentAdvice claim) {
        String pcn = claim.patientControlNumber();
        String reverses = null;
        if (ClaimOutcome.isReversal(claim)) {
            Optional<String> original =
                    claimPayments.postingToReverse(expected.claimId(), claim.payerClaimControlNumber());
            if (original.isEmpty()) {
                return Optional.of(
                        "reversal of a payment of claim " + pcn + " that was never posted, or was reversed already");
            }
            reverses = original.get();
        } else {
            if (payerId != null && !payerId.equals(expected.payerId()) && !expected.decidedByCrossoverPayer(payerId)) {
                // Posting it would bill the patient a share the claim's own payer never left.
                return Optional.of("claim " + pcn + " was sent to " + expected.payerId() + ", not to " + payerId
                        + ", which is not its next payer either; the payment waits for a poster");
            }
            Optional<String> earlier = claimPayments.samePaymentPosted(expected.claimId(), claim);
            if (earlier.isPresent()) {
                return Optional.of("the same payment of claim " + pcn + " was posted from remittance " + earlier.get()
                        + "; it is not posted twice");
            }
            Optional<String> standing = claimPayments.standingPaymentByPayer(expected.claimId(), payerId);
            if (standing.isPresent()) {
                // A second payment the payer did not precede with a reversal: its duplicate or an
                // overpayment to refund. Posting it would bill the patient's share twice.
                return Optional.of("claim " + pcn + " already holds payer " + payerId + "'s payment from remittance "
                        + standing.get() + ", not reversed; a second payment waits for a poster");
            }
        }
        List<Integer> lineNumbers = LineMatcher.match(pcn, expected.lines(), claim.lines());
        String outcome = ClaimOutcome.outcomeOf(claim);
        long underpaid = reverses != null || ClaimOutcome.DENIED.equals(outcome)
                ? 0
                : Underpayment.shortfallCents(claim, contracted, underpaymentThresholdCents);
        claimPayments.insert(
                UUID.randomUUID().toString(),
                tenantId,
                remittanceId,
                expected.claimId(),
                expected.encounterId(),
                claim,
                lineNumbers,
                reverses,
                underpaid);
        PatientResponsibility responsibility = ClaimOutcome.patientResponsibility(claim);
        String subject = "claim/" + expected.claimId();
        // A crossover payer answers under the forwarding payer's claim: its decision is the next payer's.
        boolean crossover = expected.decidedByCrossoverPayer(payerId);
        int decidingOrder = crossover ? expected.coverageOrder() + 1 : expected.coverageOrder();
        outbox.publish(OutgoingEvent.of(
                tenantId,
                expected.encounterId(),
                subject,
                new ClaimAdjudicated(
                        expected.claimId(),
                        expected.encounterId(),
                        remittanceId,
                        claim.patientControlNumber(),
                        claim.payerClaimControlNumber(),
                        claim.statusCode(),
                        outcome,
                        claim.chargeCents(),
                        claim.paidCents(),
                        responsibility.totalCents(),
                        payerId,
                        decidingOrder)));
        if (ClaimOutcome.DENIED.equals(outcome)) {
            // The claims service's denial queue: what was denied and why, for a correction or an appeal.
            outbox.publish(OutgoingEvent.of(
                    tenantId,
                    expected.encounterId(),
                    subject,
                    new ClaimDenied(
                            expected.claimId(),
                            expected.encounterId(),
                            remittanceId,
                            claim.patientControlNumber(),
                            claim.payerClaimControlNumber(),
                            payerId,
                            claim.chargeCents(),
                            ClaimOutcome.allAdjustments(claim),
                            claim.lines().stream()
                                    .flatMap(line -> line.remarkCodes().stream())
                                    .distinct()
                                    .toList())));
        }
        List<PaymentPosted.PostedLine> lines = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            RemittanceAdvice.ServicePaymentAdvice line = claim.lines().get(i);
            lines.add(new PaymentPosted.PostedLine(
                    lineNumbers.get(i), line.code(), line.chargeCents(), line.paidCents(), line.adjustments()));
        }
        outbox.publish(OutgoingEvent.of(
                tenantId,
                expected.encounterId(),
                subject,
                new PaymentPosted(
                        expected.claimId(),
                        expected.encounterId(),
                        remittanceId,
                        expected.patient(),
                        expected.dateOfService(),
                        claim.chargeCents(),
                        claim.paidCents(),
                        ClaimOutcome.allAdjustments(claim),
                        responsibility,
                        lines,
                        payerId,
                        claim.statusCode(),
                        decidedOn,
                        claim.adjustments(),
                        crossover ? null : ClaimOutcome.nextPayer(claim, expected.nextPayerId()),
                        decidingOrder)));
        return Optional.empty();
    }
}
