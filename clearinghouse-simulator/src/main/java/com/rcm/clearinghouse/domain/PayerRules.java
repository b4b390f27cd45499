package com.rcm.clearinghouse.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the simulated payer decides each line before the contract prices it: a code the plan does not
 * cover is denied CO-96 (RARC N130), and an office visit billed with a procedure on the same claim
 * without modifier 25 is denied CO-4 (the modifier is missing). Everything else is paid by the contract.
 */
public final class PayerRules {
    /** CARC 96: non-covered charge(s). */
    public static final String NOT_COVERED = "96";
    /** CARC 4: the procedure code is inconsistent with the modifier used, or a required modifier is missing. */
    public static final String MODIFIER_MISSING = "4";
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
    public List<PayerContract.LineDecision> decide(ReceivedClaim claim) {
        boolean hasProcedure = claim.lines().stream().anyMatch(line -> !OFFICE_VISIT.matcher(line.code()).matches());
        List<PayerContract.LineDecision> decisions = new ArrayList<>();
        for (ReceivedClaim.Line line : claim.lines()) {
            if (nonCoveredCodes.contains(line.code())) {
                decisions.add(PayerContract.LineDecision.denied(line.chargeCents(), NOT_COVERED, SEE_PLAN_BENEFITS));
            } else if (hasProcedure && OFFICE_VISIT.matcher(line.code()).matches() && !line.modifiers().contains("25")) {
                decisions.add(PayerContract.LineDecision.denied(line.chargeCents(), MODIFIER_MISSING, null));
            } else {
                decisions.add(contract.adjudicate(line.chargeCents()));
            }
        }
        return decisions;
    }
}
