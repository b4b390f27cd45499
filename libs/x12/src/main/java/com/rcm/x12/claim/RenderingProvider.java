package com.rcm.x12.claim;

import java.util.Objects;

/**
 * Loop 2310B: the clinician who performed the service, when not the billing provider.
 *
 * @param taxonomyCode PRV*PE*PXC, null when not sent
 */
public record RenderingProvider(String npi, String firstName, String lastName, String taxonomyCode) {

    public RenderingProvider {
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(lastName, "lastName");
    }
}
