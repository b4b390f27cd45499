package com.rcm.patientbilling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DunningStepTests {
    private static final BillingPolicy POLICY = new BillingPolicy(21, 30, 15, 10, 0, 10);
    private static final LocalDate SENT = LocalDate.of(2026, 12, 1);

    @ParameterizedTest(name = "{0} sent {1} days ago, paid since: {2} -> {3}")
    @CsvSource({
        "STATEMENT, 29, false, WAIT",
        "STATEMENT, 30, false, REMINDER",
        "STATEMENT, 30, true, STATEMENT",
        "STATEMENT, 29, true, WAIT",
        "REMINDER, 14, false, WAIT",
        "REMINDER, 15, false, FINAL_NOTICE",
        "REMINDER, 30, true, STATEMENT",
        "FINAL_NOTICE, 9, false, WAIT",
        "FINAL_NOTICE, 10, false, COLLECTIONS",
        "FINAL_NOTICE, 10, true, WAIT",
        "FINAL_NOTICE, 30, true, STATEMENT"
    })
    void theNextStepFollowsThePracticesIntervals(Notice last, int daysAgo, boolean paidSince, DunningStep expected) {
        assertEquals(expected, DunningStep.after(last, SENT, paidSince, SENT.plusDays(daysAgo), POLICY));
    }
}
