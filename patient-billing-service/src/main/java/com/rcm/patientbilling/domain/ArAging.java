package com.rcm.patientbilling.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Patient A/R aging: what patients still owe, by how long ago it was charged. Within an account
 * credits pay the oldest open charge first ({@link OpenCharges}), so what remains open is the newest
 * part of the debt; each remaining amount is aged from the day it was charged.
 */
public final class ArAging {
    /** Upper bound in days of each bucket; the last is open-ended. */
    private static final int[] LIMITS = {30, 60, 90, 120};

    public static final List<String> BUCKETS = List.of("0-30", "31-60", "61-90", "91-120", "120+");

    /** One ledger entry as aging needs it: when, and how much (charges positive, credits negative). */
    public record Movement(LocalDate on, long amountCents) {}

    /** Cents owed per bucket (in {@link #BUCKETS} order) for one account's movements, oldest first. */
    public static Map<String, Long> ofAccount(List<Movement> movements, LocalDate asOf) {
        List<OpenCharges.Movement> inOrder = new ArrayList<>();
        for (Movement m : movements) {
            inOrder.add(new OpenCharges.Movement(m.on(), m.amountCents(), null, false, inOrder.size()));
        }
        return of(OpenCharges.of(inOrder), asOf);
    }

    /** Cents owed per bucket for what is still open of an account's charges. */
    public static Map<String, Long> of(OpenCharges.Result charges, LocalDate asOf) {
        Map<String, Long> buckets = empty();
        for (OpenCharges.Open charge : charges.open()) {
            long days = ChronoUnit.DAYS.between(charge.chargedOn(), asOf);
            buckets.merge(bucketOf(days), charge.openCents(), Long::sum);
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

    private ArAging() {}
}
