package com.rcm.patientbilling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArAgingTests {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @Test
    void creditsSettleTheOldestChargesFirstAndTheRestIsAgedFromItsChargeDate() {
        Map<String, Long> aged = ArAging.ofAccount(
                List.of(
                        new ArAging.Movement(LocalDate.of(2026, 7, 1), 5000), // 183 days
                        new ArAging.Movement(LocalDate.of(2026, 10, 15), 3000), // 77 days
                        new ArAging.Movement(LocalDate.of(2026, 11, 1), -6000), // pays all of July, 10.00 of October
                        new ArAging.Movement(LocalDate.of(2026, 12, 20), 1500)), // 11 days
                AS_OF);
        assertEquals(Map.of("0-30", 1500L, "31-60", 0L, "61-90", 2000L, "91-120", 0L, "120+", 0L), aged);
        assertEquals(List.of("0-30", "31-60", "61-90", "91-120", "120+"), List.copyOf(aged.keySet()));
    }

    @Test
    void aCreditBeforeAnyChargeSettlesTheChargesThatFollow() {
        Map<String, Long> aged = ArAging.ofAccount(
                List.of(
                        new ArAging.Movement(LocalDate.of(2026, 8, 1), -1000),
                        new ArAging.Movement(LocalDate.of(2026, 8, 2), 2500)),
                AS_OF);
        assertEquals(1500L, aged.get("120+"));
    }

    @Test
    void theBucketEdgesFallOnThirtySixtyNinetyAndOneHundredTwentyDays() {
        assertEquals("0-30", ArAging.bucketOf(30));
        assertEquals("31-60", ArAging.bucketOf(31));
        assertEquals("61-90", ArAging.bucketOf(90));
        assertEquals("91-120", ArAging.bucketOf(120));
        assertEquals("120+", ArAging.bucketOf(121));
    }
}
