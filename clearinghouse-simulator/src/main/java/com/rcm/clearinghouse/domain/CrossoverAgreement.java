package com.rcm.clearinghouse.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A primary payer's agreement to forward a member's claims, once it decided them, to the member's
 * supplemental payer (a crossover), so the practice need not send that payer a claim of its own.
 */
public record CrossoverAgreement(String primaryPayerId, String memberId, String supplementalPayerId) {

    /** {@code SIMMCARE:M123456>SIMSUPP}: the primary payer, the member, and the payer claims cross over to. */
    public static CrossoverAgreement parse(String text) {
        String[] parts = text.strip().split("[:>]");
        if (parts.length != 3 || List.of(parts).stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(
                    "a crossover is primaryPayer:member>supplementalPayer, not '" + text + "'");
        }
        return new CrossoverAgreement(parts[0].strip(), parts[1].strip(), parts[2].strip());
    }

    /** A claim sent to the primary payer as primary for this member; a denied claim is not forwarded. */
    public boolean covers(ClaimDecision decision) {
        ReceivedClaim claim = decision.claim();
        return claim.payerId().equals(primaryPayerId)
                && claim.memberId().equals(memberId)
                && claim.payerOrder() == PayerOrder.PRIMARY
                && !decision.denied();
    }

    /** The claim as the supplemental payer receives it: the primary's decision as the prior payer's, line by line. */
    public static ReceivedClaim forwardedClaim(ClaimDecision primary, SupplementalPayer to) {
        ReceivedClaim claim = primary.claim();
        List<ReceivedClaim.Line> lines = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            ReceivedClaim.Line line = claim.lines().get(i);
            PayerContract.LineDecision decided = primary.lines().get(i);
            lines.add(new ReceivedClaim.Line(
                    line.code(),
                    line.modifiers(),
                    line.chargeCents(),
                    line.units(),
                    line.dateOfService(),
                    line.lineControlNumber(),
                    List.of(new ReceivedClaim.PriorLineDecision(
                            claim.payerId(), decided.paidCents(), decided.adjustments()))));
        }
        return new ReceivedClaim(
                claim.senderId(),
                claim.billingProviderName(),
                claim.billingProviderNpi(),
                to.name(),
                to.payerId(),
                claim.memberId(),
                claim.patientLastName(),
                claim.patientFirstName(),
                claim.patientControlNumber(),
                claim.chargeCents(),
                claim.frequencyCode(),
                PayerOrder.SECONDARY,
                lines,
                List.of(new PriorPayer(claim.payerId(), PayerOrder.PRIMARY, primary.paidCents(), List.of())));
    }
}
