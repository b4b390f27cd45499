package com.rcm.coding.codeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.coding.rules.MueFile;
import com.rcm.coding.rules.MueLimit;
import com.rcm.coding.rules.NcciPtpEdit;
import com.rcm.coding.rules.NcciPtpFile;
import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NCCI PTP and MUE readers on synthetic files laid out as CMS exports them, header lines included. */
class CmsRuleFilesTests {

    @Test
    void ncciRowsAreReadPastTheHeaderWithOpenEndedDeletionDates() {
        String file = """
                CPT codes and descriptions only are copyright American Medical Association.
                Column 1\tColumn 2\t* = In existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale
                20610\t99213\t\t20260101\t*\t1\tMisuse of column two code with column one code
                93000\t93005\t*\t19960101\t20270101\t0\tCPT Manual or CMS manual coding instruction
                """;
        List<NcciPtpEdit> edits = new ArrayList<>();
        NcciPtpFile.read(reader(file), edits::add);
        assertEquals(2, edits.size());
        assertEquals(
                new NcciPtpEdit(
                        "20610",
                        "99213",
                        LocalDate.of(2026, 1, 1),
                        null,
                        '1',
                        "Misuse of column two code with column one code"),
                edits.get(0));
        assertEquals(LocalDate.of(2027, 1, 1), edits.get(1).deletedOn());
        assertTrue(edits.get(1).activeOn(LocalDate.of(2026, 12, 31)));
        assertTrue(!edits.get(1).activeOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void ncciRefusesAnUnknownModifierIndicator() {
        CodeSetFormatException e = assertThrows(
                CodeSetFormatException.class,
                () -> NcciPtpFile.read(reader("20610\t99213\t\t20260101\t*\t7\tx\n"), edit -> {}));
        assertTrue(e.getMessage().contains("modifier indicator"), e.getMessage());
    }

    @Test
    void mueRowsCarryTheirAdjudicationIndicatorFromItsLeadingDigit() {
        String file = """
                "HCPCS/CPT Code","Practitioner Services MUE Values","MUE Adjudication Indicator","MUE Rationale"
                "36415","2","3 Date of Service Edit: Clinical","Clinical: Data"
                "20610","2","1 Line Edit","Anatomic Consideration"
                """;
        List<MueLimit> limits = new ArrayList<>();
        MueFile.read(reader(file), limits::add);
        assertEquals(new MueLimit("36415", 2, '3', "Clinical: Data"), limits.get(0));
        assertTrue(limits.get(1).perLine());
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
