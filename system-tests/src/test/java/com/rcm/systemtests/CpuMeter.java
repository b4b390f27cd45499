package com.rcm.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU seconds each of the platform's processes has used so far, read from /proc: the services, Kafka
 * and Keycloak by their pid files, PostgreSQL as all its backends together, and this JVM (the load
 * generator). Two readings around a run say where the machine's time went.
 */
final class CpuMeter {
    /** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    static Map<String, Double> read() {
        Map<String, Double> seconds = new TreeMap<>();
        try (Stream<Path> pids = Files.list(LocalPlatform.pidDirectory())) {
            pids.filter(p -> p.toString().endsWith(".pid")).forEach(file -> {
                String name = file.getFileName().toString().replace(".pid", "");
                try {
                    seconds.put(name, cpu(Long.parseLong(Files.readString(file).trim())));
                } catch (IOException | NumberFormatException e) {
                    seconds.put(name, 0.0);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("no pids under " + LocalPlatform.pidDirectory(), e);
        }
        double postgres = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                try {
                    if (Files.readString(process.resolve("comm")).trim().equals("postgres")) {
                        // Live backends, and what the postmaster's ended children used (it reaps them).
                        long pid = Long.parseLong(process.getFileName().toString());
                        postgres += cpu(pid) + endedChildrenCpu(pid);
                    }
                } catch (IOException e) {
                    // The process ended between listing and reading.
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
        seconds.put("postgresql", postgres);
        seconds.put("load generator", cpu(ProcessHandle.current().pid()));
        return seconds;
    }

    /** What each process used between two readings. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new TreeMap<>();
        after.forEach((name, seconds) -> used.put(name, seconds - before.getOrDefault(name, 0.0)));
        return used;
    }

    /** utime and stime: CPU the process itself used. */
    private static double cpu(long pid) {
        // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12.
        return ticks(pid, 11, 12);
    }

    /** cutime and cstime: CPU of the process's children that have ended and been waited for. */
    private static double endedChildrenCpu(long pid) {
        return ticks(pid, 13, 14);
    }

    /** Two fields of /proc/<pid>/stat (counted after the process name), added, in seconds; 0 if it is gone. */
    private static double ticks(long pid, int first, int second) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[first]) + Long.parseLong(fields[second])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private CpuMeter() {}
}
