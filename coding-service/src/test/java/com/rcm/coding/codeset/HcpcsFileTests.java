package com.rcm.coding.codeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HcpcsFileTests {

    @Test
    void readsProceduresAndModifiersJoiningContinuationRecords() {
        List<HcpcsRecord> records = read(CodeSetFiles.hcpcs2026Q4());
        HcpcsRecord g0008 = records.stream()
                .filter(r -> r.code().equals("G0008"))
                .findFirst()
                .orElseThrow();
        assertEquals(HcpcsRecord.Kind.PROCEDURE, g0008.kind());
        assertEquals(LocalDate.of(2003, 1, 1), g0008.addedOn());
        assertNull(g0008.terminatedOn());
        HcpcsRecord lt =
                records.stream().filter(r -> r.code().equals("LT")).findFirst().orElseThrow();
        assertEquals(HcpcsRecord.Kind.MODIFIER, lt.kind());
        assertTrue(lt.longDescription().endsWith("left side of the body)"), lt.longDescription());
        assertEquals(11, records.size(), "continuation records add to their code, not new codes");
    }

    @Test
    void aTerminatedCodeIsNotValidAfterItsTerminationDate() {
        HcpcsRecord retired = read(CodeSetFiles.hcpcs2026Q4()).stream()
                .filter(r -> r.code().equals("G0999"))
                .findFirst()
                .orElseThrow();
        HcpcsCode code = new HcpcsCode(
                retired.code(),
                "P",
                retired.shortDescription(),
                retired.longDescription(),
                retired.addedOn(),
                retired.terminatedOn());
        assertTrue(code.validOn(LocalDate.of(2025, 12, 31)));
        assertFalse(code.validOn(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void anUnknownRecordIdentificationIsRefusedWithItsLine() {
        String bad = CodeSetFiles.hcpcsRecord("G0008", '5', "x", "x", "20030101", "20030101", "");
        CodeSetFormatException e = assertThrows(CodeSetFormatException.class, () -> read(bad));
        assertTrue(e.getMessage().startsWith("line 1:"), e.getMessage());
    }

    private static List<HcpcsRecord> read(String file) {
        List<HcpcsRecord> records = new ArrayList<>();
        HcpcsFile.read(new BufferedReader(new StringReader(file)), records::add, line -> {});
        return records;
    }
}
