package com.rcm.platform.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ArrivalWindowTests {

    @Test
    void workArrivingTogetherIsDoneInOneRunAndLaterWorkInAnother() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Semaphore ran = new Semaphore(0);
        ArrivalWindow window = ArrivalWindow.start("test", Duration.ofMillis(200), () -> {
            runs.incrementAndGet();
            ran.release();
        });
        try {
            TimeUnit.MILLISECONDS.sleep(300);
            assertEquals(0, runs.get(), "no arrival, no run");

            for (int i = 0; i < 50; i++) {
                window.arrived();
            }
            assertTrue(ran.tryAcquire(5, TimeUnit.SECONDS), "the window's run");
            TimeUnit.MILLISECONDS.sleep(400);
            assertEquals(1, runs.get(), "fifty arrivals in one window, one run");

            window.arrived();
            assertTrue(ran.tryAcquire(5, TimeUnit.SECONDS), "a later arrival's run");
            assertEquals(2, runs.get());
        } finally {
            window.stop();
        }
    }

    @Test
    void aRunThatFailsDoesNotStopTheNext() throws Exception {
        Semaphore ran = new Semaphore(0);
        AtomicInteger runs = new AtomicInteger();
        ArrivalWindow window = ArrivalWindow.start("test", Duration.ofMillis(10), () -> {
            ran.release();
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("database restarting");
            }
        });
        try {
            window.arrived();
            assertTrue(ran.tryAcquire(5, TimeUnit.SECONDS));
            window.arrived();
            assertTrue(ran.tryAcquire(5, TimeUnit.SECONDS), "the run after a failed one");
        } finally {
            window.stop();
        }
    }
}
