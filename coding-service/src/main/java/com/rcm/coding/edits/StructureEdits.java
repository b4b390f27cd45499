package com.rcm.coding.edits;

import com.rcm.coding.domain.EditFinding;
import com.rcm.events.payload.EncounterSubmitted;
import com.rcm.events.payload.ServiceLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The edits that need no table: code shapes, units, diagnosis pointers and the 837P's counts. */
@ApplicationScoped
public class StructureEdits implements CodingEdit {
    static final int MAX_DIAGNOSES = 12;
    static final int MAX_POINTERS = 4;
    static final int MAX_MODIFIERS = 4;

    @Override
    public void check(EncounterSubmitted encounter, List<EditFinding> findings) {
        List<String> diagnoses = encounter.diagnoses();
        if (diagnoses.size() > MAX_DIAGNOSES) {
            findings.add(EditRule.DIAGNOSIS_COUNT.finding(
                    "diagnoses",
                    diagnoses.size()
                            + " diagnoses are listed; a professional claim carries at most " + MAX_DIAGNOSES
                            + ", keep the ones the services point to"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < diagnoses.size(); i++) {
            String code = diagnoses.get(i);
            String field = "diagnoses[" + i + "]";
            if (!CodeShapes.icd10(code)) {
                findings.add(
                        EditRule.ICD10_FORMAT.finding(
                                field,
                                code + " is not a well-formed ICD-10-CM code "
                                        + "(a letter, two characters, then an optional dot and up to four more, such as E11.9)"));
            } else if (!seen.add(code.replace(".", ""))) {
                findings.add(EditRule.DUPLICATE_DIAGNOSIS.finding(
                        field,
                        code + " is listed more than once; "
                                + "remove the repeat and point the services to the first"));
            }
        }
        List<ServiceLine> services = encounter.services();
        for (int i = 0; i < services.size(); i++) {
            checkLine(services.get(i), "services[" + i + "]", diagnoses.size(), findings);
        }
    }

    private static void checkLine(ServiceLine line, String field, int diagnosisCount, List<EditFinding> findings) {
        if (!CodeShapes.procedure(line.code())) {
            findings.add(
                    EditRule.PROCEDURE_FORMAT.finding(
                            field + ".code",
                            line.code()
                                    + " is not a well-formed CPT (five digits) or HCPCS Level II (a letter and four digits) code"));
        }
        List<String> modifiers = line.modifiers() == null ? List.of() : line.modifiers();
        if (modifiers.size() > MAX_MODIFIERS) {
            findings.add(EditRule.MODIFIER_COUNT.finding(
                    field + ".modifiers",
                    modifiers.size() + " modifiers are listed; a line carries at most " + MAX_MODIFIERS));
        }
        for (String modifier : modifiers) {
            if (modifier == null || !CodeShapes.MODIFIER.matcher(modifier).matches()) {
                findings.add(EditRule.MODIFIER_FORMAT.finding(
                        field + ".modifiers", modifier + " is not a two-character modifier"));
            }
        }
        if (line.units() == null || line.units() < 1) {
            findings.add(EditRule.UNITS_POSITIVE.finding(
                    field + ".units",
                    "units are " + line.units()
                            + "; bill at least 1 unit, or remove the line if the service was not performed"));
        }
        List<Integer> pointers = line.diagnosisPointers() == null ? List.of() : line.diagnosisPointers();
        if (pointers.isEmpty()) {
            findings.add(EditRule.POINTER_RANGE.finding(
                    field + ".diagnosisPointers",
                    "the line points to no diagnosis; point it to the diagnosis that supports it"));
        }
        if (pointers.size() > MAX_POINTERS) {
            findings.add(EditRule.POINTER_COUNT.finding(
                    field + ".diagnosisPointers",
                    pointers.size()
                            + " diagnosis pointers are listed; a line points to at most " + MAX_POINTERS
                            + ", keep the most relevant"));
        }
        for (Integer pointer : pointers) {
            if (pointer == null || pointer < 1 || pointer > diagnosisCount) {
                findings.add(EditRule.POINTER_RANGE.finding(
                        field + ".diagnosisPointers",
                        "pointer " + pointer + " names no diagnosis (the encounter lists " + diagnosisCount + ")"));
            }
        }
    }
}
