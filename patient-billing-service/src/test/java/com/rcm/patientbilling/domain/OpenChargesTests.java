package com.rcm.patientbilling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenChargesTests {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void aPaymentSettlesTheOldestChargeFirst() {
        OpenCharges.Result result =
                OpenCharges.of(List.of(charge("enc-1", 1000, 1), charge("enc-2", 2000, 2), credit(-1500, 3)));
        assertEquals(Map.of("enc-1", 0L, "enc-2", 1500L), result.openByEncounter());
        assertEquals(1500, result.openCents());
        assertEquals(0, result.unappliedCreditCents());
    }

    @Test
    void aReversalTakesOffItsOwnEncounterNotTheOldest() {
        OpenCharges.Result result = OpenCharges.of(List.of(
                charge("enc-1", 1000, 1),
                charge("enc-2", 2000, 2),
                new OpenCharges.Movement(DAY, -2000, "enc-2", true, 3)));
        assertEquals(Map.of("enc-1", 1000L, "enc-2", 0L), result.openByEncounter());
    }

    @Test
    void moreThanIsOwedWaitsAsACreditThatTheNextChargeUses() {
        OpenCharges.Result credit = OpenCharges.of(List.of(charge("enc-1", 1000, 1), credit(-1800, 2)));
        assertEquals(800, credit.unappliedCreditCents());
        OpenCharges.Result used =
                OpenCharges.of(List.of(charge("enc-1", 1000, 1), credit(-1800, 2), charge("enc-2", 500, 3)));
        assertEquals(300, used.unappliedCreditCents());
        assertEquals(Map.of("enc-1", 0L, "enc-2", 0L), used.openByEncounter());
        OpenCharges.Result refunded = OpenCharges.of(List.of(
                charge("enc-1", 1000, 1), credit(-1800, 2), new OpenCharges.Movement(DAY, 800, null, false, 3)));
        assertEquals(0, refunded.unappliedCreditCents());
        assertEquals(0, refunded.openCents());
    }

    private static OpenCharges.Movement charge(String encounter, long cents, long seq) {
        return new OpenCharges.Movement(DAY, cents, encounter, false, seq);
    }

    private static OpenCharges.Movement credit(long cents, long seq) {
        return new OpenCharges.Movement(DAY, cents, null, false, seq);
    }
}
