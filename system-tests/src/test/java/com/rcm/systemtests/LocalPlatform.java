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
            "http://127.0.0.1:8081/q/health/ready", "http://127.0.0.1:8082/q/health/ready",
            "http://127.0.0.1:8083/q/health/ready", "http://127.0.0.1:8084/q/health/ready",
            "http://127.0.0.1:8085/q/health/ready", "http://127.0.0.1:8086/q/health/ready",
            "http://127.0.0.1:8180/realms/billing/.well-known/openid-configuration");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
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
            Map<String, String> env = Map.of("BILLING_DATA_DIR", data.toString(), "BILLING_DB_PREFIX", "systest_",
                    "OPS_STUCK_AFTER_CODED", "PT5S");
            // Each run starts from empty databases of its own, whatever an earlier run left.
            run(root, env, data.resolve("down.log").toFile(), Duration.ofMinutes(2), "deploy/local/down.sh", "--purge-db");
            run(root, env, data.resolve("up.log").toFile(), Duration.ofMinutes(12), "deploy/local/up.sh");
            dataDir = data;
            environment = env;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run(root, env, data.resolve("down.log").toFile(),
                    Duration.ofMinutes(2), "deploy/local/down.sh"), "platform-down"));
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
        if (dataDir != null) {
            return dataDir.resolve("logs");
        }
        String running = System.getenv("BILLING_DATA_DIR");
        return (running != null && !running.isBlank() ? Path.of(running) : root().resolve("deploy/local/.data"))
                .resolve("logs");
    }

    /** Whether this JVM started the platform, and so may crash and restart its processes. */
    static synchronized boolean startedHere() {
        return dataDir != null;
    }

    /** Kills {@code service} with SIGKILL, as a crash would, and brings it back with up.sh. */
    static synchronized void crashAndRestart(String service) {
        try {
            long pid = Long.parseLong(Files.readString(dataDir.resolve("pids").resolve(service + ".pid")).trim());
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().join();
            });
        } catch (IOException e) {
            throw new IllegalStateException("no pid of " + service + " under " + dataDir, e);
        }
        run(root(), environment, dataDir.resolve("up.log").toFile(), Duration.ofMinutes(5), "deploy/local/up.sh");
    }

    private static boolean answers(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(Path root, Map<String, String> env, File log, Duration timeout, String script,
            String... args) {
        try {
            log.getParentFile().mkdirs();
            List<String> command = new java.util.ArrayList<>(List.of("bash", script));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
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
        return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..").toAbsolutePath().normalize();
    }

    private LocalPlatform() {
    }
}
