package com.rcm.coding.edits;

import com.rcm.coding.domain.EditFinding;
import com.rcm.events.payload.EncounterSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Runs every coding edit on an encounter, for the practice bound to the current transaction. */
@ApplicationScoped
public class EncounterEdits {
    private final List<CodingEdit> edits;

    public EncounterEdits(
            StructureEdits structure,
            CodeSetEdits codeSets,
            ModifierEdits modifiers,
            AgeSexEdits ageSex,
            NcciEdits ncci,
            MueEdits mue) {
        this.edits = List.of(structure, codeSets, modifiers, ageSex, ncci, mue);
    }

    public List<EditFinding> check(EncounterSubmitted encounter) {
        List<EditFinding> findings = new ArrayList<>();
        for (CodingEdit edit : edits) {
            edit.check(encounter, findings);
        }
        return findings;
    }
}
