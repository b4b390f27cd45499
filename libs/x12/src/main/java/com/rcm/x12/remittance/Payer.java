package com.rcm.x12.remittance;

import com.rcm.x12.Address;
import java.util.Objects;

/**
 * Loop 1000A: who paid.
 *
 * @param id                    N1*PR N104 (qualifier XV) or REF*2U, the payer id claims were sent to
 * @param address               N3/N4, null when not sent
 * @param technicalContactPhone PER*BL, the payer's EDI help line, null when not sent
 */
public record Payer(String name, String id, Address address, String technicalContactPhone) {

    public Payer {
        Objects.requireNonNull(name, "name");
    }
}
