package com.rcm.claims.domain;

/**
 * What kind of plan a payer is. Medicare billed as a later payer needs SBR05 on the 837P; a
 * supplemental plan is usually reached by a crossover from Medicare.
 */
public enum PayerType {
    MEDICARE,
    MEDICAID,
    COMMERCIAL,
    SUPPLEMENTAL;

    /** The type a claim filing indicator (SBR09) implies, for payers set up before types existed. */
    public static PayerType implied(String claimFilingIndicator) {
        if (claimFilingIndicator == null) {
            return COMMERCIAL;
        }
        return switch (claimFilingIndicator) {
            case "MA", "MB" -> MEDICARE;
            case "MC" -> MEDICAID;
            default -> COMMERCIAL;
        };
    }
}
