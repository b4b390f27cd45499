package com.rcm.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fault campaign (Maven profile {@code fault-campaign}): while a partner EHR sends 5,000 encounters
 * for three practices, every service, the Kafka broker and PostgreSQL go down in turn at random moments
 * (SIGKILL; PostgreSQL restarted in immediate mode). After recovery every encounter is patient-billed
 * exactly once and every ledger ties out. Prints the faults and the figures; {@code -Dfault.seed=} replays
 * a run's moments, {@code -Dfault.encounters=} and {@code -Dfault.rate=} size it.
 */
@Tag("fault-campaign")
class FaultCampaignTest {
    private static final List<String> VICTIMS = List.of(
            "coding-service",
            "claims-service",
            "payments-service",
            "patient-billing-service",
            "ops-dashboard",
            "clearinghouse-simulator",
            "kafka",
            "postgresql");
    private static final int ENCOUNTERS = Integer.getInteger("fault.encounters", 5000);
    /** Slow enough that the load is still being sent when the last fault strikes. */
    private static final int RATE = Integer.getInteger("fault.rate", 15);

    private static final Duration SETTLE = Duration.ofMinutes(Long.getLong("fault.settle-minutes", 20));

    private record Fault(String victim, double atSeconds, double recoveredInSeconds, int inFlight) {}

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.ensureStarted();
    }

    @Test
    void everyEncounterIsPatientBilledExactlyOnceThroughCrashes() throws Exception {
        long seed = Long.getLong("fault.seed", System.currentTimeMillis());
        Random random = new Random(seed);
        List<String> order = new ArrayList<>(VICTIMS);
        Collections.shuffle(order, random);
        List<String> tenants = LoadPractices.all();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now();
        long startNanos = System.nanoTime();
        List<Fault> faults = new ArrayList<>();

        try (EncounterLoad load = new EncounterLoad(tenants, run, true)) {
            PipelineAudit audit = new PipelineAudit(load);
            CompletableFuture<Double> sending = CompletableFuture.supplyAsync(() -> {
                load.send(ENCOUNTERS, RATE);
                return secondsSince(startNanos);
            });
            // One fault at a random moment in each equal slice of the time the load takes to send.
            double slice = (double) ENCOUNTERS / RATE / order.size();
            for (int i = 0; i < order.size(); i++) {
                double at = slice * i + random.nextDouble() * slice * 0.8;
                sleepUntil(startNanos, at);
                int inFlight = load.sent().size() - audit.progress().billed();
                double began = secondsSince(startNanos);
                String victim = order.get(i);
                if (victim.equals("postgresql")) {
                    LocalPlatform.restartPostgres();
                } else {
                    LocalPlatform.crashAndRestart(victim);
                }
                faults.add(new Fault(victim, began, secondsSince(startNanos) - began, inFlight));
                System.out.printf(
                        "fault campaign: %s down at %.1f s, all ready again after %.1f s%n",
                        victim, began, secondsSince(startNanos) - began);
            }
            double sentIn = sending.get(30, TimeUnit.MINUTES);

            double allBilledAt = awaitAllBilled(audit, startNanos);
            PipelineAudit.Findings found = audit.findings(ENCOUNTERS, start);
            String report = report(
                    seed,
                    tenants,
                    load.payerMix(),
                    faults,
                    sentIn,
                    allBilledAt,
                    load.resent(),
                    found,
                    audit.deadLetterReasons(start));
            System.out.println(report);
            assertTrue(found.clean(), report);
        }
    }

    /** Seconds from the start until the last encounter was patient-billed; fails when the pipeline stops moving. */
    private static double awaitAllBilled(PipelineAudit audit, long startNanos) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        PipelineAudit.Progress last = null;
        long lastMoved = System.nanoTime();
        while (System.nanoTime() < deadline) {
            PipelineAudit.Progress now = audit.progress();
            if (now.billed() >= ENCOUNTERS) {
                return secondsSince(startNanos);
            }
            if (!now.equals(last)) {
                last = now;
                lastMoved = System.nanoTime();
                System.out.printf(
                        "fault campaign: %.0f s: %d coded, %d patient-billed of %d%n",
                        secondsSince(startNanos), now.coded(), now.billed(), ENCOUNTERS);
            } else if (System.nanoTime() - lastMoved > TimeUnit.MINUTES.toNanos(3)) {
                break;
            }
            TimeUnit.SECONDS.sleep(5);
        }
        System.out.println("fault campaign: stopped moving; stages: " + audit.stages());
        return secondsSince(startNanos);
    }

    private static String report(
            long seed,
            List<String> tenants,
            Map<EncounterLoad.Payers, Integer> mix,
            List<Fault> faults,
            double sentIn,
            double billedIn,
            int resent,
            PipelineAudit.Findings f,
            List<String> deadLetters) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "%nFAULT CAMPAIGN (seed %d): %d encounters for %s at %d/s, sent in %.0f s (%d sends retried)%n",
                seed, f.sent(), String.join(", ", tenants), RATE, sentIn, resent));
        out.append(String.format("  payers: %s%n", new TreeMap<>(mix)));
        for (Fault fault : faults) {
            out.append(String.format(
                    "  %6.1f s  %-24s killed (SIGKILL%s), every service ready again in %5.1f s (%d encounters in flight)%n",
                    fault.atSeconds(),
                    fault.victim(),
                    fault.victim().equals("postgresql") ? "-like: immediate restart" : "",
                    fault.recoveredInSeconds(),
                    fault.inFlight()));
        }
        out.append(String.format(
                "  last encounter patient-billed %.0f s after the first was sent; stages %s%n", billedIn, f.stages()));
        out.append(String.format(
                "  encounters %d (duplicates %d) · patient-billed %d (twice %d) · claims %d (duplicates %d)%n",
                f.encounters(), f.duplicateEncounters(), f.billed(), f.billedTwice(), f.claims(), f.duplicateClaims()));
        out.append(String.format(
                "  payer postings %d (double %d, unbalanced %d) · remittances unbalanced %d%n",
                f.postings(), f.doublePostings(), f.unbalancedPostings(), f.unbalancedRemittances()));
        out.append(String.format(
                "  patient charges wrong or missing %d · patient balances wrong %d%n",
                f.patientChargeMismatches(), f.patientBalanceMismatches()));
        out.append(String.format(
                "  outbox events never sent %d · dead letters %d%s%n",
                f.unsentOutboxEvents(), f.deadLetters(), deadLetters.isEmpty() ? "" : " " + deadLetters));
        out.append(String.format(
                "  money: payers paid %s, patients owe %s%n",
                dollars(f.paidCents()), dollars(f.patientResponsibilityCents())));
        out.append(f.clean() ? "  RESULT: nothing lost, nothing twice, every ledger balanced" : "  RESULT: FAILED");
        return out.toString();
    }

    private static String dollars(long cents) {
        return String.format("$%,d.%02d", cents / 100, cents % 100);
    }

    private static void sleepUntil(long startNanos, double seconds) throws InterruptedException {
        long wait = startNanos + (long) (seconds * 1e9) - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
