package com.rcm.platform.scheduling;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.ManagedContext;
import io.quarkus.scheduler.Scheduler;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs a batch job when work arrives instead of at the next tick of a clock. The first arrival after
 * a run opens a window; when the window closes the job runs once, for everything that arrived in it.
 * A billing company may let claims gather for an hour; the benchmark for a tenth of a second. Callers
 * announce an arrival after the commit that made the work visible (a transactional observer), so the
 * job finds it. The job's own periodic schedule stays, for work another instance or a crash left.
 */
public final class ArrivalWindow {
    private static final Logger LOG = Logger.getLogger(ArrivalWindow.class);

    private final String name;
    private final Duration window;
    private final Runnable job;
    private final Semaphore arrivals = new Semaphore(0);
    private volatile boolean open = true;
    private final Thread thread;

    private ArrivalWindow(String name, Duration window, Runnable job) {
        this.name = name;
        this.window = window;
        this.job = job;
        this.thread = new Thread(this::run, name + "-window");
        this.thread.setDaemon(true);
    }

    /** Starts waiting for arrivals; {@code job} runs on this window's own thread, never twice at once. */
    public static ArrivalWindow start(String name, Duration window, Runnable job) {
        ArrivalWindow arrivalWindow = new ArrivalWindow(name, window, job);
        arrivalWindow.thread.start();
        return arrivalWindow;
    }

    /**
     * The window of a scheduled job ({@code identity}): when it closes the job runs, unless an
     * operator or a test has paused it; then the work waits, and the window looks again when it next
     * closes, so what arrived while paused goes soon after the job is resumed.
     */
    public static ArrivalWindow forScheduledJob(Scheduler scheduler, String identity, Duration window, Runnable job) {
        ArrivalWindow[] self = new ArrivalWindow[1];
        self[0] = start(identity, window, () -> {
            if (scheduler.isPaused(identity)) {
                self[0].arrived();
            } else {
                job.run();
            }
        });
        return self[0];
    }

    /** Work has arrived: the job runs when the window it opens (or the one already open) closes. */
    public void arrived() {
        arrivals.release();
    }

    /** As the scheduler runs a job: in a request context of its own, where Hibernate finds the tenant. */
    private void runInRequestContext() {
        ArcContainer container = Arc.container();
        if (container == null) { // no CDI container: a plain unit
            job.run();
            return;
        }
        ManagedContext requestContext = container.requestContext();
        requestContext.activate();
        try {
            job.run();
        } finally {
            requestContext.terminate();
        }
    }

    public void stop() throws InterruptedException {
        open = false;
        thread.interrupt();
        thread.join(5_000);
    }

    private void run() {
        while (open) {
            try {
                arrivals.acquire();
                TimeUnit.NANOSECONDS.sleep(window.toNanos());
                // Everything that arrived during the window is in this run.
                arrivals.drainPermits();
                runInRequestContext();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("%s did not run to its end; the next arrival or its schedule runs it again: %s", name, e);
            }
        }
    }
}
