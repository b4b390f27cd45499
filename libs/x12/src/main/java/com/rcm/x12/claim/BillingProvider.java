package com.rcm.x12.claim;

import com.rcm.x12.Address;
import java.util.Objects;

/**
 * Loop 2000A/2010AA: the practice the payer pays.
 *
 * @param npi           NM109 with qualifier XX
 * @param taxId         REF*EI, the employer identification number, digits only
 * @param taxonomyCode  PRV*BI*PXC, null when the payer does not ask for it
 * @param address       N3/N4; the guide requires a 9-digit ZIP here (writers enforce it)
 */
public record BillingProvider(String organizationName, String npi, String taxId, String taxonomyCode, Address address) {

    public BillingProvider {
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(npi, "npi");
    }
}
