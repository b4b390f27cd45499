package com.rcm.x12;

import java.util.List;

/** The text is not a well-formed X12 interchange of the expected kind; {@code errors} says where. */
public class InvalidX12Exception extends RuntimeException {
    private final List<String> errors;

    public InvalidX12Exception(List<String> errors) {
        super(String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
