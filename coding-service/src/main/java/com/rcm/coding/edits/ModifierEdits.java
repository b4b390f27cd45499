package com.rcm.coding.edits;

import com.rcm.coding.codeset.CodeSetCatalog;
import com.rcm.coding.codeset.CodeSetVersion;
import com.rcm.coding.codeset.CodeSystem;
import com.rcm.coding.domain.EditFinding;
import com.rcm.events.payload.EncounterSubmitted;
import com.rcm.events.payload.ServiceLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Modifier validity: a CPT modifier (two digits; only the identifiers, which are not licensed
 * content) or an HCPCS Level II modifier listed in the version in force; 25 only on an E/M service;
 * no contradicting pairs on one line (LT with RT, 59 with an X{EPSU} modifier).
 */
@ApplicationScoped
public class ModifierEdits implements CodingEdit {
    static final Set<String> CPT_MODIFIERS = Set.of(
            "22", "23", "24", "25", "26", "27", "32", "33", "47", "50", "51", "52", "53", "54", "55", "56", "57", "58",
            "59", "62", "63", "66", "73", "74", "76", "77", "78", "79", "80", "81", "82", "90", "91", "92", "93", "95",
            "96", "97", "99");
    private static final Set<String> X_MODIFIERS = Set.of("XE", "XP", "XS", "XU");

    private final CodeSetCatalog catalog;

    public ModifierEdits(CodeSetCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void check(EncounterSubmitted encounter, List<EditFinding> findings) {
        Optional<CodeSetVersion> hcpcs = catalog.inForce(CodeSystem.HCPCS, encounter.dateOfService());
        List<ServiceLine> services = encounter.services();
        for (int i = 0; i < services.size(); i++) {
            ServiceLine line = services.get(i);
            List<String> modifiers = line.modifiers() == null ? List.of() : line.modifiers();
            String field = "services[" + i + "].modifiers";
            for (String modifier : modifiers) {
                if (modifier == null || !CodeShapes.MODIFIER.matcher(modifier).matches()) {
                    continue;
                }
                if (modifier.matches("[0-9]{2}")) {
                    if (!CPT_MODIFIERS.contains(modifier)) {
                        findings.add(EditRule.MODIFIER_UNKNOWN.finding(field, modifier + " is not a CPT modifier"));
                    }
                } else if (hcpcs.isEmpty()) {
                    findings.add(EditRule.HCPCS_CODE_SET_MISSING.finding(
                            field,
                            "no HCPCS version in force on " + encounter.dateOfService() + " is loaded, so modifier "
                                    + modifier + " cannot be checked"));
                } else if (catalog.hcpcs(hcpcs.get(), modifier, 'M').isEmpty()) {
                    findings.add(EditRule.MODIFIER_UNKNOWN.finding(
                            field,
                            modifier + " is not an HCPCS Level II modifier in "
                                    + hcpcs.get().label()));
                }
            }
            if (modifiers.contains("25") && !CodeShapes.evaluationAndManagement(line.code())) {
                findings.add(EditRule.MODIFIER_25_NOT_EM.finding(
                        field,
                        "modifier 25 is on " + line.code()
                                + ", which is not an evaluation and management service; move it to the E/M line"));
            }
            if (modifiers.contains("LT") && modifiers.contains("RT")) {
                findings.add(EditRule.MODIFIER_CONFLICT.finding(
                        field, "LT and RT on one line; for both sides " + "use 50, or bill each side on its own line"));
            }
            if (modifiers.contains("59") && modifiers.stream().anyMatch(X_MODIFIERS::contains)) {
                findings.add(EditRule.MODIFIER_CONFLICT.finding(
                        field, "59 and an X{EPSU} modifier on one line; " + "use the more specific X modifier alone"));
            }
        }
    }
}
