package com.rcm.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark (Maven profile {@code benchmark}, README "Benchmark"): a partner EHR publishes
 * encounters for three practices to {@code ehr.encounters.v1} flat out, then at a set rate, then at
 * half the flat-out rate (where the pipeline keeps up). Each run measures encounters a second
 * reaching PATIENT_BILLED and each one's latency (sent → its statement), beside this machine's raw
 * Kafka and PostgreSQL limits, the database commits and Kafka records each encounter costs, and
 * where the CPU went. Writes {@code target/benchmark/benchmark.json} and {@code benchmark.png}.
 */
@Tag("benchmark")
class PipelineBenchmarkTest {
    private static final int FLAT_OUT = Integer.getInteger("benchmark.encounters", 3000);
    private static final int RATE = Integer.getInteger("benchmark.rate", 800);
    private static final int RATE_SECONDS = Integer.getInteger("benchmark.rate-seconds", 3);
    /** Encounters queued at once for the backlog run; 0 leaves the run out. */
    private static final int BACKLOG = Integer.getInteger("benchmark.backlog", 0);
    /** Processes that are not the platform: their CPU is not an encounter's cost. */
    private static final Set<String> NOT_PLATFORM = Set.of("load generator", "keycloak");

    private static final Duration QUIET = Duration.ofSeconds(90);

    /** One run's figures. */
    record Run(
            String name,
            int encounters,
            int ratePerSecond,
            double sendSeconds,
            double sentPerSecond,
            double billedSeconds,
            double encountersPerSecond,
            double peakBilledPerSecond,
            int billed,
            Map<String, Long> latencyMillis,
            long databaseCommits,
            long rowsWritten,
            long kafkaRecords,
            Map<String, Double> cpuSeconds,
            PerEncounter perEncounter,
            List<double[]> sentTimeline,
            List<double[]> billedTimeline) {}

