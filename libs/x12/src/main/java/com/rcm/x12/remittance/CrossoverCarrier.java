package com.rcm.x12.remittance;

import java.util.Objects;

/**
 * Loop 2100 NM1*TT: the payer a claim was forwarded to after this payer decided it (a crossover,
 * e.g. Medicare to a supplemental plan); the claim's CLP02 is then 19, 20 or 21.
 *
 * @param payerId NM109 with qualifier PI, the payer id claims are sent to
 */
public record CrossoverCarrier(String name, String payerId) {

    public CrossoverCarrier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payerId, "payerId");
    }
}
