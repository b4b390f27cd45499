package com.rcm.coding.codeset;

import com.rcm.coding.persistence.CopyRows;
import io.agroal.api.AgroalDataSource;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    private final AgroalDataSource dataSource;
    private final CodeSetImports imports;
    private final CodeSetCatalog catalog;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "code-set-import"));

    public CodeSetImporter(AgroalDataSource dataSource, CodeSetImports imports, CodeSetCatalog catalog) {
        this.dataSource = dataSource;
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
    public CodeSetImportStatus importNow(CodeSystem system, String label, LocalDate effectiveFrom, Path file,
            String requestedBy) {
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
            Optional<String> loaded = loadedChecksum(system, label);
            if (loaded.isPresent()) {
                if (loaded.get().equals(sha256)) {
                    imports.finish(id, CodeSetImportStatus.UNCHANGED, progress.total, 0,
                            system + " " + label + " is already loaded with the same content; nothing changed");
                } else {
                    imports.finish(id, CodeSetImportStatus.FAILED, 0, 0, system + " " + label
                            + " is already loaded with different content; import the corrected file under a new version");
                }
                return;
            }
            imports.progress(id, 0, progress.total);
            int codes = QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(
                    () -> load(system, label, effectiveFrom, sha256, file, progress));
            catalog.refresh();
            imports.finish(id, CodeSetImportStatus.DONE, progress.read, codes, null);
            LOG.infof("imported %s %s: %d codes from %d lines in %d ms", system, label, codes, progress.read,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CodeSetFormatException ? e : rootCause(e);
            LOG.warnf("import %s of %s %s failed: %s", id, system, label, cause.getMessage());
            imports.finish(id, CodeSetImportStatus.FAILED, progress.read, 0, cause.getMessage());
        }
    }

    private int load(CodeSystem system, String label, LocalDate effectiveFrom, String sha256, Path file,
            Progress progress) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection();
                BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            long versionId = insertVersion(connection, system, label, effectiveFrom, sha256);
            long codes;
            if (system == CodeSystem.ICD10CM) {
                codes = loadIcd10cm(connection, versionId, reader, progress);
            } else {
                codes = loadHcpcs(connection, versionId, reader, progress);
            }
            if (codes == 0) {
                // A version without codes would make every code unknown from the day it takes effect.
                throw new NoReadableRowException(system.name(), null);
            }
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE code_set_version SET code_count = ? WHERE id = ?")) {
                s.setLong(1, codes);
                s.setLong(2, versionId);
                s.executeUpdate();
            }
            return (int) codes;
        }
    }

    private long loadIcd10cm(Connection connection, long versionId, BufferedReader reader, Progress progress)
            throws SQLException, IOException {
        try (CopyRows rows = new CopyRows(connection, "icd10cm_code", "version_id", "code", "billable",
                "short_description", "long_description")) {
            FileLines lines = new FileLines(reader);
            for (FileLines.Line line = lines.next(); line != null; line = lines.next()) {
                int lineNumber = line.number();
                if (line.tooLong()) {
                    throw new CodeSetFormatException(lineNumber, line.tooLongProblem());
                }
                Optional<Icd10cmOrderLine> parsed = Icd10cmOrderFile.parse(line.text(), lineNumber);
                if (parsed.isPresent()) {
                    Icd10cmOrderLine code = parsed.get();
                    rows.add(versionId, code.code(), code.billable(), code.shortDescription(), code.longDescription());
                }
                progress.read(lineNumber);
            }
            rows.close();
            return rows.rows();
        }
    }

    private long loadHcpcs(Connection connection, long versionId, BufferedReader reader, Progress progress)
            throws SQLException {
        try (CopyRows rows = new CopyRows(connection, "hcpcs_code", "version_id", "code", "kind",
                "short_description", "long_description", "added_on", "action_effective", "terminated_on",
                "action_code")) {
            HcpcsFile.read(reader, record -> {
                try {
                    rows.add(versionId, record.code(), record.kind().column, record.shortDescription(),
                            record.longDescription(), record.addedOn(), record.actionEffective(),
                            record.terminatedOn(), record.actionCode());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, progress::read);
            rows.close();
            return rows.rows();
        }
    }

    private long insertVersion(Connection connection, CodeSystem system, String label, LocalDate effectiveFrom,
            String sha256) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO code_set_version "
                + "(code_system, label, effective_from, sha256, code_count, imported_at) VALUES (?, ?, ?, ?, 0, now()) "
                + "RETURNING id")) {
            s.setString(1, system.name());
            s.setString(2, label);
            s.setObject(3, effectiveFrom);
            s.setString(4, sha256);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new IllegalArgumentException("another " + system + " version already takes effect on "
                        + effectiveFrom, e);
            }
            throw e;
        }
    }

    private Optional<String> loadedChecksum(CodeSystem system, String label) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT sha256 FROM code_set_version WHERE code_system = ? AND label = ?")) {
                s.setString(1, system.name());
                s.setString(2, label);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
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
        while (root.getCause() != null && root.getCause() != root && !(root instanceof CodeSetFormatException)
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
