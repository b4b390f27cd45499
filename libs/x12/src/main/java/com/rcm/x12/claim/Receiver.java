package com.rcm.x12.claim;

import java.util.Objects;

/** Loop 1000B: the clearinghouse or payer that receives the file. */
public record Receiver(String name, String id) {

    public Receiver {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
    }
}
