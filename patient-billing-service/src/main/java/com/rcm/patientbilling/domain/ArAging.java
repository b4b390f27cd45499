package com.rcm.patientbilling.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Patient A/R aging: what patients still owe, by how long ago it was charged. Within an account every
 * credit (payment, reversal, adjustment) pays the oldest open charge first, so what remains open is
 * the newest part of the debt; each remaining amount is aged from the day it was charged.
 */
public final class ArAging {
    /** Upper bound in days of each bucket; the last is open-ended. */
    private static final int[] LIMITS = {30, 60, 90, 120};
    public static final List<String> BUCKETS = List.of("0-30", "31-60", "61-90", "91-120", "120+");

    /** One ledger entry as aging needs it: when, and how much (charges positive, credits negative). */
    public record Movement(LocalDate on, long amountCents) {
    }

    /** Cents owed per bucket (in {@link #BUCKETS} order) for one account's movements, oldest first. */
    public static Map<String, Long> ofAccount(List<Movement> movements, LocalDate asOf) {
        Deque<long[]> open = new ArrayDeque<>(); // {epoch day charged, cents still open}
        long credit = 0;
        for (Movement m : movements) {
            if (m.amountCents() > 0) {
                open.addLast(new long[] {m.on().toEpochDay(), m.amountCents()});
            } else {
                credit -= m.amountCents();
            }
            while (credit > 0 && !open.isEmpty()) {
                long[] oldest = open.peekFirst();
                long applied = Math.min(credit, oldest[1]);
                oldest[1] -= applied;
                credit -= applied;
                if (oldest[1] == 0) {
                    open.removeFirst();
                }
            }
        }
        Map<String, Long> buckets = empty();
        for (long[] charge : open) {
            long days = ChronoUnit.DAYS.between(LocalDate.ofEpochDay(charge[0]), asOf);
            buckets.merge(bucketOf(days), charge[1], Long::sum);
        }
        return buckets;
    }

    public static Map<String, Long> empty() {
        Map<String, Long> buckets = new LinkedHashMap<>();
        BUCKETS.forEach(b -> buckets.put(b, 0L));
        return buckets;
    }

    static String bucketOf(long days) {
        for (int i = 0; i < LIMITS.length; i++) {
            if (days <= LIMITS[i]) {
                return BUCKETS.get(i);
            }
        }
        return BUCKETS.get(LIMITS.length);
    }

    private ArAging() {
    }
}
