package com.rcm.coding.rules;

import com.rcm.coding.rules.persistence.CodingRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tables the edits consult beyond the code sets: NCCI PTP edits and MUE limits of the current
 * practice, and the shared age and sex table. Each import runs in one transaction, so a bad row
 * anywhere in a file leaves the table as it was.
 */
@ApplicationScoped
public class CodingRules {
    private final CodingRuleRepository repository;

    public CodingRules(CodingRuleRepository repository) {
        this.repository = repository;
    }

    @Transactional(rollbackOn = Exception.class)
    public RuleImportResult importNcciPtp(String tenantId, BufferedReader file) throws SQLException {
        return repository.mergeNcciPtp(tenantId, sink -> NcciPtpFile.read(file, sink));
    }

    @Transactional(rollbackOn = Exception.class)
    public RuleImportResult importMue(String tenantId, LocalDate effectiveOn, BufferedReader file) throws SQLException {
        return repository.mergeMue(tenantId, effectiveOn, sink -> MueFile.read(file, sink));
    }

    /** Replaces the age and sex table whole. */
    @Transactional(rollbackOn = Exception.class)
    public RuleImportResult importAgeSex(BufferedReader file) throws SQLException {
        List<AgeSexRule> rules = AgeSexFile.read(file);
        repository.replaceAgeSex(rules);
        return new RuleImportResult("age_sex_rule", rules.size(), rules.size(), 0, 0);
    }

    /** The current practice's PTP edits between any two of {@code codes} in force on {@code date}. */
    @Transactional(rollbackOn = Exception.class)
    public List<NcciPtpEdit> ptpEditsAmong(Collection<String> codes, LocalDate date) throws SQLException {
        return repository.ptpEditsAmong(codes, date);
    }

    /** The current practice's MUE limit in force on {@code date} for each of {@code codes} that has one. */
    @Transactional(rollbackOn = Exception.class)
    public Map<String, MueLimit> mueLimits(Collection<String> codes, LocalDate date) throws SQLException {
        return repository.mueLimits(codes, date).stream().collect(Collectors.toMap(MueLimit::code, l -> l));
    }

    @Transactional(rollbackOn = Exception.class)
    public List<AgeSexRule> ageSexRules() throws SQLException {
        return repository.ageSexRules();
    }
}
