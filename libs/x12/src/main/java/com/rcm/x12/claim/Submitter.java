package com.rcm.x12.claim;

import java.util.Objects;

/**
 * Loop 1000A: who sends the file (the billing company), and whom the receiver calls about it.
 *
 * @param id           NM109, the submitter id the receiver assigned (ETIN)
 * @param contactPhone PER04, digits only, e.g. "5125550100"
 */
public record Submitter(String name, String id, String contactName, String contactPhone) {

    public Submitter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
    }
}
