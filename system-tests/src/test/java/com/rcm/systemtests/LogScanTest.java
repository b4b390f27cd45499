package com.rcm.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other system test: reads every log the platform wrote during the run and finds
 * none of the seeded patients' names, dates of birth, addresses or member ids in them.
 */
@Order(Integer.MAX_VALUE)
class LogScanTest {
    /** What the system tests send about their patients (Api.encounter and the eligibility members). */
    private static final Map<String, Pattern> PATIENT_DATA = Map.of(
            "first name", Pattern.compile("\\bJane\\b"),
            "last name", Pattern.compile("\\bDoe\\b"),
            "date of birth", Pattern.compile("1980-04-01|19800401"),
            "street address", Pattern.compile("1 Main St"),
            "member id", Pattern.compile("M123456|M55500[1-4]"));

    @Test
    void noPatientDataInAnyLog() throws IOException {
        LocalPlatform.ensureStarted();
        Path logs = LocalPlatform.logDirectory();
        List<Path> files;
        try (Stream<Path> listed = Files.list(logs)) {
            files = listed.filter(f -> f.toString().endsWith(".log")).sorted().toList();
        }
        assertTrue(files.size() >= 6, "the services' logs are in " + logs + ": " + files);
        List<String> found = new ArrayList<>();
        long lines = 0;
        for (Path file : files) {
            List<String> content = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            lines += content.size();
            for (int i = 0; i < content.size(); i++) {
                for (Map.Entry<String, Pattern> kind : PATIENT_DATA.entrySet()) {
                    Matcher m = kind.getValue().matcher(content.get(i));
                    if (m.find()) {
                        found.add(file.getFileName() + ":" + (i + 1) + " " + kind.getKey() + ": " + content.get(i));
                    }
                }
            }
        }
        // Lines written while working for a practice carry its id (the bad-input campaign's dead letters
        // always do); which practice's lines a run leaves depends on what went wrong, not on the scan.
        String coding = Files.readString(logs.resolve("coding-service.log"), StandardCharsets.ISO_8859_1);
        assertTrue(
                Pattern.compile("\"tenantId\":\"[A-Za-z0-9][A-Za-z0-9._-]*\"")
                        .matcher(coding)
                        .find(),
                "the logs cover the practices' work");
        System.out.printf("log scan: %d lines in %d logs, %d with patient data%n", lines, files.size(), found.size());
        assertTrue(
                found.isEmpty(),
                "patient data in the logs:\n"
                        + String.join("\n", found.stream().limit(20).toList()));
    }
}
