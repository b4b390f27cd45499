package com.rcm.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * A service's OpenAPI document as stored in the repository (docs/openapi/&lt;module&gt;.yaml), compared
 * with what the running service serves. The comparison is semantic: both are parsed, so key order
 * and YAML layout do not count, and a drift is reported as the paths, operations and responses that
 * differ (info.version, the build's, does not count). With {@code -Dopenapi.update=true} the stored
 * file is rewritten from the served one instead.
 */
public final class StoredOpenApi {
    public static final String UPDATE_PROPERTY = "openapi.update";
    /** More than this many differences is a rewrite of the API; the first ones say enough. */
    private static final int MAX_REPORTED = 60;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String module;
    private final Path file;

    private StoredOpenApi(String module, Path file) {
        this.module = module;
        this.file = file;
    }

    /** The stored document of a module; tests run in the module's directory, under the repository root. */
    public static StoredOpenApi of(String module) {
        return new StoredOpenApi(module, repositoryRoot().resolve(Path.of("docs", "openapi", module + ".yaml")));
    }

    public Path file() {
        return file;
    }

    /** Fails with the drift unless {@code served} (YAML or JSON) says what the stored file says. */
    public void assertMatches(String served) {
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(served);
            return;
        }
        if (!Files.exists(file)) {
            fail(file + " is missing; write it with " + updateCommand());
        }
        List<String> drift = differences(withoutVersion(read(stored())), withoutVersion(read(served)));
        if (!drift.isEmpty()) {
            StringBuilder message = new StringBuilder()
                    .append("The running ")
                    .append(module)
                    .append(" API drifted from ")
                    .append(file)
                    .append(" (")
                    .append(drift.size())
                    .append(" difference(s); '-' stored only, '+' served only, " + "'~' changed):\n");
            drift.stream()
                    .limit(MAX_REPORTED)
                    .forEach(line -> message.append("  ").append(line).append('\n'));
            if (drift.size() > MAX_REPORTED) {
                message.append("  ... and ").append(drift.size() - MAX_REPORTED).append(" more\n");
            }
            message.append("If the change is meant, store it: ").append(updateCommand());
            fail(message.toString());
        }
    }

    /** Each difference as one line naming where it is: paths › /v1/claims › post › responses › 409. */
    static List<String> differences(JsonNode stored, JsonNode served) {
        List<String> out = new ArrayList<>();
        compare("", stored, served, out);
        return out;
    }

    private static void compare(String at, JsonNode stored, JsonNode served, List<String> out) {
        if (stored.equals(served)) {
            return;
        }
        if (stored.isObject() && served.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            stored.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String where = at.isEmpty() ? name : at + " › " + name;
                if (!served.has(name)) {
                    out.add("- " + where);
                } else if (!stored.has(name)) {
                    out.add("+ " + where);
                } else {
                    compare(where, stored.get(name), served.get(name), out);
                }
            }
            return;
        }
        if (stored.isArray() && served.isArray() && stored.size() == served.size()) {
            Iterator<JsonNode> a = stored.elements();
            Iterator<JsonNode> b = served.elements();
            for (int i = 0; a.hasNext(); i++) {
                compare(at + "[" + i + "]", a.next(), b.next(), out);
            }
            return;
        }
        out.add("~ " + at + ": " + brief(stored) + " → " + brief(served));
    }

    /** info.version is the build's version, not the API's: a release must not fail every module. */
    private static JsonNode withoutVersion(JsonNode document) {
        if (document.path("info") instanceof ObjectNode info) {
            info.remove("version");
        }
        return document;
    }

    private static String brief(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    private String stored() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String served) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, served.endsWith("\n") ? served : served + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String document) {
        try {
            return YAML.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String updateCommand() {
        return "./mvnw -B -pl " + module + " -am test -Dtest=OpenApiTests -Dsurefire.failIfNoSpecifiedTests=false "
                + "-D" + UPDATE_PROPERTY + "=true";
    }

    /** The nearest directory up from the working one that holds mvnw: the repository root. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("mvnw"))) {
                return d;
            }
        }
        throw new IllegalStateException("no mvnw above " + dir);
    }
}
