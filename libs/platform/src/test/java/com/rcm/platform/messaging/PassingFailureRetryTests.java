package com.rcm.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.platform.messaging.PassingFailureRetry.Delivery;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which failures an event is retried through, for how long, and what the dead letter then says. */
class PassingFailureRetryTests {
    private final List<Throwable> retried = new ArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();

    private PassingFailureRetry retryFor(Duration duration) {
        return new PassingFailureRetry(duration, retried::add);
    }

    @Test
    void aPassingFailureIsRetriedUntilTheEventApplies() {
        Delivery delivery = retryFor(Duration.ofSeconds(20)).deliver(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("database restarting", new SQLTransientConnectionException("refused"));
            }
            return true;
        });

        assertEquals(new Delivery.Applied(true), delivery);
        assertEquals(3, attempts.get());
        assertEquals(2, retried.size());
    }

    @Test
    void aRedeliveryFoundInTheInboxIsNotAFailure() {
        // The default billing.consumer.retry-for: a policy Fault Tolerance accepts.
        Delivery delivery = retryFor(Duration.ofSeconds(120)).deliver(() -> {
            attempts.incrementAndGet();
            return false;
        });

        assertEquals(new Delivery.Applied(false), delivery);
        assertEquals(1, attempts.get());
    }

    @Test
    void aPoisonMessageIsNotRetried() {
        PoisonMessageException poison = new PoisonMessageException("payload does not match its schema");

        Delivery delivery = retryFor(Duration.ofSeconds(20)).deliver(() -> {
            attempts.incrementAndGet();
            throw poison;
        });

        assertSame(poison, assertInstanceOf(Delivery.Poisoned.class, delivery).poison());
        assertEquals(1, attempts.get());
        assertTrue(retried.isEmpty());
    }

    @Test
    void aFailureCausedByAPoisonMessageIsNotRetriedEither() {
        // The transaction wrapper rethrows the handler's exception wrapped; the poison inside decides.
        PoisonMessageException poison = new UnprovenTenantException("practice-b may not write for practice-a");

        Delivery delivery = retryFor(Duration.ofSeconds(20)).deliver(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("transaction rolled back", poison);
        });

        assertSame(poison, assertInstanceOf(Delivery.Poisoned.class, delivery).poison());
        assertEquals(1, attempts.get());
    }

    @Test
    void aFailureThatPersistsGivesUpAfterRetryForWithTheRootCauseAsReason() {
        long started = System.nanoTime();

        Delivery delivery = retryFor(Duration.ofMillis(700)).deliver(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException(
                    "could not commit", new SQLTransientConnectionException("connection refused"));
        });

        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(
                new Delivery.GaveUp("failed after retries: SQLTransientConnectionException: connection refused"),
                delivery);
        // 100, 200 and 400 ms apart: the fourth attempt comes at 700 ms, when the time is up.
        assertTrue(attempts.get() >= 3 && attempts.get() <= 5, "attempts: " + attempts.get());
        assertTrue(tookMillis >= 600 && tookMillis < 5_000, "took " + tookMillis + " ms");
    }

    @Test
    void aRetryForShorterThanTwoFirstDelaysMeansNoRetryAndTheRealCause() {
        for (Duration shortTime :
                List.of(Duration.ofMillis(199), Duration.ofMillis(100), Duration.ofMillis(1), Duration.ZERO)) {
            attempts.set(0);
            Delivery delivery = retryFor(shortTime).deliver(() -> {
                attempts.incrementAndGet();
                throw new IllegalStateException("lock timeout");
            });

            assertEquals(
                    new Delivery.GaveUp("failed after retries: IllegalStateException: lock timeout"),
                    delivery,
                    shortTime.toString());
            assertEquals(1, attempts.get(), shortTime.toString());
        }
    }

    @Test
    void theShortestRetryForThatRetriesRetriesOnce() {
        Delivery delivery = retryFor(Duration.ofMillis(200)).deliver(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("lock timeout");
        });

        assertEquals(new Delivery.GaveUp("failed after retries: IllegalStateException: lock timeout"), delivery);
        assertEquals(2, attempts.get());
    }

    @Test
    void theWaitBetweenAttemptsDoublesFromAHundredMilliseconds() {
        List<Long> startedAt = new ArrayList<>();

        retryFor(Duration.ofSeconds(20)).deliver(() -> {
            startedAt.add(System.nanoTime());
            if (startedAt.size() < 4) {
                throw new IllegalStateException("lock timeout");
            }
            return true;
        });

        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < startedAt.size(); i++) {
            gaps.add((startedAt.get(i) - startedAt.get(i - 1)) / 1_000_000);
        }
        assertEquals(3, gaps.size());
        assertTrue(gaps.get(0) >= 100 && gaps.get(0) < 190, "gaps: " + gaps);
        assertTrue(gaps.get(1) >= 200 && gaps.get(1) < 290, "gaps: " + gaps);
        assertTrue(gaps.get(2) >= 400 && gaps.get(2) < 490, "gaps: " + gaps);
    }

    @Test
    void anErrorIsNeitherRetriedNorDeadLettered() {
        // Not an exception: it reaches the consumer, which does not acknowledge the record.
        PassingFailureRetry retry = retryFor(Duration.ofSeconds(20));

        assertThrows(
                StackOverflowError.class,
                () -> retry.deliver(() -> {
                    attempts.incrementAndGet();
                    throw new StackOverflowError("handler recursed");
                }));
        assertEquals(1, attempts.get());
    }

    @Test
    void anInterruptedWaitStopsRetryingAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(
                    IllegalStateException.class,
                    () -> retryFor(Duration.ofSeconds(20)).deliver(() -> {
                        throw new IllegalStateException("database restarting");
                    }));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