    /**
     * What one encounter cost the platform: database commits and rows written (every database of the
     * server), Kafka records (the platform's five topics) and CPU milliseconds, per process and in all
     * (the platform's processes only: not the load generator, not Keycloak).
     */
    record PerEncounter(
            double databaseCommits,
            double rowsWritten,
            double kafkaRecords,
            double platformCpuMillis,
            Map<String, Double> cpuMillis) {

        static PerEncounter of(int encounters, long commits, long rows, long records, Map<String, Double> cpuSeconds) {
            Map<String, Double> millis = new LinkedHashMap<>();
            cpuSeconds.forEach((process, seconds) -> millis.put(process, 1000 * seconds / encounters));
            double platform = millis.entrySet().stream()
                    .filter(e -> !NOT_PLATFORM.contains(e.getKey()))
                    .mapToDouble(Map.Entry::getValue)
                    .sum();
            return new PerEncounter(
                    (double) commits / encounters,
                    (double) rows / encounters,
                    (double) records / encounters,
                    platform,
                    millis);
        }
    }

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.ensureStarted();
    }

    @Test
    void measureThroughputAndLatencyBesideTheMachinesRawLimits() throws Exception {
        List<String> tenants = LoadPractices.all();
        // A short run first: the services' JIT and connection pools warm before anything counts.
        run("warm-up", tenants, 300, 100);

        RawLimits.KafkaFigures kafka = RawLimits.kafka(200_000, Api.encounter("EHR-RAW-0000000", "P-RAW-0000000"));
        RawLimits.PostgresFigures postgres = RawLimits.postgres(8, Duration.ofSeconds(10));
        Path folder = Path.of("target", "benchmark");
        Files.createDirectories(folder);
        // The flat-out run is recorded (JFR) in every JVM of the platform; the files stay beside the figures.
        FlightRecordings recordings = FlightRecordings.start(folder);
        Run flatOut = run("flat-out", tenants, FLAT_OUT, 0);
        Map<String, List<String>> hotSpots = recordings.stop(8);
        Run paced = run("paced", tenants, RATE * RATE_SECONDS, RATE);
        // Latency when the pipeline keeps up: half the rate it reached flat out, for a minute.
        int sustainable = Math.max(1, (int) (flatOut.encountersPerSecond() / 2));
        Run kept = run("half-rate", tenants, sustainable * 60, sustainable);
        List<Run> runs = new ArrayList<>(List.of(flatOut, paced, kept));
        if (BACKLOG > 0) {
            runs.add(run("backlog", tenants, BACKLOG, 0));
        }

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("at", Instant.now().toString());
        result.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "memoryGiB", memoryGiB()));
        result.put("tenants", tenants);
        result.put("kafka", kafka);
        result.put("postgres", postgres);
        result.put("runs", runs);
        result.put(
                "ratios",
                Map.of(
                        "endToEndPerKafkaRecordsPerSecond",
                                flatOut.encountersPerSecond() / kafka.producedAndConsumedPerSecond(),
                        "endToEndPerPostgresCommitsPerSecond",
                                flatOut.encountersPerSecond() / postgres.commitsPerSecond(),
                        "databaseCommitsPerEncounter", flatOut.perEncounter().databaseCommits(),
                        "kafkaRecordsPerEncounter", flatOut.perEncounter().kafkaRecords(),
                        "flatOutCpuPerSteadyCpu",
                                flatOut.perEncounter().platformCpuMillis()
                                        / kept.perEncounter().platformCpuMillis()));

        result.put("flatOutHotSpots", hotSpots);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(folder.resolve("benchmark.json").toFile(), result);
        BenchmarkChart.write(
                folder.resolve("benchmark.png"),
                String.format(
                        "Encounters to PATIENT_BILLED on %d cores: flat out %.0f/s; Kafka raw %.0f rec/s, PostgreSQL %.0f commits/s",
                        Runtime.getRuntime().availableProcessors(),
                        flatOut.encountersPerSecond(),
                        kafka.producedAndConsumedPerSecond(),
                        postgres.commitsPerSecond()),
                runs.stream().map(PipelineBenchmarkTest::panel).toList());
        System.out.println(report(kafka, postgres, runs, folder));
        hotSpots.forEach((process, places) -> System.out.printf("  flat-out hot spots, %s: %s%n", process, places));

        for (Run run : runs) {
            assertEquals(
                    run.encounters(), run.billed(), "every encounter of the " + run.name() + " run is patient-billed");
        }
    }

    private static Run run(String name, List<String> tenants, int encounters, int rate) throws Exception {
        long commitsBefore = commits();
        long rowsBefore = rowsWritten();
        long recordsBefore = kafkaRecords();
        Map<String, Double> cpuBefore = CpuMeter.read();
        try (EncounterLoad load =
                new EncounterLoad(tenants, UUID.randomUUID().toString().substring(0, 8))) {
            PipelineAudit audit = new PipelineAudit(load);
            long start = System.nanoTime();
            CompletableFuture<Double> sending = CompletableFuture.supplyAsync(() -> {
                load.send(encounters, rate);
                return (System.nanoTime() - start) / 1e9;
            });
            List<double[]> sent = new ArrayList<>();
            List<double[]> billed = new ArrayList<>();
            int lastSent = 0;
            int lastBilled = 0;
            long lastMoved = System.nanoTime();
            double previous = 0;
            while (lastBilled < encounters && System.nanoTime() - lastMoved < QUIET.toNanos()) {
                TimeUnit.SECONDS.sleep(1);
                double now = (System.nanoTime() - start) / 1e9;
                int sentNow = load.sent().size();
                int billedNow = audit.progress().billed();
                sent.add(new double[] {now, (sentNow - lastSent) / (now - previous)});
                billed.add(new double[] {now, (billedNow - lastBilled) / (now - previous)});
                if (billedNow > lastBilled || sentNow > lastSent) {
                    lastMoved = System.nanoTime();
                }
                lastSent = sentNow;
                lastBilled = billedNow;
                previous = now;
            }
            double sendSeconds = sending.get(10, TimeUnit.MINUTES);
            Map<String, Double> cpu = CpuMeter.between(cpuBefore, CpuMeter.read());
            long commitsUsed = commits() - commitsBefore;
            long rowsUsed = rowsWritten() - rowsBefore;
            long recordsUsed = kafkaRecords() - recordsBefore;

            Map<String, String> ids = audit.encounterIds();
            Map<String, Instant> billedAt = audit.billedAt(ids.values());
            Histogram latency = new Histogram(TimeUnit.MINUTES.toMillis(30), 3);
            long firstSent = Long.MAX_VALUE;
            long lastBilledAt = 0;
            for (EncounterLoad.Sent one : load.sent().values()) {
                firstSent = Math.min(firstSent, one.sentAtMillis());
                Instant at = billedAt.get(ids.get(one.externalId()));
                if (at != null) {
                    latency.recordValue(Math.max(0, at.toEpochMilli() - one.sentAtMillis()));
                    lastBilledAt = Math.max(lastBilledAt, at.toEpochMilli());
                }
            }
            double billedSeconds = (lastBilledAt - firstSent) / 1000.0;
            Map<String, Long> percentiles = new LinkedHashMap<>();
            percentiles.put("p50", latency.getValueAtPercentile(50));
            percentiles.put("p95", latency.getValueAtPercentile(95));
            percentiles.put("p99", latency.getValueAtPercentile(99));
            percentiles.put("max", latency.getMaxValue());
            Run run = new Run(
                    name,
                    encounters,
                    rate,
                    sendSeconds,
                    encounters / sendSeconds,
                    billedSeconds,
                    billedAt.size() / billedSeconds,
                    peak(billed),
                    billedAt.size(),
                    percentiles,
                    commitsUsed,
                    rowsUsed,
                    recordsUsed,
                    cpu,
                    PerEncounter.of(encounters, commitsUsed, rowsUsed, recordsUsed, cpu),
                    sent,
                    billed);
            System.out.printf(
                    "benchmark: %s: %d of %d patient-billed, %.0f/s, p50 %d ms, p99 %d ms%n",
                    name,
                    run.billed(),
                    encounters,
                    run.encountersPerSecond(),
                    percentiles.get("p50"),
                    percentiles.get("p99"));
            return run;
        }
    }

    /** MemTotal of /proc/meminfo, in GiB. */
    private static long memoryGiB() throws java.io.IOException {
        return Long.parseLong(
                        Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D", ""))
                / 1024
                / 1024;
    }

    /** The best ten seconds' average of patient-billed a second. */
    private static double peak(List<double[]> perSecond) {
        double best = 0;
        for (int i = 0; i + 10 <= perSecond.size(); i++) {
            double sum = 0;
            for (int j = i; j < i + 10; j++) {
                sum += perSecond.get(j)[1];
            }
            best = Math.max(best, sum / 10);
        }
        return best;
    }

    /** Transactions committed in every database of the server so far. */
    private static long commits() {
        return Databases.number("ops", "SELECT sum(xact_commit) FROM pg_stat_database");
    }

    /** Rows inserted, updated and deleted in every database of the server so far. */
    private static long rowsWritten() {
        return Databases.number("ops", "SELECT sum(tup_inserted + tup_updated + tup_deleted) FROM pg_stat_database");
    }

    /** Records on the platform's five topics so far. */
    private static long kafkaRecords() {
        return PlatformKafka.endOffsets(List.of(
                EncounterLoad.TOPIC,
                "coding.events.v1",
                "claims.events.v1",
                "payments.events.v1",
                "patient-billing.events.v1"));
    }

    private static BenchmarkChart.Panel panel(Run run) {
        return new BenchmarkChart.Panel(
                run.name() + ": " + run.encounters() + " encounters",
                String.format(
                        "%.0f patient-billed/s over the run (best 10 s: %.0f/s); latency p50 %d ms, p95 %d ms, p99 %d ms",
                        run.encountersPerSecond(),
                        run.peakBilledPerSecond(),
                        run.latencyMillis().get("p50"),
                        run.latencyMillis().get("p95"),
                        run.latencyMillis().get("p99")),
                run.sentTimeline(),
                run.billedTimeline());
    }

    private static String report(
            RawLimits.KafkaFigures kafka, RawLimits.PostgresFigures postgres, List<Run> runs, Path folder) {
        StringBuilder out = new StringBuilder(String.format(
                "%nBENCHMARK on %d cores (%s)%n", Runtime.getRuntime().availableProcessors(), folder.toAbsolutePath()));
        out.append(String.format(
                "  raw Kafka: %,d records of %d bytes: produced %,.0f/s, consumed %,.0f/s, both %,.0f/s%n",
                kafka.records(),
                kafka.bytesPerRecord(),
                kafka.producedPerSecond(),
                kafka.consumedPerSecond(),
                kafka.producedAndConsumedPerSecond()));
        out.append(String.format(
                "  raw PostgreSQL: %,.0f commits/s (one-row inserts, %d connections, %.0f s)%n",
                postgres.commitsPerSecond(), postgres.connections(), postgres.seconds()));
        for (Run run : runs) {
            out.append(String.format(
                    "  %s: %,d encounters sent in %.1f s (%,.0f/s); %,d patient-billed, last %.1f s after "
                            + "the first was sent: %,.0f/s (best 10 s %,.0f/s); latency ms %s%n",
                    run.name(),
                    run.encounters(),
                    run.sendSeconds(),
                    run.sentPerSecond(),
                    run.billed(),
                    run.billedSeconds(),
                    run.encountersPerSecond(),
                    run.peakBilledPerSecond(),
                    run.latencyMillis()));
            PerEncounter each = run.perEncounter();
            out.append(String.format(
                    "    per encounter: %.2f database commits, %.1f rows written, %.1f Kafka records, %.1f CPU ms"
                            + " (platform); CPU ms by process %s%n",
                    each.databaseCommits(),
                    each.rowsWritten(),
                    each.kafkaRecords(),
                    each.platformCpuMillis(),
                    rounded(each.cpuMillis())));
            out.append(String.format(
                    "    ratio: end to end is %.2f%% of raw Kafka records/s and %.1f%% of raw PostgreSQL commits/s%n",
                    100 * run.encountersPerSecond() / kafka.producedAndConsumedPerSecond(),
                    100 * run.encountersPerSecond() / postgres.commitsPerSecond()));
        }
        return out.toString();
    }

    private static Map<String, String> rounded(Map<String, Double> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), String.format("%.2f", e.getValue())));
        return out;
    }
}
