package com.rcm.coding.codeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Icd10IndexTests {
    private final Icd10Index index = new Icd10Index(new BufferedReader(new StringReader(CodeSetFiles.icd10Fy2027()))
            .lines()
            .map(l -> Icd10cmOrderFile.parse(l, 1))
            .flatMap(Optional::stream)
            .toList());

    @Test
    void aCodePrefixListsTheCodeThenItsChildren() {
        List<String> codes =
                index.search("E11", 10).stream().map(Icd10Code::code).toList();
        assertEquals(List.of("E11", "E11.65", "E11.9"), codes);
    }

    @Test
    void wordsMustAllMatchAndTheLastIsAPrefix() {
        List<String> codes =
                index.search("diabetes witho", 10).stream().map(Icd10Code::code).toList();
        assertEquals(List.of("E11.9"), codes);
    }

    @Test
    void billableAndShorterDescriptionsRankFirst() {
        List<Icd10Code> results = index.search("cough", 10);
        assertEquals("R05.1", results.get(0).code(), "the billable code ranks above its header");
        assertTrue(results.stream().anyMatch(c -> c.code().equals("R05")));
    }

    @Test
    void nothingMatchesAnUnknownWord() {
        assertTrue(index.search("xylophone", 10).isEmpty());
    }
}
