package com.rcm.coding.domain;

import com.rcm.events.payload.EncounterSubmitted;
import com.rcm.events.payload.ServiceLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The format-level coding edits: well-formed ICD-10-CM and CPT/HCPCS codes, modifiers, units and
 * diagnosis pointers. Code-set membership (billable on the date of service) comes with the code-set
 * importers.
 */
public final class CodeFormatEdits {
    public static final String ICD10_FORMAT = "ICD10_FORMAT";
    public static final String PROCEDURE_FORMAT = "PROCEDURE_FORMAT";
    public static final String MODIFIER_FORMAT = "MODIFIER_FORMAT";
    public static final String UNITS_POSITIVE = "UNITS_POSITIVE";
    public static final String POINTER_RANGE = "POINTER_RANGE";
    public static final String DUPLICATE_DIAGNOSIS = "DUPLICATE_DIAGNOSIS";

    private static final Pattern ICD10 = Pattern.compile("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    /** CPT (five digits, or four digits and F/T/U for Category II/III) or HCPCS Level II (letter, four digits). */
    private static final Pattern PROCEDURE = Pattern.compile("[0-9]{4}[0-9FTU]|[A-V][0-9]{4}");
    private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");

    public static List<EditFinding> check(EncounterSubmitted encounter) {
        List<EditFinding> findings = new ArrayList<>();
        List<String> diagnoses = encounter.diagnoses();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < diagnoses.size(); i++) {
            String code = diagnoses.get(i);
            String field = "diagnoses[" + i + "]";
            if (code == null || !ICD10.matcher(code).matches()) {
                findings.add(new EditFinding(ICD10_FORMAT, field, code + " is not a well-formed ICD-10-CM code"));
            } else if (!seen.add(code)) {
                findings.add(new EditFinding(DUPLICATE_DIAGNOSIS, field, code + " is listed more than once"));
            }
        }
        List<ServiceLine> services = encounter.services();
        for (int i = 0; i < services.size(); i++) {
            checkLine(services.get(i), "services[" + i + "]", diagnoses.size(), findings);
        }
        return findings;
    }

    private static void checkLine(ServiceLine line, String field, int diagnosisCount, List<EditFinding> findings) {
        if (line.code() == null || !PROCEDURE.matcher(line.code()).matches()) {
            findings.add(new EditFinding(PROCEDURE_FORMAT, field + ".code",
                    line.code() + " is not a well-formed CPT or HCPCS code"));
        }
        if (line.modifiers() != null) {
            for (String modifier : line.modifiers()) {
                if (modifier == null || !MODIFIER.matcher(modifier).matches()) {
                    findings.add(new EditFinding(MODIFIER_FORMAT, field + ".modifiers",
                            modifier + " is not a two-character modifier"));
                }
            }
        }
        if (line.units() == null || line.units() < 1) {
            findings.add(new EditFinding(UNITS_POSITIVE, field + ".units", "units must be at least 1"));
        }
        for (Integer pointer : line.diagnosisPointers()) {
            if (pointer == null || pointer < 1 || pointer > diagnosisCount) {
                findings.add(new EditFinding(POINTER_RANGE, field + ".diagnosisPointers",
                        "pointer " + pointer + " names no diagnosis (there are " + diagnosisCount + ")"));
            }
        }
    }

    private CodeFormatEdits() {
    }
}
