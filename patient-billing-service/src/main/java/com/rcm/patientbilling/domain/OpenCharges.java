package com.rcm.patientbilling.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which charges of one account are still open. A payer's reversal takes back its own encounter's
 * charge; every other credit (payment, adjustment) pays the oldest open charge first, and what no
 * charge needs waits as an unapplied credit that the next charge (or a refund) uses up.
 */
public final class OpenCharges {

    /**
     * One ledger entry: charges positive, credits negative. {@code ownEncounterOnly} marks a credit that
     * belongs to its encounter (an insurance reversal) rather than to the oldest debt. {@code sequence}
     * is the posting order (the ledger's seq), which orders charges of one day across accounts.
     */
    public record Movement(
            LocalDate on, long amountCents, String encounterId, boolean ownEncounterOnly, long sequence) {}

    /** What is still owed of one charge, the day it was charged and its posting order. */
    public record Open(String encounterId, LocalDate chargedOn, long openCents, long sequence) {}

    /** Open charges oldest first, the encounters ever charged, and the credit nothing needed. */
    public record Result(List<Open> open, List<String> chargedEncounters, long unappliedCreditCents) {

        public long openCents() {
            return open.stream().mapToLong(Open::openCents).sum();
        }

        /** Cents still open per encounter, for every encounter ever charged (zero when paid off). */
        public Map<String, Long> openByEncounter() {
            Map<String, Long> byEncounter = new LinkedHashMap<>();
            chargedEncounters.forEach(e -> byEncounter.put(e, 0L));
            open.stream()
                    .filter(o -> o.encounterId() != null)
                    .forEach(o -> byEncounter.merge(o.encounterId(), o.openCents(), Long::sum));
            return byEncounter;
        }
    }

    private static final class Charge {
        final String encounterId;
        final LocalDate on;
        final long sequence;
        long open;

        Charge(Movement m) {
            this.encounterId = m.encounterId();
            this.on = m.on();
            this.sequence = m.sequence();
            this.open = m.amountCents();
        }
    }

    public static Result of(List<Movement> movements) {
        List<Charge> charges = new ArrayList<>();
        List<String> charged = new ArrayList<>();
        long credit = 0;
        for (Movement m : movements) {
            if (m.amountCents() > 0) {
                charges.add(new Charge(m));
                if (m.encounterId() != null && !charged.contains(m.encounterId())) {
                    charged.add(m.encounterId());
                }
            } else if (m.ownEncounterOnly() && m.encounterId() != null) {
                credit += applyToEncounter(charges, m.encounterId(), -m.amountCents());
            } else {
                credit -= m.amountCents();
            }
            credit = applyOldestFirst(charges, credit);
        }
        List<Open> open = charges.stream()
                .filter(c -> c.open > 0)
                .map(c -> new Open(c.encounterId, c.on, c.open, c.sequence))
                .toList();
        return new Result(open, charged, credit);
    }

    /** Takes {@code cents} off the encounter's charges; returns what they did not need. */
    private static long applyToEncounter(List<Charge> charges, String encounterId, long cents) {
        for (Charge c : charges) {
            if (cents == 0) {
                break;
            }
            if (encounterId.equals(c.encounterId)) {
                long applied = Math.min(cents, c.open);
                c.open -= applied;
                cents -= applied;
            }
        }
        return cents;
    }

    private static long applyOldestFirst(List<Charge> charges, long credit) {
        for (Charge c : charges) {
            if (credit == 0) {
                break;
            }
            long applied = Math.min(credit, c.open);
            c.open -= applied;
            credit -= applied;
        }
        return credit;
    }

    private OpenCharges() {}
}
