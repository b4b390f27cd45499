package com.rcm.coding.review;

import com.rcm.coding.domain.EditFinding;
import java.util.List;

/** Approval refused: edits still fail that cannot be overridden, or an override lacks its reason. */
public class EditsStillFailingException extends RuntimeException {
    private final List<EditFinding> findings;

    public EditsStillFailingException(String message, List<EditFinding> findings) {
        super(message);
        this.findings = findings;
    }

    public List<EditFinding> findings() {
        return findings;
    }
}
