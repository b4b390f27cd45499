package com.rcm.coding.benchmark;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.rcm.coding.CodingTestResources;
import com.rcm.coding.codeset.CodeSetFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Import and search figures on a full-size code set: a synthetic ICD-10-CM order file of 75,000
 * lines in the CMS layout (generated, no licensed text), imported over REST, then 5,000 coder
 * searches over HTTP. Prints the figures and writes them to target/benchmark/code-sets.json.
 * Run with {@code ./mvnw -pl coding-service -am verify -Pbenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@CodingTestResources
@Tag("benchmark")
class CodeSetBenchmarkTest {
    private static final int LINES = 75_000;
    private static final int SEARCHES = 5_000;
    private static final String[] WORDS = {
        "acute",
        "chronic",
        "fracture",
        "displaced",
        "nondisplaced",
        "left",
        "right",
        "bilateral",
        "unspecified",
        "initial",
        "subsequent",
        "sequela",
        "encounter",
        "infection",
        "pain",
        "injury",
        "open",
        "closed",
        "wound",
        "burn",
        "degree",
        "upper",
        "lower",
        "arm",
        "leg",
        "knee",
        "hip",
        "shoulder",
        "wrist",
        "ankle",
        "foot",
        "hand",
        "finger",
        "toe",
        "spine",
        "neck",
        "head",
        "eye",
        "ear",
        "nose",
        "throat",
        "chest",
        "abdomen",
        "pelvis",
        "kidney",
        "liver",
        "lung",
        "heart",
        "artery",
        "vein",
        "nerve",
        "muscle",
        "tendon",
        "ligament",
        "bone",
        "joint",
        "skin",
        "tissue",
        "disorder",
        "disease",
        "syndrome",
        "neoplasm",
        "malignant",
        "benign",
        "primary",
        "secondary",
        "diabetes",
        "hypertension",
        "asthma",
        "pneumonia",
        "bronchitis",
        "anemia",
        "obesity",
        "depression",
        "anxiety",
        "dementia",
        "epilepsy",
        "migraine",
        "stroke",
        "embolism",
        "thrombosis",
        "ulcer",
        "hernia",
        "obstruction",
        "hemorrhage",
        "complication",
        "without",
        "with",
        "due",
        "other",
        "specified",
        "mild",
        "moderate",
        "severe",
        "recurrent",
        "single",
        "episode",
        "pregnancy",
        "trimester",
        "newborn",
        "congenital",
        "deformity",
        "poisoning",
        "accidental",
        "intentional",
        "adverse",
        "effect",
        "underdosing",
        "contusion",
        "laceration",
        "sprain",
        "strain",
        "dislocation"
    };

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void importAndSearchAFullSizeCodeSet() throws Exception {
        Random random = new Random(20261122);
        List<String> codes = new ArrayList<>();
        String file = orderFile(random, codes);

        long started = System.nanoTime();
        String id = given().contentType("text/plain")
                .queryParam("fiscalYear", "2080")
                .body(file.getBytes())
                .post("/v1/code-sets/icd10cm")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        String status = awaitDone(id, true);
        double importSeconds = (System.nanoTime() - started) / 1e9;

        started = System.nanoTime();
        String again = given().contentType("text/plain")
                .queryParam("fiscalYear", "2080")
                .body(file.getBytes())
                .post("/v1/code-sets/icd10cm")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        String reimport = awaitDone(again, false);
        double reimportSeconds = (System.nanoTime() - started) / 1e9;

        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 500; i++) {
            search(http, query(random, codes));
        }
        Histogram micros = new Histogram(60_000_000L, 3);
        int hits = 0;
        for (int i = 0; i < SEARCHES; i++) {
            String q = query(random, codes);
            long t = System.nanoTime();
            String body = search(http, q);
            micros.recordValue((System.nanoTime() - t) / 1_000);
            hits += body.contains("\"code\"") ? 1 : 0;
        }

        String json = String.format(
                "{\"lines\": %d, \"importSeconds\": %.2f, \"importStatus\": \"%s\", "
                        + "\"reimportSeconds\": %.2f, \"reimportStatus\": \"%s\", \"searches\": %d, \"searchesWithResults\": %d, "
                        + "\"searchMillis\": {\"p50\": %.2f, \"p95\": %.2f, \"p99\": %.2f, \"max\": %.2f}}",
                LINES,
                importSeconds,
                status,
                reimportSeconds,
                reimport,
                SEARCHES,
                hits,
                micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(95) / 1000.0,
                micros.getValueAtPercentile(99) / 1000.0,
                micros.getMaxValue() / 1000.0);
        Path out = Files.createDirectories(Path.of("target", "benchmark")).resolve("code-sets.json");
        Files.writeString(out, json + "\n");
        System.out.printf(
                "%n=== code-set benchmark (%d ICD-10-CM lines, %d searches over HTTP) ===%n", LINES, SEARCHES);
        System.out.printf("import:   %.2f s (%s; goal < 30 s)%n", importSeconds, status);
        System.out.printf("reimport: %.2f s (%s, nothing changed)%n", reimportSeconds, reimport);
        System.out.printf(
                "search:   p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (goal p99 < 20 ms); "
                        + "%d of %d found codes%n",
                micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(95) / 1000.0,
                micros.getValueAtPercentile(99) / 1000.0,
                micros.getMaxValue() / 1000.0,
                hits,
                SEARCHES);
        System.out.println("written to " + out.toAbsolutePath());
    }

    /** Categories A00-Z99 with up to 30 children each, descriptions of random words: 75,000 lines in the CMS layout. */
    private static String orderFile(Random random, List<String> codes) {
        StringBuilder file = new StringBuilder(LINES * 200);
        int order = 0;
        outer:
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            if (letter == 'U') {
                continue;
            }
            for (int category = 0; category < 100; category++) {
                String header = letter + String.format("%02d", category);
                String headerText = words(random, 2 + random.nextInt(3));
                file.append(CodeSetFiles.icd10Line(++order, header, false, headerText, headerText))
                        .append('\n');
                codes.add(header);
                for (int child = 0; child < 29 && order < LINES; child++) {
                    String code = header + Integer.toString(child, 36).toUpperCase() + (child % 3 == 0 ? "1" : "");
                    String text = headerText + " " + words(random, 2 + random.nextInt(6));
                    file.append(CodeSetFiles.icd10Line(
                                    ++order, code, true, text.length() > 60 ? text.substring(0, 60) : text, text))
                            .append('\n');
                    codes.add(code);
                }
                if (order >= LINES) {
                    break outer;
                }
            }
        }
        return file.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** Half code prefixes as a coder types them, half one to three description words with the last one cut short. */
    private static String query(Random random, List<String> codes) {
        if (random.nextBoolean()) {
            String code = codes.get(random.nextInt(codes.size()));
            return code.substring(0, Math.min(code.length(), 2 + random.nextInt(3)));
        }
        String words = words(random, 1 + random.nextInt(3));
        return words.substring(0, Math.max(3, words.length() - random.nextInt(3)));
    }

    private static String search(HttpClient http, String q) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/v1/codes/icd10cm?dateOfService=2080-01-01&limit=20&q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "search " + q + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Waits (at most 5 minutes) until the import has left RUNNING, printing its progress every 20%. */
    private static String awaitDone(String id, boolean showProgress) {
        int[] lastPercent = {-1};
        String[] state = {null};
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    var status = given().get("/v1/code-sets/imports/{id}", id)
                            .then()
                            .statusCode(200)
                            .extract();
                    state[0] = status.path("status");
                    Integer percent = status.path("percent");
                    if (showProgress && percent != null && percent / 20 != lastPercent[0] / 20) {
                        System.out.printf(
                                "  import %s: %d%% (%s of %s lines)%n",
                                id,
                                percent,
                                status.path("linesRead").toString(),
                                status.path("linesTotal").toString());
                        lastPercent[0] = percent;
                    }
                    return !"RUNNING".equals(state[0]);
                });
        return state[0];
    }
}
