package com.rcm.coding.codeset;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes the test code sets as seed files, so the service under test imports them at startup as deploy/local does. */
public class CodeSetSeedResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            Path folder = Files.createDirectories(Path.of("target", "code-set-seed"));
            Files.writeString(folder.resolve("icd10cm-FY2026.txt"), CodeSetFiles.icd10Fy2026());
            Files.writeString(folder.resolve("icd10cm-FY2027.txt"), CodeSetFiles.icd10Fy2027());
            Files.writeString(folder.resolve("hcpcs-2026Q4.txt"), CodeSetFiles.hcpcs2026Q4());
            Files.writeString(folder.resolve("age-sex.csv"), CodeSetFiles.ageSexTable());
            return Map.of("coding.code-sets.seed-dir", folder.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {}
}
