package com.rcm.x12.remittance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One PLB adjustment pair: money moved at the provider level, not tied to a claim in this
 * remittance (recoupment of an old overpayment, interest, a levy). A PLB segment carries up to
 * six of these for one provider and fiscal period; the model keeps one per pair.
 *
 * @param providerId       PLB01, the payee's id as the payer knows it (usually the NPI)
 * @param fiscalPeriodDate PLB02, the last day of the payer's fiscal period
 * @param reasonCode       PLB03-1, e.g. "WO" overpayment recovery, "L6" interest, "FB" forward balance
 * @param reference        PLB03-2, e.g. the claim the recovery is for; null when not sent
 * @param amountCents      PLB04; positive is money taken back from the provider, negative is
 *                         money given (interest), so BPR02 = Σ CLP04 − Σ PLB
 */
public record ProviderAdjustment(
        String providerId, LocalDate fiscalPeriodDate, String reasonCode, String reference, long amountCents) {

    public ProviderAdjustment {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(reasonCode, "reasonCode");
    }
}
