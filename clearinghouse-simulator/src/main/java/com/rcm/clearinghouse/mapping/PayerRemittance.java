package com.rcm.clearinghouse.mapping;

import com.rcm.clearinghouse.domain.ClaimDecision;
import com.rcm.clearinghouse.domain.LineAdjustment;
import com.rcm.clearinghouse.domain.PayerContract;
import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.clearinghouse.domain.SupplementalPayer;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.Usage;
import com.rcm.x12.remittance.Adjustment;
import com.rcm.x12.remittance.ClaimPayment;
import com.rcm.x12.remittance.CrossoverCarrier;
import com.rcm.x12.remittance.EftAccounts;
import com.rcm.x12.remittance.Payee;
import com.rcm.x12.remittance.Payer;
import com.rcm.x12.remittance.PaymentInfo;
import com.rcm.x12.remittance.PaymentMethod;
import com.rcm.x12.remittance.ProviderAdjustment;
import com.rcm.x12.remittance.Remittance;
import com.rcm.x12.remittance.RemittanceWriter;
import com.rcm.x12.remittance.ServicePayment;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One payer's 835 for the claims it decided in one submission, as libs/x12's {@link Remittance}
 * written by its {@link RemittanceWriter}: an ACH payment (BPR) of what the claims paid plus the
 * payer's interest (a negative PLB L6), a trace number of its own (TRN), payer and payee (the billing
 * NPI), and per claim a CLP with the patient (NM1*QC) and per line an SVC with its CAS, the line
 * control number sent (REF*6R) and a denial's remark code (LQ*HE). CLP02 says which payer the claim
 * was sent to (1/2/3), 4 when every line was denied, and 19/20/21 when this payer forwarded it to a
 * supplemental payer, which NM1*TT then names, with claim remark MA18 (MOA).
 */
public final class PayerRemittance {
    private static final String PAYER_TAX_ID = "1512345678";
    /** CLP06: every simulated plan files as a PPO. */
    private static final String PREFERRED_PROVIDER_ORGANIZATION = "12";
    /** RARC MA18: the claim information is also being forwarded to the patient's supplemental insurer. */
    static final String FORWARDED_TO_SUPPLEMENTAL_INSURER = "MA18";

    private static final EftAccounts ACCOUNTS =
            new EftAccounts("999999999", "123456", PAYER_TAX_ID, "999988880", "98765");

    /**
     * @param decided       the claims of one payer, for one payee
     * @param interestCents interest the payer adds to its payment, as a provider-level adjustment (PLB L6)
     */
    public static String write(
            List<ClaimDecision> decided, String clearinghouseId, long traceNumber, long interestCents) {
        return new RemittanceWriter()
                .toX12(of(decided, clearinghouseId, traceNumber, interestCents, LocalDateTime.now()));
    }

    static Remittance of(
            List<ClaimDecision> decided,
            String clearinghouseId,
            long traceNumber,
            long interestCents,
            LocalDateTime now) {
        ReceivedClaim first = decided.get(0).claim();
        String trace = "SIM" + traceNumber;
        int control = (int) ((traceNumber - 1) % InterchangeEnvelope.MAX_CONTROL_NUMBER) + 1;
        InterchangeEnvelope envelope = new InterchangeEnvelope(
                "ZZ", clearinghouseId, "ZZ", first.senderId(), control, control, "0001", now, Usage.PRODUCTION);
        List<ClaimPayment> claims = new ArrayList<>();
        for (ClaimDecision decision : decided) {
            claims.add(claimPayment(decision, trace + "-" + (claims.size() + 1)));
        }
        // BPR02 = what the claims paid - the PLB amounts; interest is a negative PLB, so it adds.
        long paid = decided.stream().mapToLong(ClaimDecision::paidCents).sum() + interestCents;
        List<ProviderAdjustment> interest = interestCents == 0
                ? List.of()
                : List.of(new ProviderAdjustment(
                        first.billingProviderNpi(), LocalDate.of(now.getYear(), 12, 31), "L6", trace, -interestCents));
        return new Remittance(
                envelope,
                new PaymentInfo("I", paid, "C", PaymentMethod.ACH, ACCOUNTS, now.toLocalDate()),
                trace,
                PAYER_TAX_ID,
                new Payer(first.payerName(), first.payerId(), null, null),
                new Payee(first.billingProviderName(), first.billingProviderNpi(), null),
                claims,
                interest);
    }

    private static ClaimPayment claimPayment(ClaimDecision decision, String payerClaimNumber) {
        ReceivedClaim claim = decision.claim();
        List<ServicePayment> services = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            services.add(servicePayment(claim.lines().get(i), decision.lines().get(i)));
        }
        SupplementalPayer forwardedTo = decision.forwardedTo();
        return new ClaimPayment(
                claim.patientControlNumber(),
                claimStatus(decision),
                decision.chargeCents(),
                decision.paidCents(),
                decision.patientResponsibilityCents(),
                PREFERRED_PROVIDER_ORGANIZATION,
                payerClaimNumber,
                List.of(),
                claim.patientLastName(),
                claim.patientFirstName(),
                claim.memberId(),
                services,
                forwardedTo == null ? null : new CrossoverCarrier(forwardedTo.name(), forwardedTo.payerId()),
                forwardedTo == null ? List.of() : List.of(FORWARDED_TO_SUPPLEMENTAL_INSURER));
    }

    private static ServicePayment servicePayment(ReceivedClaim.Line line, PayerContract.LineDecision decision) {
        return new ServicePayment(
                "HC",
                line.code(),
                line.modifiers(),
                decision.chargeCents(),
                decision.paidCents(),
                line.units(),
                line.dateOfService(),
                decision.adjustments().stream().map(PayerRemittance::cas).toList(),
                line.lineControlNumber(),
                decision.remarkCode() == null ? List.of() : List.of(decision.remarkCode()));
    }

    private static Adjustment cas(LineAdjustment adjustment) {
        return Adjustment.of(adjustment.group(), adjustment.reason(), adjustment.cents());
    }

    /** CLP02: as which payer the claim was processed, whether it was forwarded, or denied. */
    static String claimStatus(ClaimDecision decision) {
        if (decision.denied()) {
            return ClaimPayment.DENIED;
        }
        boolean forwarded = decision.forwarded();
        return switch (decision.claim().payerOrder()) {
            case PRIMARY -> forwarded ? ClaimPayment.PRIMARY_FORWARDED : ClaimPayment.PRIMARY;
            case SECONDARY -> forwarded ? ClaimPayment.SECONDARY_FORWARDED : ClaimPayment.SECONDARY;
            case TERTIARY -> forwarded ? ClaimPayment.TERTIARY_FORWARDED : ClaimPayment.TERTIARY;
        };
    }

    private PayerRemittance() {}
}
