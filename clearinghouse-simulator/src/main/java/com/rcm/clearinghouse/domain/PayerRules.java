package com.rcm.clearinghouse.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the simulated payer decides each line of a claim. A duplicate of a claim adjudicated before is
 * denied CO-18 whole; a code the plan does not cover is denied CO-96 (RARC N130); an office visit billed
 * with a procedure on the same claim without modifier 25 is denied CO-4 (the modifier is missing).
 * Every other line is priced by the contract, the first office visit bearing the member's copay and
 * the lines in order the rest of the deductible. The decisions depend on nothing but the claim, the
 * configuration and the member's deductible so far, so the same claim is always decided the same way.
 */
public final class PayerRules {
    /** CARC 96: non-covered charge(s). */
    public static final String NOT_COVERED = "96";
    /** CARC 4: the procedure code is inconsistent with the modifier used, or a required modifier is missing. */
    public static final String MODIFIER_MISSING = "4";
    /** CARC 18: exact duplicate claim/service. */
    public static final String DUPLICATE = "18";
    /** RARC N130: consult plan benefit documents for restrictions on this service. */
    public static final String SEE_PLAN_BENEFITS = "N130";

    private static final Pattern OFFICE_VISIT = Pattern.compile("992[01]\\d");

    private final PayerContract contract;
    private final Set<String> nonCoveredCodes;

    public PayerRules(PayerContract contract, Set<String> nonCoveredCodes) {
        this.contract = contract;
        this.nonCoveredCodes = Set.copyOf(nonCoveredCodes);
    }

    /** One decision per line of the claim, in line order. */
    public ClaimDecision decide(ReceivedClaim claim, MemberBenefits benefits, boolean duplicate) {
        List<PayerContract.LineDecision> decisions = new ArrayList<>();
        if (duplicate) {
            claim.lines()
                    .forEach(line ->
                            decisions.add(PayerContract.LineDecision.denied(line.chargeCents(), DUPLICATE, null)));
            return new ClaimDecision(claim, decisions);
        }
        boolean hasProcedure = claim.lines().stream().anyMatch(line -> !isOfficeVisit(line));
        long copayDue = benefits.copayCents();
        long deductibleLeft = benefits.deductibleLeftCents();
        for (ReceivedClaim.Line line : claim.lines()) {
            if (nonCoveredCodes.contains(line.code())) {
                decisions.add(PayerContract.LineDecision.denied(line.chargeCents(), NOT_COVERED, SEE_PLAN_BENEFITS));
            } else if (hasProcedure && isOfficeVisit(line) && !line.modifiers().contains("25")) {
                decisions.add(PayerContract.LineDecision.denied(line.chargeCents(), MODIFIER_MISSING, null));
            } else {
                PayerContract.LineDecision decision = contract.adjudicate(
                        line.code(), line.chargeCents(), isOfficeVisit(line) ? copayDue : 0, deductibleLeft);
                copayDue -= decision.copayCents();
                deductibleLeft -= decision.deductibleCents();
                decisions.add(decision);
            }
        }
        return new ClaimDecision(claim, decisions);
    }

    private static boolean isOfficeVisit(ReceivedClaim.Line line) {
        return OFFICE_VISIT.matcher(line.code()).matches();
    }
}
