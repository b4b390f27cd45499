package com.rcm.coding.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.coding.codeset.CodeSetFormatException;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule tables are read as CSV: a quoted field may hold the delimiter and line breaks. */
class QuotedCsvFieldsTests {

    @Test
    void aQuotedFieldKeepsItsCommaAndItsLineBreak() {
        List<MueLimit> limits = new ArrayList<>();
        MueFile.read(reader("""
                "HCPCS/CPT Code","MUE Value","MUE Adjudication Indicator","MUE Rationale"
                "36415","2","3 Date of Service Edit: Clinical","Clinical: Data, per the
                CMS manual"
                "20610","1","1 Line Edit","Anatomic Consideration"
                """), limits::add);
        assertEquals(
                List.of(
                        new MueLimit("36415", 2, '3', "Clinical: Data, per the\nCMS manual"),
                        new MueLimit("20610", 1, '1', "Anatomic Consideration")),
                limits);
    }

    @Test
    void aRowAfterAQuotedLineBreakIsNamedByItsOwnLine() {
        CodeSetFormatException e =
                assertThrows(CodeSetFormatException.class, () -> MueFile.read(reader("""
                "36415","2","3 Date of Service Edit","two
                lines"
                "20610","many","1 Line Edit","x"
                """), limit -> {}));
        assertTrue(e.getMessage().startsWith("line 3: "), e.getMessage());
    }

    @Test
    void aTabSeparatedRationaleMayBeQuotedToo() {
        List<NcciPtpEdit> edits = new ArrayList<>();
        NcciPtpFile.read(
                reader("20610\t99213\t\t20260101\t*\t1\t\"Misuse of column two code,\twith column one\"\n"),
                edits::add);
        assertEquals("Misuse of column two code,\twith column one", edits.get(0).rationale());
    }

    @Test
    void aQuoteNeverClosedIsABadLineNotTheRestOfTheFile() {
        CodeSetFormatException e = assertThrows(
                CodeSetFormatException.class,
                () -> MueFile.read(
                        reader("\"36415\",\"2\",\"3 Date of Service Edit\",\"runs on\n" + "x,\n".repeat(40_000)),
                        limit -> {}));
        assertTrue(e.getMessage().startsWith("line 1: "), e.getMessage());
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
