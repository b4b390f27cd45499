package com.rcm.coding.edits;

import com.rcm.coding.domain.EditFinding;
import com.rcm.coding.rules.CodingRules;
import com.rcm.coding.rules.NcciPtpEdit;
import com.rcm.events.payload.EncounterSubmitted;
import com.rcm.events.payload.ServiceLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NCCI procedure-to-procedure edits of the practice in force on the date of service. Indicator 0:
 * the pair is never billed together. Indicator 1: only with an NCCI-associated modifier on the
 * column 2 line. Indicator 9: the edit does not apply.
 */
@ApplicationScoped
public class NcciEdits implements CodingEdit {
    /** The modifiers the NCCI policy manual lists as able to bypass a PTP edit when clinically appropriate. */
    static final Set<String> BYPASS_MODIFIERS = Set.of(
            "59", "XE", "XP", "XS", "XU", "24", "25", "27", "57", "58", "78", "79", "91", "E1", "E2", "E3", "E4", "FA",
            "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8",
            "T9", "LT", "RT", "LC", "LD", "LM", "RC", "RI");

    private final CodingRules rules;

    public NcciEdits(CodingRules rules) {
        this.rules = rules;
    }

    @Override
    public void check(EncounterSubmitted encounter, List<EditFinding> findings) {
        List<ServiceLine> services = encounter.services();
        Set<String> codes = services.stream()
                .map(ServiceLine::code)
                .filter(CodeShapes::procedure)
                .collect(Collectors.toSet());
        if (codes.size() < 2) {
            return;
        }
        List<NcciPtpEdit> edits;
        try {
            edits = rules.ptpEditsAmong(codes, encounter.dateOfService());
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the NCCI PTP edits", e);
        }
        for (NcciPtpEdit edit : edits) {
            if (edit.modifierIndicator() == '9') {
                continue;
            }
            for (int i = 0; i < services.size(); i++) {
                ServiceLine line = services.get(i);
                if (!edit.column2().equals(line.code())) {
                    continue;
                }
                boolean bypassed = edit.modifierIndicator() == '1'
                        && line.modifiers() != null
                        && line.modifiers().stream().anyMatch(BYPASS_MODIFIERS::contains);
                if (!bypassed) {
                    findings.add(
                            EditRule.NCCI_PTP.finding(
                                    "services[" + i + "].code",
                                    edit.column2()
                                            + " is bundled into " + edit.column1()
                                            + " on the same day (NCCI column 1/column 2"
                                            + (edit.rationale() == null ? "" : ": " + edit.rationale()) + "); "
                                            + (edit.modifierIndicator() == '0'
                                                    ? "no modifier allows both, remove " + edit.column2()
                                                    : "remove it, or add 59 or an X{EPSU} modifier if it was a distinct service")));
                }
            }
        }
    }
}
