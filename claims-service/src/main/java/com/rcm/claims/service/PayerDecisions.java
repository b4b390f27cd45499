package com.rcm.claims.service;

import com.rcm.claims.domain.ClaimStatus;
import com.rcm.claims.domain.Denial;
import com.rcm.claims.domain.PayerSetup;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.claims.persistence.PracticeSetupRepository;
import com.rcm.events.EventJson;
import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.ClaimDenied;
import com.rcm.platform.messaging.PoisonMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the payer decided, as payments-service posted it from the 835, lands on the claim: the payer's
 * claim number (which a replacement or void must name), paid or partly paid, or denied with its CARCs
 * and RARCs and an appeal deadline, which puts the claim in the biller's denial queue.
 */
@ApplicationScoped
public class PayerDecisions {
    private final ClaimRepository claims;
    private final PracticeSetupRepository setup;

    public PayerDecisions(ClaimRepository claims, PracticeSetupRepository setup) {
        this.claims = claims;
        this.setup = setup;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void adjudicated(ClaimAdjudicated decision) {
        ClaimEntity claim = claim(decision.claimId());
        if (decision.payerClaimControlNumber() != null
                && !decision.payerClaimControlNumber().isBlank()) {
            claim.payerClaimControlNumber = decision.payerClaimControlNumber();
        }
        String detail = "remittance " + decision.remittanceId() + ": " + decision.outcome() + ", paid "
                + dollars(decision.paidCents()) + " of " + dollars(decision.chargeCents()) + ", patient owes "
                + dollars(decision.patientResponsibilityCents()) + " (payer claim "
                + decision.payerClaimControlNumber() + ")";
        ClaimStatus next = switch (decision.outcome()) {
            case "PAID" -> ClaimStatus.PAID;
            case "PARTIALLY_PAID" -> ClaimStatus.PARTIALLY_PAID;
            case "REVERSED" -> ClaimStatus.REVERSED;
            default -> null; // DENIED: the denial event that follows carries the reasons and moves the claim
        };
        if (next != null) {
            record(claim, next, detail);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void denied(ClaimDenied denial) {
        ClaimEntity claim = claim(denial.claimId());
        if (denial.payerClaimControlNumber() != null
                && !denial.payerClaimControlNumber().isBlank()) {
            claim.payerClaimControlNumber = denial.payerClaimControlNumber();
        }
        LocalDate today = LocalDate.now();
        Denial reasons = new Denial(
                denial.remittanceId(), today, List.copyOf(denial.adjustments()), List.copyOf(denial.remarkCodes()));
        int appealDays = setup.payer(claim.payerId).map(PayerSetup::appealDays).orElse(PayerSetup.DEFAULT_APPEAL_DAYS);
        claim.denial = EventJson.write(reasons);
        claim.appealDeadline = today.plusDays(appealDays);
        record(
                claim,
                ClaimStatus.DENIED,
                "denied in remittance " + denial.remittanceId() + ": " + reasons.summary() + "; appeal by "
                        + claim.appealDeadline);
    }

    /** A decision on a claim already replaced or voided is history, not a new status. */
    private static void record(ClaimEntity claim, ClaimStatus next, String detail) {
        if (claim.status == ClaimStatus.REPLACED || claim.status == ClaimStatus.VOIDED) {
            claim.moveTo(claim.status, "after " + claim.status.name().toLowerCase() + ": " + next + " — " + detail);
        } else {
            claim.moveTo(next, detail);
        }
    }

    static String dollars(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private ClaimEntity claim(String claimId) {
        ClaimEntity claim = claimId == null ? null : claims.findById(claimId);
        if (claim == null) {
            throw new PoisonMessageException("no claim " + claimId + " in this practice");
        }
        return claim;
    }
}
