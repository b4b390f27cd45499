package com.rcm.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ADR 29: every SQL statement, and the EntityManager that runs it, lives in a persistence package. */
class PackageRuleTests {
    private static final Pattern SQL = Pattern.compile("createNativeQuery|createQuery"
            + "|import jakarta\\.persistence\\.EntityManager;"
            + "|\\b(SELECT|INSERT INTO|DELETE FROM)\\s|\\bUPDATE \\w+ SET\\b");

    @Test
    void sqlOnlyInPersistence() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> outside = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.toString().contains("/persistence/"))
                    .filter(PackageRuleTests::holdsSql)
                    .map(Path::toString)
                    .toList();
            assertEquals(List.of(), outside);
        }
    }

    private static boolean holdsSql(Path source) {
        try {
            return SQL.matcher(Files.readString(source)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
