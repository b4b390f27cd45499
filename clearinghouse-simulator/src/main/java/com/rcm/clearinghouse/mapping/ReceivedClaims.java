package com.rcm.clearinghouse.mapping;

import com.rcm.clearinghouse.domain.LineAdjustment;
import com.rcm.clearinghouse.domain.PayerOrder;
import com.rcm.clearinghouse.domain.PriorPayer;
import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.X12Exception;
import com.rcm.x12.ack.ClaimSyntaxCheck;
import com.rcm.x12.claim.ProfessionalClaim;
import com.rcm.x12.claim.ProfessionalClaimBatch;
import com.rcm.x12.claim.ProfessionalClaimReader;
import com.rcm.x12.claim.ServiceLine;
import com.rcm.x12.claim.Subscriber;
import com.rcm.x12.remittance.Adjustment;
import java.util.List;

/**
 * The claims of an 837P interchange as the clearinghouse received them, read by libs/x12's
 * {@link ProfessionalClaimReader}: the payer and member of loop 2000B, whether that payer is primary
 * (SBR01), and on a claim to a later payer what the payers before it decided (loops 2320 and 2430).
 * Guide conformance is libs/x12's {@link ClaimSyntaxCheck}'s job; this only maps what was read.
 */
public final class ReceivedClaims {

    public static List<ReceivedClaim> read(String interchange) {
        List<ProfessionalClaimBatch> batches;
        try {
            batches = new ProfessionalClaimReader()
                    .read(interchange.stripLeading())
                    .transactions();
        } catch (X12Exception e) {
            throw new InvalidX12Exception(List.of("unreadable 837P: " + e.getMessage()));
        }
        List<ReceivedClaim> claims = batches.stream()
                .flatMap(batch -> batch.claims().stream().map(claim -> received(batch, claim)))
                .toList();
        if (claims.isEmpty()) {
            throw new InvalidX12Exception(List.of("the interchange holds no 837 claim"));
        }
        return claims;
    }

    private static ReceivedClaim received(ProfessionalClaimBatch batch, ProfessionalClaim claim) {
        Subscriber subscriber = claim.subscriber();
        // The 835 names the patient: the dependent when the claim has one, else the subscriber.
        boolean dependent = claim.patient() != null;
        String frequency = claim.frequencyCode().isBlank() ? ProfessionalClaim.ORIGINAL : claim.frequencyCode();
        return new ReceivedClaim(
                batch.envelope().senderId(),
                claim.billingProvider().organizationName(),
                claim.billingProvider().npi(),
                subscriber.payerName(),
                subscriber.payerId(),
                subscriber.memberId(),
                dependent ? claim.patient().lastName() : subscriber.lastName(),
                dependent ? claim.patient().firstName() : subscriber.firstName(),
                claim.patientControlNumber(),
                claim.totalChargeCents(),
                frequency,
                order(subscriber.payerResponsibility()),
                claim.lines().stream().map(ReceivedClaims::line).toList(),
                claim.otherPayers().stream()
                        .map(payer -> new PriorPayer(
                                payer.payerId(),
                                order(payer.payerResponsibility()),
                                payer.paidCents(),
                                adjustments(payer.adjustments())))
                        .toList());
    }

    private static ReceivedClaim.Line line(ServiceLine line) {
        return new ReceivedClaim.Line(
                line.procedureCode(),
                line.modifiers(),
                line.chargeCents(),
                line.units(),
                line.dateOfService(),
                line.lineControlNumber(),
                line.priorAdjudications().stream()
                        .map(decided -> new ReceivedClaim.PriorLineDecision(
                                decided.payerId(), decided.paidCents(), adjustments(decided.adjustments())))
                        .toList());
    }

    private static List<LineAdjustment> adjustments(List<Adjustment> cas) {
        return cas.stream()
                .map(a -> new LineAdjustment(a.groupCode(), a.reasonCode(), a.amountCents()))
                .toList();
    }

    /**
     * SBR01: P primary, S secondary, T tertiary. A payer further down (A..H, fourth to eleventh) answers
     * as tertiary, the last order an 835 can state (CLP02); U (unknown) as primary.
     */
    static PayerOrder order(String payerResponsibility) {
        return switch (payerResponsibility) {
            case "S" -> PayerOrder.SECONDARY;
            case "T", "A", "B", "C", "D", "E", "F", "G", "H" -> PayerOrder.TERTIARY;
            default -> PayerOrder.PRIMARY;
        };
    }

    private ReceivedClaims() {}
}
