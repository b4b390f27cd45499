package com.rcm.platform.messaging;

import io.smallrye.faulttolerance.api.TypedGuard;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Applies an event again while it fails for a passing reason (the database restarting, a lock
 * timeout), through SmallRye Fault Tolerance: 100 ms, doubling to at most 5 s between attempts,
 * for {@code retryFor} in all. A poison message, or a failure caused by one, is never retried: it
 * cannot succeed, and retrying would hold its partition for nothing. Errors (not exceptions) are not
 * retried either, as before.
 */
final class PassingFailureRetry {
    static final Duration FIRST_DELAY = Duration.ofMillis(100);
    static final Duration MAX_DELAY = Duration.ofSeconds(5);

    private final TypedGuard<Boolean> guard;

    /** {@code beforeRetry} hears each failure that is about to be retried (for the log). */
    PassingFailureRetry(Duration retryFor, Consumer<Throwable> beforeRetry) {
        long budget = retryFor.toMillis();
        // Fault Tolerance refuses (at the first call, not here) a maximum delay not between the first
        // delay and the maximum duration, and reads a maximum duration of 0 as "no limit". A retryFor
        // shorter than two first delays therefore means no retry, under limits it accepts, so that no
        // setting turns every event into a dead letter.
        long first = FIRST_DELAY.toMillis();
        boolean retries = budget >= 2 * first;
        long maxDelay = retries ? Math.min(MAX_DELAY.toMillis(), budget - 1) : first + 1;
        // Time-bounded, not count-bounded: a restart takes as long as it takes, up to retryFor.
        this.guard = TypedGuard.create(Boolean.class)
                .withRetry()
                .maxRetries(retries ? -1 : 0)
                .maxDuration(retries ? budget : maxDelay + 1, ChronoUnit.MILLIS)
                .delay(first, ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .whenException(PassingFailureRetry::isPassing)
                .beforeRetry(beforeRetry)
                .withExponentialBackoff()
                .factor(2)
                .maxDelay(maxDelay, ChronoUnit.MILLIS)
                .done()
                .done()
                .build();
    }

    /** Runs {@code apply} (true: applied, false: a redelivery) until it succeeds, is poison, or time is up. */
    Delivery deliver(Callable<Boolean> apply) {
        try {
            return new Delivery.Applied(guard.call(apply));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        } catch (Exception e) {
            PoisonMessageException poison = poisonCause(e);
            if (poison != null) {
                return new Delivery.Poisoned(poison);
            }
            return new Delivery.GaveUp("failed after retries: " + describe(e));
        }
    }

    static boolean isPassing(Throwable failure) {
        return failure instanceof RuntimeException && poisonCause(failure) == null;
    }

    static PoisonMessageException poisonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PoisonMessageException poison) {
                return poison;
            }
        }
        return null;
    }

    /** The root cause, as ops read it in the dead letter's reason: "PSQLException: connection refused". */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** What became of an event: applied (or found applied before), poison, or failing past the retries. */
    sealed interface Delivery {
        record Applied(boolean firstDelivery) implements Delivery {}

        record Poisoned(PoisonMessageException poison) implements Delivery {}

        record GaveUp(String reason) implements Delivery {}
    }
}
