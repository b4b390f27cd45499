package com.rcm.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * JDK Flight Recordings of the platform's JVMs (the services, the simulator, Kafka) during one run,
 * started and stopped with {@code jcmd}, kept as {@code <process>.jfr}, and read back into each
 * process's hot spots: where its CPU samples were, by the first frame of our own code or of a library
 * we chose (Hibernate, Jackson, StAEDI, the PostgreSQL driver, Kafka's client).
 */
final class FlightRecordings {
    private static final String RECORDING = "benchmark";
    private static final List<String> NOT_JVMS = List.of("keycloak");
    private static final List<String> LIBRARIES = List.of(
            "com.rcm.",
            "org.hibernate.",
            "com.fasterxml.jackson.",
            "io.xlate.edi.",
            "org.postgresql.",
            "org.apache.kafka.",
            "kafka.",
            "io.smallrye.",
            "io.quarkus.",
            "io.vertx.",
            "com.networknt.",
            "io.agroal.",
            "com.arjuna.",
            "org.jboss.",
            "io.netty.");

    private final Path folder;
    private final Map<String, Long> recorded = new LinkedHashMap<>();

    private FlightRecordings(Path folder) {
        this.folder = folder;
    }

    /** Starts a recording in every JVM of the platform; one that cannot record is left out. */
    static FlightRecordings start(Path folder) throws IOException {
        FlightRecordings recordings = new FlightRecordings(folder);
        try (Stream<Path> pids = Files.list(LocalPlatform.pidDirectory())) {
            for (Path file : pids.filter(p -> p.toString().endsWith(".pid")).toList()) {
                String name = file.getFileName().toString().replace(".pid", "");
                if (!NOT_JVMS.contains(name)) {
                    long pid = Long.parseLong(Files.readString(file).trim());
                    if (jcmd(pid, "JFR.start", "name=" + RECORDING, "settings=profile")) {
                        recordings.recorded.put(name, pid);
                    }
                }
            }
        }
        return recordings;
    }

    /** Stops every recording, writes it beside the benchmark's figures and answers each process's hot spots. */
    Map<String, List<String>> stop(int top) throws IOException {
        Map<String, List<String>> hotSpots = new LinkedHashMap<>();
        for (Map.Entry<String, Long> process : recorded.entrySet()) {
            Path file = folder.resolve(process.getKey() + ".jfr").toAbsolutePath();
            if (jcmd(process.getValue(), "JFR.stop", "name=" + RECORDING, "filename=" + file) && Files.exists(file)) {
                hotSpots.put(process.getKey(), hotSpots(file, top));
            }
        }
        return hotSpots;
    }

    /** The {@code top} places CPU samples fell in, as "share% place". */
    static List<String> hotSpots(Path recording, int top) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            counts.merge(place(event.getStackTrace().getFrames()), 1, Integer::sum);
        }
        int all = Math.max(1, samples);
        List<String> out = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> out.add(String.format("%.1f%% %s", 100.0 * e.getValue() / all, e.getKey())));
        return out;
    }

    /** The first frame, from the top, in a library of {@link #LIBRARIES}: "org.hibernate (Class.method)". */
    private static String place(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (String library : LIBRARIES) {
                if (type.startsWith(library)) {
                    String simple = type.substring(type.lastIndexOf('.') + 1);
                    return library.substring(0, library.length() - 1) + " (" + simple + "."
                            + frame.getMethod().getName() + ")";
                }
            }
        }
        return frames.isEmpty()
                ? "unknown"
                : "JDK (" + frames.get(0).getMethod().getType().getName() + ")";
    }

    private static boolean jcmd(long pid, String... command) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(pid));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 && !output.contains("Exception");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
