package com.rcm.coding.codeset;

import com.rcm.coding.codeset.persistence.CodeSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imported code-set versions and the one in force on a date of service. Versions never change
 * once loaded, so an ICD-10-CM version's search index is built once and kept; the list of versions
 * is reread after an import here and at least every minute, so other instances see new imports.
 */
@ApplicationScoped
public class CodeSetCatalog {
    private static final Duration VERSIONS_MAX_AGE = Duration.ofMinutes(1);

    private final CodeSetRepository codeSets;
    private final Map<Long, Icd10Index> icd10Indexes = new ConcurrentHashMap<>();
    private volatile List<CodeSetVersion> versions;
    private volatile Instant versionsReadAt = Instant.EPOCH;

    public CodeSetCatalog(CodeSetRepository codeSets) {
        this.codeSets = codeSets;
    }

    public List<CodeSetVersion> versions() {
        if (versions == null || Instant.now().isAfter(versionsReadAt.plus(VERSIONS_MAX_AGE))) {
            refresh();
        }
        return versions;
    }

    /** The version of {@code system} in force on {@code date}: the latest that took effect on or before it. */
    public Optional<CodeSetVersion> inForce(CodeSystem system, LocalDate date) {
        return versions().stream()
                .filter(v -> v.system() == system && !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(CodeSetVersion::effectiveFrom));
    }

    public Icd10Index icd10(CodeSetVersion version) {
        return icd10Indexes.computeIfAbsent(version.id(), this::loadIcd10);
    }

    /** The HCPCS procedure ({@code kind} P) or modifier (M) in {@code version}, if listed. */
    public Optional<HcpcsCode> hcpcs(CodeSetVersion version, String code, char kind) {
        return codeSets.hcpcs(version.id(), code, kind);
    }

    public void refresh() {
        versions = codeSets.versions();
        versionsReadAt = Instant.now();
    }

    private Icd10Index loadIcd10(long versionId) {
        return new Icd10Index(codeSets.icd10cmCodes(versionId));
    }
}
