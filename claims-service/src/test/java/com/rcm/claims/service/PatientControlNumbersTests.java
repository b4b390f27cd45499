package com.rcm.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.claims.ClaimsTestResources;
import com.rcm.claims.persistence.ControlNumbers;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** CLM01 numbers come from reserved blocks, yet no claim of a practice ever shares one with another. */
@QuarkusTest
@ClaimsTestResources
class PatientControlNumbersTests {

    @Inject
    ControlNumbers counters;

    @Test
    void twoInstancesAndARestartNeverHandOutTheSameNumber() {
        String practice = "practice-cn-" + UUID.randomUUID().toString().substring(0, 8);
        TenantContext.runAs(practice, () -> {
            PatientControlNumbers first = new PatientControlNumbers(counters);
            PatientControlNumbers second = new PatientControlNumbers(counters);
            Set<Long> handedOut = new HashSet<>();
            int taken = 0;
            for (int i = 0; i < 150; i++) {
                assertTrue(handedOut.add(first.next(practice)), "first instance repeated a number");
                assertTrue(handedOut.add(second.next(practice)), "second instance repeated a number");
                taken += 2;
            }
            // A restart: a new instance starts past every block the others reserved.
            PatientControlNumbers restarted = new PatientControlNumbers(counters);
            long afterRestart = restarted.next(practice);
            assertTrue(handedOut.add(afterRestart), "the restarted instance repeated a number");
            assertEquals(taken + 1, handedOut.size());
            // Two blocks each for the first two instances, one for the restarted one: five commits for 301 numbers.
            assertEquals(
                    5L * PatientControlNumbers.BLOCK,
                    counters.reserve(practice, ControlNumbers.PATIENT_CONTROL, "claim", 0));
        });
    }
}
