package com.rcm.coding.codeset;

import com.rcm.coding.codeset.persistence.CodeSetImportRepository;
import com.rcm.coding.config.CodingConfig;
import com.rcm.coding.rules.CodingRules;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * At startup: marks imports a previous run left unfinished as failed, then loads the code-set files
 * of the configured seed folder ({@code icd10cm-FY2027.txt}, {@code hcpcs-2026Q4.txt}, {@code age-sex.csv})
 * before the service reports ready. Versions already loaded are left as they are.
 */
@ApplicationScoped
public class CodeSetSeeder {
    private static final Logger LOG = Logger.getLogger(CodeSetSeeder.class);
    private static final Pattern ICD10CM = Pattern.compile("icd10cm-(FY\\d{4})\\.txt");
    private static final Pattern HCPCS = Pattern.compile("hcpcs-(\\d{4}Q[1-4])\\.txt");

    private final CodingConfig config;
    private final CodeSetImportRepository imports;
    private final CodeSetImporter importer;
    private final CodingRules rules;

    public CodeSetSeeder(
            CodingConfig config, CodeSetImportRepository imports, CodeSetImporter importer, CodingRules rules) {
        this.config = config;
        this.imports = imports;
        this.importer = importer;
        this.rules = rules;
    }

    void onStart(@Observes StartupEvent start) {
        int interrupted = imports.failInterrupted();
        if (interrupted > 0) {
            LOG.warnf("%d code-set import(s) were cut off by the last stop and are marked FAILED", interrupted);
        }
        config.codeSets().seedDir().ifPresent(this::seed);
    }

    private void seed(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.warnf("code-set seed folder %s does not exist; nothing seeded", folder);
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                Matcher icd = ICD10CM.matcher(name);
                Matcher hcpcs = HCPCS.matcher(name);
                if (icd.matches()) {
                    seedCodeSet(CodeSystem.ICD10CM, icd.group(1), file);
                } else if (hcpcs.matches()) {
                    seedCodeSet(CodeSystem.HCPCS, hcpcs.group(1), file);
                } else if (name.equals("age-sex.csv")) {
                    seedAgeSex(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void seedCodeSet(CodeSystem system, String label, Path file) throws IOException {
        Path copy = Files.createTempFile("code-set-seed-", ".txt");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        CodeSetImportStatus status = importer.importNow(system, label, system.effectiveFrom(label), copy, "seed");
        LOG.infof(
                "seed %s: %s %s %s",
                file.getFileName(),
                system,
                label,
                status.status() + (status.message() == null ? "" : " (" + status.message() + ")"));
    }

    private void seedAgeSex(Path file) throws IOException {
        try {
            List<?> existing = rules.ageSexRules();
            if (!existing.isEmpty()) {
                return;
            }
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                LOG.infof(
                        "seed %s: %d age and sex rules",
                        file.getFileName(), rules.importAgeSex(reader).inserted());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed the age and sex table", e);
        }
    }
}
