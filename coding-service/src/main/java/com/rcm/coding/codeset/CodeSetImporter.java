package com.rcm.coding.codeset;

import com.rcm.coding.codeset.persistence.CodeSetImportRepository;
import com.rcm.coding.codeset.persistence.CodeSetRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Loads an official CMS file into a new code-set version. The whole version is written in one
 * transaction, so a failed or interrupted import leaves no half-loaded version behind; the same
 * version with the same content again changes nothing. Imports run one at a time in the background
 * and report their progress in {@code code_set_import}.
 */
@ApplicationScoped
public class CodeSetImporter {
    private static final Logger LOG = Logger.getLogger(CodeSetImporter.class);
    private static final int PROGRESS_EVERY = 5_000;
    private static final int TIMEOUT_SECONDS = 600;

    private final CodeSetRepository codeSets;
    private final CodeSetImportRepository imports;
    private final CodeSetCatalog catalog;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "code-set-import"));

    public CodeSetImporter(CodeSetRepository codeSets, CodeSetImportRepository imports, CodeSetCatalog catalog) {
        this.codeSets = codeSets;
        this.imports = imports;
        this.catalog = catalog;
    }

    /** Starts importing {@code file} (which the import then owns and deletes) and returns the import id at once. */
    public String start(CodeSystem system, String label, LocalDate effectiveFrom, Path file, String requestedBy) {
        String id = imports.open(system, label, requestedBy);
        submit(id, system, label, effectiveFrom, file);
        return id;
    }

    /** Imports {@code file} now, on the caller's thread (used for the seed files at startup). */
    public CodeSetImportStatus importNow(
            CodeSystem system, String label, LocalDate effectiveFrom, Path file, String requestedBy) {
        String id = imports.open(system, label, requestedBy);
        try {
            submit(id, system, label, effectiveFrom, file).get();
        } catch (Exception e) {
            throw new IllegalStateException("import of " + file + " did not finish", e);
        }
        return imports.find(id).orElseThrow();
    }

    private Future<?> submit(String id, CodeSystem system, String label, LocalDate effectiveFrom, Path file) {
        return worker.submit(() -> {
            try {
                run(id, system, label, effectiveFrom, file);
            } finally {
                deleteQuietly(file);
            }
        });
    }

    private void run(String id, CodeSystem system, String label, LocalDate effectiveFrom, Path file) {
        long started = System.nanoTime();
        Progress progress = new Progress(id);
        try {
            progress.total = countLines(file);
            String sha256 = sha256(file);
            Optional<String> loaded = codeSets.checksumOf(system, label);
            if (loaded.isPresent()) {
                if (loaded.get().equals(sha256)) {
                    imports.finish(
                            id,
                            CodeSetImportStatus.UNCHANGED,
                            progress.total,
                            0,
                            system + " " + label + " is already loaded with the same content; nothing changed");
                } else {
                    imports.finish(
                            id,
                            CodeSetImportStatus.FAILED,
                            0,
                            0,
                            system + " " + label
                                    + " is already loaded with different content; import the corrected file under a new version");
                }
                return;
            }
            imports.progress(id, 0, progress.total);
            int codes = QuarkusTransaction.requiringNew()
                    .timeout(TIMEOUT_SECONDS)
                    .call(() -> load(system, label, effectiveFrom, sha256, file, progress));
            catalog.refresh();
            imports.finish(id, CodeSetImportStatus.DONE, progress.read, codes, null);
            LOG.infof(
                    "imported %s %s: %d codes from %d lines in %d ms",
                    system, label, codes, progress.read, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CodeSetFormatException ? e : rootCause(e);
            LOG.warnf("import %s of %s %s failed: %s", id, system, label, cause.getMessage());
            imports.finish(id, CodeSetImportStatus.FAILED, progress.read, 0, cause.getMessage());
        }
    }

    private int load(
            CodeSystem system, String label, LocalDate effectiveFrom, String sha256, Path file, Progress progress)
            throws SQLException, IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            CodeSetRepository.NewVersion version =
                    new CodeSetRepository.NewVersion(system, label, effectiveFrom, sha256);
            long codes;
            if (system == CodeSystem.ICD10CM) {
                codes = codeSets.insertIcd10cm(version, sink -> readIcd10cm(reader, sink, progress));
            } else {
                codes = codeSets.insertHcpcs(version, sink -> HcpcsFile.read(reader, sink, progress::read));
            }
            if (codes == 0) {
                // A version without codes would make every code unknown from the day it takes effect.
                throw new NoReadableRowException(system.name(), null);
            }
            return (int) codes;
        }
    }

    private static void readIcd10cm(BufferedReader reader, Consumer<Icd10cmOrderLine> sink, Progress progress) {
        FileLines lines = new FileLines(reader);
        for (FileLines.Line line = lines.next(); line != null; line = lines.next()) {
            int lineNumber = line.number();
            if (line.tooLong()) {
                throw new CodeSetFormatException(lineNumber, line.tooLongProblem());
            }
            Icd10cmOrderFile.parse(line.text(), lineNumber).ifPresent(sink);
            progress.read(lineNumber);
        }
    }

    private static int countLines(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            FileLines lines = new FileLines(reader);
            int count = 0;
            while (lines.next() != null) {
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null
                && root.getCause() != root
                && !(root instanceof CodeSetFormatException)
                && !(root instanceof IllegalArgumentException)) {
            root = root.getCause();
        }
        return root;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debugf("could not delete %s: %s", file, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Lines read so far, written to the import row every few thousand lines and logged. */
    private final class Progress {
        private final String importId;
        private int read;
        private int total;

        private Progress(String importId) {
            this.importId = importId;
        }

        void read(int lineNumber) {
            read = lineNumber;
            if (lineNumber % PROGRESS_EVERY == 0) {
                imports.progress(importId, lineNumber, total);
                LOG.infof("import %s: %d of %d lines", importId, lineNumber, total);
            }
        }
    }
}
