package com.rcm.coding.edits;

import com.rcm.coding.domain.EditFinding;
import com.rcm.events.payload.EncounterSubmitted;
import java.util.List;

/** One family of coding edits, run on an encounter for the current practice; adds what fails to {@code findings}. */
public interface CodingEdit {
    void check(EncounterSubmitted encounter, List<EditFinding> findings);
}
