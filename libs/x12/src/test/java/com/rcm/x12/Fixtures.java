package com.rcm.x12;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's own X12 files (src/test/resources/x12/&lt;transaction&gt;): made-up practices, payers and
 * patients, so the conformance tests always have something to read. A missing folder fails the test
 * instead of skipping it.
 */
public final class Fixtures {

    private Fixtures() {}

    /** Every file in {@code x12/<folder>}, sorted by name; at least one. */
    public static List<Path> files(String folder) {
        try (Stream<Path> files = Files.list(folder(folder))) {
            List<Path> found = files.filter(Files::isRegularFile).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("no X12 fixtures in x12/" + folder);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(String folder, String name) {
        Path file = folder(folder).resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no X12 fixture x12/" + folder + "/" + name);
        }
        return file;
    }

    public static String text(String folder, String name) {
        try {
            return Files.readString(file(folder, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(String folder) {
        URL url = Fixtures.class.getResource("/x12/" + folder);
        if (url == null) {
            throw new IllegalStateException("no X12 fixture folder x12/" + folder + " on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
