package com.rcm.x12;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the external X12 conformance samples (a folder beside the repository, or
 * {@code -Dx12.conformance.dir}). They are an extra: tests that need them are skipped where the folder
 * is absent, and {@link #filesIfPresent} gives none. The project's own files are {@link Fixtures}.
 */
public final class Conformance {

    private Conformance() {}

    public static List<Path> files(String transaction) {
        Path folder = root().resolve(transaction);
        assumeTrue(Files.isDirectory(folder), "no conformance samples at " + folder);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The samples of {@code transaction}, or none where the folder is absent (never skips). */
    public static List<Path> filesIfPresent(String transaction) {
        return Files.isDirectory(root().resolve(transaction)) ? files(transaction) : List.of();
    }

    public static Path file(String transaction, String name) {
        Path file = root().resolve(transaction).resolve(name);
        assumeTrue(Files.isRegularFile(file), "no conformance sample " + file);
        return file;
    }

    private static Path root() {
        String configured = System.getProperty("x12.conformance.dir", System.getenv("X12_CONFORMANCE_DIR"));
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("conformance").resolve("x12");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("shared", "conformance", "x12");
    }
}
