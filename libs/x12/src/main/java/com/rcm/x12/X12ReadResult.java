package com.rcm.x12;

import java.util.List;

/**
 * What a reader got out of one interchange: one entry per ST transaction set, plus every
 * validation issue found. Readers never throw on validation problems, because a payer's file
 * with a wrong SE count still carries money that has to be posted; the caller decides.
 */
public record X12ReadResult<T>(List<T> transactions, List<X12Issue> issues) {

    public X12ReadResult {
        transactions = List.copyOf(transactions);
        issues = List.copyOf(issues);
    }

    public boolean isValid() {
        return issues.isEmpty();
    }

    /** The only transaction set; for callers that send and expect exactly one. */
    public T single() {
        if (transactions.size() != 1) {
            throw new IllegalStateException("expected one transaction set, found " + transactions.size());
        }
        return transactions.get(0);
    }
}
