package com.rcm.coding.edits;

import com.rcm.coding.codeset.Icd10cmOrderFile;
import com.rcm.coding.domain.EditFinding;
import com.rcm.coding.rules.AgeSexRule;
import com.rcm.coding.rules.CodingRules;
import com.rcm.events.payload.EncounterSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Period;
import java.util.List;

/** Diagnoses that cannot apply to the patient's age on the date of service or sex, from the imported table. */
@ApplicationScoped
public class AgeSexEdits implements CodingEdit {
    private final CodingRules rules;

    public AgeSexEdits(CodingRules rules) {
        this.rules = rules;
    }

    @Override
    public void check(EncounterSubmitted encounter, List<EditFinding> findings) {
        List<AgeSexRule> table;
        try {
            table = rules.ageSexRules();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the age and sex table", e);
        }
        if (table.isEmpty() || encounter.patient() == null) {
            return;
        }
        String sex = encounter.patient().sex();
        Integer age = encounter.patient().dateOfBirth() == null
                ? null
                : Period.between(encounter.patient().dateOfBirth(), encounter.dateOfService())
                        .getYears();
        List<String> diagnoses = encounter.diagnoses();
        for (int i = 0; i < diagnoses.size(); i++) {
            if (!CodeShapes.icd10(diagnoses.get(i))) {
                continue;
            }
            String code = Icd10cmOrderFile.withoutDot(diagnoses.get(i));
            String field = "diagnoses[" + i + "]";
            for (AgeSexRule rule : table) {
                if (!code.startsWith(rule.codePrefix())) {
                    continue;
                }
                String why = rule.note() == null ? "" : " (" + rule.note() + ")";
                if (rule.sex() != null
                        && ("F".equals(sex) || "M".equals(sex))
                        && !rule.sex().equals(sex)) {
                    findings.add(EditRule.SEX_CONFLICT.finding(
                            field,
                            diagnoses.get(i) + " applies to "
                                    + ("F".equals(rule.sex()) ? "female" : "male") + " patients only" + why
                                    + "; the patient's sex is " + sex));
                }
                if (age != null
                        && ((rule.minAge() != null && age < rule.minAge())
                                || (rule.maxAge() != null && age > rule.maxAge()))) {
                    findings.add(EditRule.AGE_CONFLICT.finding(
                            field,
                            diagnoses.get(i) + " applies to ages "
                                    + (rule.minAge() == null ? 0 : rule.minAge()) + "-"
                                    + (rule.maxAge() == null ? "any" : rule.maxAge()) + why + "; the patient is " + age
                                    + " on the date of service"));
                }
            }
        }
    }
}
