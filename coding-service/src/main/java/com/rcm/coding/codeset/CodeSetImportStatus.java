package com.rcm.coding.codeset;

import java.time.OffsetDateTime;

/** Where an import stands: RUNNING with its progress, then DONE, UNCHANGED (same version and content) or FAILED. */
public record CodeSetImportStatus(
        String id,
        String codeSystem,
        String label,
        String status,
        int linesRead,
        Integer linesTotal,
        int codesLoaded,
        String message,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String UNCHANGED = "UNCHANGED";
    public static final String FAILED = "FAILED";

    /** Percent of the lines read, when the total is known. */
    public Integer percent() {
        return linesTotal == null || linesTotal == 0 ? null : (int) (100L * linesRead / linesTotal);
    }
}
