package com.rcm.coding.edits;

import com.rcm.coding.codeset.CodeSetCatalog;
import com.rcm.coding.codeset.CodeSetVersion;
import com.rcm.coding.codeset.CodeSystem;
import com.rcm.coding.codeset.HcpcsCode;
import com.rcm.coding.codeset.Icd10Code;
import com.rcm.coding.codeset.Icd10Index;
import com.rcm.coding.domain.EditFinding;
import com.rcm.events.payload.EncounterSubmitted;
import com.rcm.events.payload.ServiceLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Diagnoses against the ICD-10-CM version in force on the date of service (exists, billable), and
 * HCPCS Level II procedures against the HCPCS version in force (exists, added and not terminated).
 * CPT codes are AMA-licensed and not loaded, so only their shape is checked.
 */
@ApplicationScoped
public class CodeSetEdits implements CodingEdit {
    private final CodeSetCatalog catalog;

    public CodeSetEdits(CodeSetCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void check(EncounterSubmitted encounter, List<EditFinding> findings) {
        LocalDate date = encounter.dateOfService();
        checkDiagnoses(encounter.diagnoses(), date, findings);
        List<ServiceLine> services = encounter.services();
        Optional<CodeSetVersion> hcpcs = catalog.inForce(CodeSystem.HCPCS, date);
        for (int i = 0; i < services.size(); i++) {
            String code = services.get(i).code();
            if (!CodeShapes.hcpcsLevelII(code)) {
                continue;
            }
            String field = "services[" + i + "].code";
            if (hcpcs.isEmpty()) {
                findings.add(EditRule.HCPCS_CODE_SET_MISSING.finding(
                        field,
                        "no HCPCS version in force on " + date + " is loaded, so " + code
                                + " cannot be checked; ask operations to import it, then re-run the edits"));
                continue;
            }
            Optional<HcpcsCode> listed = catalog.hcpcs(hcpcs.get(), code, 'P');
            if (listed.isEmpty()) {
                findings.add(EditRule.HCPCS_UNKNOWN.finding(
                        field, code + " is not in HCPCS " + hcpcs.get().label()));
            } else if (!listed.get().validOn(date)) {
                HcpcsCode c = listed.get();
                findings.add(EditRule.HCPCS_NOT_EFFECTIVE.finding(
                        field,
                        c.terminatedOn() != null && c.terminatedOn().isBefore(date)
                                ? code + " was terminated on " + c.terminatedOn() + ", before the date of service "
                                        + date
                                : code + " was added on " + c.addedOn() + ", after the date of service " + date));
            }
        }
    }

    private void checkDiagnoses(List<String> diagnoses, LocalDate date, List<EditFinding> findings) {
        Optional<CodeSetVersion> version = catalog.inForce(CodeSystem.ICD10CM, date);
        if (version.isEmpty()) {
            findings.add(EditRule.ICD10_CODE_SET_MISSING.finding(
                    "dateOfService",
                    "no ICD-10-CM version in force on "
                            + date + " is loaded, so the diagnoses cannot be checked; ask operations to import it, "
                            + "then re-run the edits"));
            return;
        }
        Icd10Index index = catalog.icd10(version.get());
        for (int i = 0; i < diagnoses.size(); i++) {
            String code = diagnoses.get(i);
            if (!CodeShapes.icd10(code)) {
                continue;
            }
            String field = "diagnoses[" + i + "]";
            Icd10Code listed = index.find(code);
            if (listed == null) {
                findings.add(EditRule.ICD10_UNKNOWN.finding(
                        field, code + " is not in ICD-10-CM " + version.get().label() + " (in force on " + date + ")"));
            } else if (!listed.billable()) {
                String children = index.search(code, 6).stream()
                        .filter(Icd10Code::billable)
                        .limit(3)
                        .map(Icd10Code::code)
                        .collect(Collectors.joining(", "));
                findings.add(EditRule.ICD10_NOT_BILLABLE.finding(
                        field,
                        listed.code() + " (" + listed.shortDescription()
                                + ") is a header, not billable; code to the highest specificity"
                                + (children.isEmpty() ? "" : ", for example " + children)));
            }
        }
    }
}
