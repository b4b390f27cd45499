package com.rcm.x12.remittance;

import java.util.Objects;

/**
 * Loop 1000B: who was paid.
 *
 * @param npi   N1*PE N104 with qualifier XX; null when the payer identified the payee otherwise
 * @param taxId REF*TJ, or N104 when the payer used qualifier FI; null when not sent
 */
public record Payee(String name, String npi, String taxId) {

    public Payee {
        Objects.requireNonNull(name, "name");
    }
}
