package com.rcm.coding.codeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Icd10cmOrderFileTests {

    @Test
    void readsCodeBillableFlagAndBothDescriptionsFromTheirColumns() {
        Icd10cmOrderLine line = Icd10cmOrderFile.parse(
                        CodeSetFiles.icd10Line(
                                42,
                                "E11.9",
                                true,
                                "Type 2 diabetes mellitus without complications",
                                "Type 2 diabetes mellitus without complications"),
                        1)
                .orElseThrow();
        assertEquals("E119", line.code());
        assertTrue(line.billable());
        assertEquals("Type 2 diabetes mellitus without complications", line.shortDescription());
        assertEquals("Type 2 diabetes mellitus without complications", line.longDescription());
    }

    @Test
    void aHeaderIsNotBillable() {
        Icd10cmOrderLine header = Icd10cmOrderFile.parse(
                        CodeSetFiles.icd10Line(1, "E11", false, "Type 2 diabetes mellitus", "Type 2 diabetes mellitus"),
                        1)
                .orElseThrow();
        assertFalse(header.billable());
    }

    @Test
    void aMalformedLineNamesItsLineNumberAndWhatIsWrong() {
        CodeSetFormatException e = assertThrows(
                CodeSetFormatException.class, () -> Icd10cmOrderFile.parse("00001 E119    X Type 2 diabetes", 7));
        assertTrue(e.getMessage().startsWith("line 7:"), e.getMessage());
        assertTrue(e.getMessage().contains("column 15"), e.getMessage());
    }

    @Test
    void dotsGoAfterTheCategory() {
        assertEquals("E11.65", Icd10cmOrderFile.withDot("E1165"));
        assertEquals("I10", Icd10cmOrderFile.withDot("I10"));
        assertEquals("E1165", Icd10cmOrderFile.withoutDot("e11.65"));
    }
}
