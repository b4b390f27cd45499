package com.rcm.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer does what kustomize does for the features it supports, and refuses the rest. */
class KustomizeRendererTest {
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              labels: {app: api}
            spec:
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  containers:
                    - name: api
                      image: rcm/api
                      args: [one, two]
                      env:
                        - {name: A, value: "1"}
                        - {name: B, value: "2"}
                    - name: sidecar
                      image: busybox:1.36
            ---
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaTopic
            metadata:
              name: a.v1
            spec: {partitions: 3, replicas: 3, config: {retention.ms: 1000}}
            ---
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaTopic
            metadata:
              name: b.v1
            spec: {partitions: 3, replicas: 3}
            """;

    @TempDir
    Path dir;

    Path base;
    Path overlay;

    @BeforeEach
    void lay() throws IOException {
        base = Files.createDirectories(dir.resolve("base"));
        overlay = Files.createDirectories(dir.resolve("overlay"));
        write(base, "app.yaml", DEPLOYMENT);
        write(base, "kustomization.yaml", kustomization("resources: [app.yaml]"));
    }

    @Test
    void patchesMergeContainersAndEnvByNameAndReplaceOtherLists() throws IOException {
        write(overlay, "patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          args: [three]
                          env:
                            - {name: B, value: "20"}
                            - {name: C, value: "3"}
                """);
        write(overlay, "kustomization.yaml", kustomization("resources: [../base]\npatches:\n  - path: patch.yaml"));
        JsonNode containers = render().get("Deployment", "api").at("/spec/template/spec/containers");
        assertEquals(2, containers.size(), "the sidecar stays");
        assertEquals("[\"three\"]", containers.get(0).path("args").toString(), "args has no merge key: replaced");
        assertEquals(List.of("A", "B", "C"), containers.get(0).path("env").findValuesAsText("name"));
        assertEquals("20", containers.get(0).at("/env/1/value").asText());
    }

    @Test
    void aKindTargetPatchesEveryResourceOfThatKindAndMergesCustomResourceMaps() throws IOException {
        write(overlay, "topics.yaml", """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: every-topic}
                spec: {partitions: 12, config: {min.insync.replicas: 2}}
                """);
        write(
                overlay,
                "kustomization.yaml",
                kustomization("resources: [../base]\npatches:\n  - path: topics.yaml\n    target: {kind: KafkaTopic}"));
        Manifests manifests = render();
        for (String topic : List.of("a.v1", "b.v1")) {
            assertEquals(
                    12,
                    manifests.get("KafkaTopic", topic).at("/spec/partitions").asInt(),
                    topic);
            assertEquals(
                    3, manifests.get("KafkaTopic", topic).at("/spec/replicas").asInt(), topic);
        }
        assertEquals(
                1000,
                manifests
                        .get("KafkaTopic", "a.v1")
                        .at("/spec/config/retention.ms")
                        .asInt(),
                "maps merge");
    }

    @Test
    void namespaceLabelsAndImagesReachEveryResource() throws IOException {
        write(overlay, "kustomization.yaml", kustomization("""
                resources: [../base]
                namespace: rcm
                labels:
                  - pairs: {tier: backend}
                    includeTemplates: true
                images:
                  - {name: rcm/api, newTag: 1.2.3}
                  - {name: busybox, newName: mirror/busybox}
                """));
        Manifests manifests = render();
        JsonNode deployment = manifests.get("Deployment", "api");
        manifests
                .objects()
                .forEach(o -> assertEquals("rcm", o.at("/metadata/namespace").asText()));
        manifests
                .objects()
                .forEach(o ->
                        assertEquals("backend", o.at("/metadata/labels/tier").asText()));
        assertEquals(
                "backend", deployment.at("/spec/template/metadata/labels/tier").asText());
        assertEquals(
                "{\"app\":\"api\"}", deployment.at("/spec/selector/matchLabels").toString(), "selectors untouched");
        assertEquals(
                "rcm/api:1.2.3",
                deployment.at("/spec/template/spec/containers/0/image").asText());
        assertEquals(
                "mirror/busybox:1.36",
                deployment.at("/spec/template/spec/containers/1/image").asText());
    }

    @Test
    void generatorsMakeConfigMapsAndBase64Secrets() throws IOException {
        write(overlay, "realm.json", "{\"realm\":\"billing\"}");
        write(overlay, "kustomization.yaml", kustomization("""
                generatorOptions: {disableNameSuffixHash: true}
                configMapGenerator:
                  - {name: realm, files: [realm.json, renamed.json=realm.json]}
                secretGenerator:
                  - {name: admin, literals: [password=a=b]}
                """));
        Manifests manifests = render();
        assertEquals(
                "{\"realm\":\"billing\"}",
                manifests.get("ConfigMap", "realm").at("/data/renamed.json").asText());
        assertEquals(
                "a=b",
                new String(Base64.getDecoder()
                        .decode(manifests
                                .get("Secret", "admin")
                                .at("/data/password")
                                .asText())));
        assertEquals("Opaque", manifests.get("Secret", "admin").path("type").asText());
    }

    @Test
    void refusesFieldsItDoesNotImplement() throws IOException {
        for (String field : List.of(
                "commonLabels: {a: b}",
                "replicas: [{name: api, count: 2}]",
                "namePrefix: x-",
                "patchesStrategicMerge: [p.yaml]",
                "components: [../c]")) {
            write(overlay, "kustomization.yaml", kustomization("resources: [../base]\n" + field));
            UnsupportedKustomizeFeature refused = assertThrows(UnsupportedKustomizeFeature.class, this::render, field);
            assertTrue(refused.getMessage().contains(field.substring(0, field.indexOf(':'))), refused.getMessage());
        }
    }

    @Test
    void refusesHashedGeneratorNamesSelectorLabelsAndDirectives() throws IOException {
        write(overlay, "kustomization.yaml", kustomization("secretGenerator:\n  - {name: s, literals: [a=b]}"));
        assertThrows(UnsupportedKustomizeFeature.class, this::render, "generators need disableNameSuffixHash");

        write(
                overlay,
                "kustomization.yaml",
                kustomization("resources: [../base]\nlabels:\n  - {pairs: {a: b}, includeSelectors: true}"));
        assertThrows(UnsupportedKustomizeFeature.class, this::render, "includeSelectors");

        write(
                overlay,
                "patch.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec: {$patch: replace}\n");
        write(overlay, "kustomization.yaml", kustomization("resources: [../base]\npatches:\n  - path: patch.yaml"));
        assertThrows(UnsupportedKustomizeFeature.class, this::render, "$patch");
    }

    @Test
    void refusesWhatKustomizeRefuses() throws IOException {
        write(overlay, "patch.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: missing}\nspec: {}\n");
        write(overlay, "kustomization.yaml", kustomization("resources: [../base]\npatches:\n  - path: patch.yaml"));
        assertTrue(assertThrows(IllegalArgumentException.class, this::render)
                .getMessage()
                .contains("matches no resource"));

        write(overlay, "kustomization.yaml", kustomization("resources: [../base/app.yaml]"));
        assertTrue(assertThrows(IllegalArgumentException.class, this::render)
                .getMessage()
                .contains("outside"));

        write(overlay, "kustomization.yaml", kustomization("resources: [../base, again.yaml]"));
        write(overlay, "again.yaml", DEPLOYMENT.substring(0, DEPLOYMENT.indexOf("---")));
        assertTrue(assertThrows(IllegalArgumentException.class, this::render)
                .getMessage()
                .contains("defined twice"));
    }

    private Manifests render() {
        return new Manifests(new KustomizeRenderer().render(overlay));
    }

    private static String kustomization(String body) {
        return "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n" + body + "\n";
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }
}
