package com.rcm.systemtests;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The platform as separate processes, started the way a person starts it: deploy/local/up.sh.
 * A platform already up on the standard ports is used as it is; otherwise up.sh runs with a data
 * folder and database prefix of the system tests' own, and down.sh stops it when the JVM exits.
 */
final class LocalPlatform {
    private static final List<String> READY = List.of(
            "http://127.0.0.1:8081/q/health/ready",
            "http://127.0.0.1:8082/q/health/ready",
            "http://127.0.0.1:8083/q/health/ready",
            "http://127.0.0.1:8084/q/health/ready",
            "http://127.0.0.1:8085/q/health/ready",
            "http://127.0.0.1:8086/q/health/ready",
            "http://127.0.0.1:8180/realms/billing/.well-known/openid-configuration");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static boolean started;
    /** Where the platform this JVM started keeps its pids; null when an already running platform was used. */
    private static Path dataDir;

    private static Map<String, String> environment;

    static synchronized void ensureStarted() {
        if (started) {
            return;
        }
        if (!READY.stream().allMatch(LocalPlatform::answers)) {
            Path root = root();
            Path data = root.resolve("system-tests/target/platform");
            // An encounter left at CODED counts as stuck after seconds, so the browser test sees one.
            // The partner EHR sends for three practices, so the fault campaign and the benchmark can load three.
            Map<String, String> env = new HashMap<>(Map.of(
                    "BILLING_DATA_DIR",
                    data.toString(),
                    "BILLING_DB_PREFIX",
                    "systest_",
                    "OPS_STUCK_AFTER_CODED",
                    "PT5S",
                    "CODING_PARTNER_LINKS_EHR_PARTNER_1",
                    LoadPractices.LINKED));
            // The benchmark's short windows: claims, statements and the payers' 835s go a moment after they arrive.
            String window = System.getProperty("platform.batch-window", "");
            if (!window.isBlank()) {
                env.put("CLAIMS_BATCH_WINDOW", window);
                env.put("PATIENT_BILLING_STATEMENTS_WINDOW", window);
                env.put("SIMULATOR_REMITTANCE_DELAY", window);
            }
            // Each run starts from empty databases of its own, whatever an earlier run left.
            run(
                    root,
                    env,
                    data.resolve("down.log").toFile(),
                    Duration.ofMinutes(2),
                    "deploy/local/down.sh",
                    "--purge-db");
            run(root, env, data.resolve("up.log").toFile(), Duration.ofMinutes(12), "deploy/local/up.sh");
            dataDir = data;
            environment = env;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> run(
                                    root,
                                    env,
                                    data.resolve("down.log").toFile(),
                                    Duration.ofMinutes(2),
                                    "deploy/local/down.sh"),
                            "platform-down"));
        }
        started = true;
    }

    /** The prefix of the services' database names: the system tests' own, or that of the platform found running. */
    static synchronized String databasePrefix() {
        if (environment != null) {
            return environment.get("BILLING_DB_PREFIX");
        }
        String running = System.getenv("BILLING_DB_PREFIX");
        return running != null && !running.isBlank() ? running : "billing_";
    }

    /** Where the platform's processes write their logs. */
    static synchronized Path logDirectory() {
        return data().resolve("logs");
    }

    /** Where the platform's processes leave their pids (one {@code <name>.pid} each). */
    static synchronized Path pidDirectory() {
        return data().resolve("pids");
    }

    /** Whether this JVM started the platform, and so may crash and restart its processes. */
    static synchronized boolean startedHere() {
        return dataDir != null;
    }

    /**
     * Kills {@code process} (a service's name, or {@code kafka}) with SIGKILL, as a crash would, and
     * brings it back with up.sh, which returns when every service answers ready again.
     */
    static synchronized void crashAndRestart(String process) {
        try {
            long pid = Long.parseLong(
                    Files.readString(pidDirectory().resolve(process + ".pid")).trim());
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().join();
            });
        } catch (IOException e) {
            throw new IllegalStateException("no pid of " + process + " under " + data(), e);
        }
        run(root(), env(), data().resolve("up.log").toFile(), Duration.ofMinutes(5), "deploy/local/up.sh");
    }

    /**
     * Restarts PostgreSQL (the machine's cluster, or up.sh's private one) in immediate mode: no checkpoint,
     * so it recovers from its write-ahead log as after a crash. Then waits, through up.sh, for every service
     * to answer ready.
     */
    static synchronized void restartPostgres() {
        run(
                root(),
                env(),
                data().resolve("up.log").toFile(),
                Duration.ofMinutes(2),
                "deploy/local/restart-postgres.sh");
        run(root(), env(), data().resolve("up.log").toFile(), Duration.ofMinutes(5), "deploy/local/up.sh");
    }

    /** The data folder of the platform in use: this JVM's, or the one the environment names (up.sh's default). */
    private static Path data() {
        if (dataDir != null) {
            return dataDir;
        }
        String running = System.getenv("BILLING_DATA_DIR");
        return running != null && !running.isBlank() ? Path.of(running) : root().resolve("deploy/local/.data");
    }

    /** What up.sh is started with: this JVM's settings, or none beyond the environment it inherits. */
    private static Map<String, String> env() {
        return environment != null ? environment : Map.of();
    }

    private static boolean answers(String url) {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create(url))
                                            .timeout(Duration.ofSeconds(3))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(
            Path root, Map<String, String> env, File log, Duration timeout, String script, String... args) {
        try {
            log.getParentFile().mkdirs();
            List<String> command = new java.util.ArrayList<>(List.of("bash", script));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not finish within " + timeout + "; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(script + " failed (exit " + process.exitValue() + "); see " + log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + script, e);
        }
    }

    private static Path root() {
        String configured = System.getProperty("project.root");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of("..").toAbsolutePath().normalize();
    }

    private LocalPlatform() {}
}
