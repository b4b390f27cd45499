package com.rcm.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Kustomize reads no file outside an overlay's folder, so dev carries copies of the demo realm and
 * the demo code sets: they must not drift from the originals deploy/local uses.
 */
class DevOverlayCopiesTest {
    private static final Path DEV = Repository.overlay("dev");

    @Test
    void theRealmIsTheDemoRealm() throws IOException {
        assertEquals(
                Files.readString(Repository.ROOT.resolve("deploy/keycloak/billing-realm.json")),
                Files.readString(DEV.resolve("billing-realm.json")),
                "overlays/dev/billing-realm.json differs from deploy/keycloak's");
    }

    @Test
    void codingServiceSeedsEveryDemoCodeSet() throws IOException {
        Path originals = Repository.ROOT.resolve("deploy/local/seed/code-sets");
        Manifests dev = Overlay.DEV.render();
        JsonNode data = dev.get("ConfigMap", "coding-code-sets").path("data");
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(originals)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("README.md"))
                    .toList()) {
                String name = file.getFileName().toString();
                expected.add(name);
                assertEquals(Files.readString(file), data.path(name).asText(), name + " differs from deploy/local's");
            }
        }
        Set<String> copied = new TreeSet<>();
        data.fieldNames().forEachRemaining(copied::add);
        assertEquals(expected, copied);

        JsonNode pod = dev.get("Deployment", "coding-service").at("/spec/template/spec");
        String seedDir = PodSpecs.env(pod.at("/containers/0"), "CODING_CODE_SETS_SEED_DIR");
        List<String> mounts = pod.at("/containers/0/volumeMounts").findValuesAsText("mountPath");
        assertEquals(true, mounts.contains(seedDir), "the seed folder is mounted: " + mounts);
    }
}
