package com.rcm.x12.ack;

import java.util.List;

/**
 * A 999: whether each transaction set of the interchange was accepted (IK5/AK9 A or E) or rejected
 * (R), with the segment (IK3) and element (IK4) errors it names.
 */
public record SyntaxAcknowledgement(String groupAcknowledgement, List<ImplementationError> errors) {

    public boolean accepted() {
        return "A".equals(groupAcknowledgement) || "E".equals(groupAcknowledgement);
    }
}
