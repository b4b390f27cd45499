package com.rcm.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What someone applying an overlay would notice: each check reads the rendered objects. */
class PlatformManifestsTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyServiceRunsWithProbesResourcesAndAService(Overlay overlay) {
        Manifests manifests = overlay.render();
        List<Executable> checks = new ArrayList<>();
        for (LocalPlatform.Service service : LocalPlatform.services(overlay)) {
            checks.add(() -> {
                ObjectNode deployment = manifests.get("Deployment", service.name());
                JsonNode container = PodSpecs.onlyContainer(deployment);
                String where = overlay + " " + service.name() + ": ";
                assertEquals(
                        "rcm/" + service.name() + ":0.1.0",
                        container.path("image").asText(),
                        where + "image");
                assertEquals(service.port(), PodSpecs.containerPort(container, "http"), where + "http port");
                assertEquals(
                        String.valueOf(service.port()),
                        PodSpecs.env(container, "QUARKUS_HTTP_PORT"),
                        where + "QUARKUS_HTTP_PORT");
                assertProbe(container, "readinessProbe", "/q/health/ready", service.port(), where);
                assertProbe(container, "livenessProbe", "/q/health/live", service.port(), where);
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        assertFalse(
                                container
                                        .path("resources")
                                        .path(kind)
                                        .path(resource)
                                        .asText()
                                        .isEmpty(),
                                where + "no " + kind + "." + resource);
                    }
                }
                assertTrue(
                        PodSpecs.selectorMatchesTemplate(deployment), where + "selector does not match the pod labels");
                ObjectNode svc = manifests.get("Service", service.name());
                assertTrue(PodSpecs.selects(svc, deployment), where + "the Service does not select the pods");
                JsonNode port = svc.path("spec").path("ports").get(0);
                assertEquals(service.port(), port.path("port").asInt(), where + "Service port");
                assertEquals(
                        service.port(), PodSpecs.resolvePort(container, port.path("targetPort")), where + "targetPort");
            });
        }
        assertAll(checks);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyServiceHasItsOwnDatabaseAndReadsItsPasswordFromASecret(Overlay overlay) {
        Manifests manifests = overlay.render();
        List<Executable> checks = new ArrayList<>();
        for (LocalPlatform.Service service : LocalPlatform.services(overlay)) {
            checks.add(() -> {
                JsonNode container = PodSpecs.onlyContainer(manifests.get("Deployment", service.name()));
                String url = PodSpecs.env(container, "QUARKUS_DATASOURCE_JDBC_URL");
                String cluster = url.replaceFirst("^jdbc:postgresql://([a-z0-9-]+)-rw:5432/.*$", "$1");
                assertEquals("jdbc:postgresql://" + cluster + "-rw:5432/" + service.database(), url, service.name());
                JsonNode initdb = manifests
                        .get("Cluster", cluster)
                        .path("spec")
                        .path("bootstrap")
                        .path("initdb");
                assertEquals(service.database(), initdb.path("database").asText(), cluster + " database");
                assertEquals("billing_owner", initdb.path("owner").asText(), cluster + " owner");
                // The service connects as the runtime role, which owns nothing; only Flyway uses the owner.
                for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                    JsonNode ref = PodSpecs.envVar(container, variable)
                            .path("valueFrom")
                            .path("secretKeyRef");
                    assertEquals(cluster + "-runtime", ref.path("name").asText(), service.name() + " " + variable);
                }
                for (String variable : List.of("QUARKUS_FLYWAY_USERNAME", "QUARKUS_FLYWAY_PASSWORD")) {
                    JsonNode ref = PodSpecs.envVar(container, variable)
                            .path("valueFrom")
                            .path("secretKeyRef");
                    assertEquals(cluster + "-app", ref.path("name").asText(), service.name() + " " + variable);
                }
                JsonNode runtime = manifests.get("Cluster", cluster).at("/spec/managed/roles/0");
                assertEquals("billing_app", runtime.path("name").asText(), cluster + " runtime role");
                assertEquals(
                        cluster + "-runtime",
                        runtime.at("/passwordSecret/name").asText(),
                        cluster + " runtime role's Secret");
                assertTrue(runtime.path("login").asBoolean(false), cluster + " runtime role logs in");
                for (String power : List.of("superuser", "createdb", "createrole", "bypassrls")) {
                    assertFalse(runtime.path(power).asBoolean(true), cluster + " runtime role must not be " + power);
                }
            });
        }
        assertAll(checks);
        Set<String> databases = new TreeSet<>();
        manifests
                .ofKind("Cluster")
                .forEach(c ->
                        databases.add(c.at("/spec/bootstrap/initdb/database").asText()));
        assertEquals(
                LocalPlatform.services(overlay).size() + 1,
                databases.size(),
                "a database per service, plus Keycloak's: " + databases);
        assertTrue(databases.contains("keycloak"), "Keycloak's database");
        manifests
                .ofKind("Cluster")
                .forEach(c -> assertFalse(
                        c.at("/spec/enableSuperuserAccess").asBoolean(true),
                        Manifests.name(c) + " must not enable superuser access"));
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void noPasswordOrSecretIsWrittenIntoADeployment(Overlay overlay) {
        for (ObjectNode deployment : overlay.render().ofKind("Deployment")) {
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                for (JsonNode variable : container.path("env")) {
                    String name = variable.path("name").asText();
                    if (name.matches(".*(PASSWORD|SECRET).*")) {
                        assertFalse(
                                variable.has("value"), Manifests.name(deployment) + " writes " + name + " literally");
                        assertTrue(
                                variable.at("/valueFrom/secretKeyRef/name").isTextual(),
                                Manifests.name(deployment) + " " + name + " is not read from a Secret");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyTopicAndItsDeadLetterTopicExistWithTheOverlaysPartitions(Overlay overlay) {
        Manifests manifests = overlay.render();
        Set<String> expected = new TreeSet<>();
        for (String topic : ConsumerBindings.allTopics()) {
            expected.add(topic);
            expected.add(topic.endsWith(".dlq") ? topic : topic + ".dlq");
        }
        assertEquals(9, expected.size(), "four topics, their dead-letter topics and the partners' one: " + expected);
        Map<String, Integer> partitions = new TreeMap<>();
        manifests
                .ofKind("KafkaTopic")
                .forEach(t -> partitions.put(
                        Manifests.name(t), t.at("/spec/partitions").asInt()));
        // Each partner's topic comes with the partner: dev has the demo partners', prod those it onboards.
        Set<String> partnerTopics = new TreeSet<>();
        for (String pattern : ConsumerBindings.allPatterns()) {
            partitions.keySet().stream().filter(name -> name.matches(pattern)).forEach(partnerTopics::add);
        }
        assertEquals(
                overlay.withSimulator
                        ? Set.of("ehr.encounters.v1.ehr-partner-1", "ehr.encounters.v1.ehr-partner-2")
                        : Set.of(),
                partnerTopics,
                "partner topics");
        expected.addAll(partnerTopics);
        assertEquals(expected, partitions.keySet(), "KafkaTopics");
        partitions.forEach((topic, count) -> assertEquals(overlay.partitions, count, topic + " partitions"));

        ObjectNode kafka = manifests.ofKind("Kafka").get(0);
        int brokers = manifests.ofKind("KafkaNodePool").stream()
                .mapToInt(p -> p.at("/spec/replicas").asInt())
                .sum();
        for (ObjectNode topic : manifests.ofKind("KafkaTopic")) {
            assertEquals(
                    Manifests.name(kafka),
                    topic.at("/metadata/labels/strimzi.io~1cluster").asText(),
                    "topic's cluster");
            assertTrue(
                    topic.at("/spec/replicas").asInt() <= brokers,
                    Manifests.name(topic) + " has more replicas than brokers");
        }
        assertFalse(
                kafka.at("/spec/kafka/config/auto.create.topics.enable").asBoolean(true),
                "topics only from KafkaTopics");
        assertEquals(
                bootstrapAddress(manifests, false),
                manifests
                        .get("ConfigMap", "platform-endpoints")
                        .at("/data/KAFKA_BOOTSTRAP_SERVERS")
                        .asText(),
                "the services' Kafka address");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyConsumerScalesOnItsGroupsLagWithinThePartitions(Overlay overlay) {
        Manifests manifests = overlay.render();
        List<Executable> checks = new ArrayList<>();
        for (LocalPlatform.Service service : LocalPlatform.services(overlay)) {
            List<ConsumerBindings.Binding> bindings = ConsumerBindings.of(service.name());
            if (bindings.isEmpty()) {
                checks.add(() -> assertTrue(
                        manifests.find("ScaledObject", service.name()).isEmpty(),
                        service.name() + " consumes nothing, so nothing to scale on"));
                continue;
            }
            checks.add(() -> {
                ObjectNode scaled = manifests.get("ScaledObject", service.name());
                JsonNode spec = scaled.path("spec");
                assertEquals(service.name(), spec.at("/scaleTargetRef/name").asText(), "scale target");
                assertFalse(
                        manifests.get("Deployment", service.name()).path("spec").has("replicas"),
                        service.name() + ": the Deployment sets replicas, which would fight KEDA");
                int min = spec.path("minReplicaCount").asInt();
                int max = spec.path("maxReplicaCount").asInt();
                assertTrue(min >= 1 && min <= max, service.name() + " min " + min + " max " + max);
                assertTrue(max <= overlay.partitions, service.name() + " scales past its topics' partitions");
                Set<ConsumerBindings.Binding> covered = new java.util.HashSet<>();
                for (JsonNode trigger : spec.path("triggers")) {
                    JsonNode metadata = trigger.path("metadata");
                    assertEquals("kafka", trigger.path("type").asText());
                    assertEquals(
                            bootstrapAddress(manifests, true),
                            metadata.path("bootstrapServers").asText(),
                            service.name() + ": KEDA runs in its own namespace and needs the full address");
                    String group = metadata.path("consumerGroup").asText();
                    List<ConsumerBindings.Binding> matched = bindings.stream()
                            .filter(b -> b.group().equals(group)
                                    && (!metadata.has("topic")
                                            || b.topic()
                                                    .equals(metadata.path("topic")
                                                            .asText())))
                            .toList();
                    assertFalse(
                            matched.isEmpty(),
                            service.name() + ": trigger on " + group + "/" + metadata.path("topic")
                                    + " which the service does not consume");
                    covered.addAll(matched);
                }
                assertEquals(
                        new TreeSet<>(bindings.stream().map(Object::toString).toList()),
                        new TreeSet<>(covered.stream().map(Object::toString).toList()),
                        service.name() + ": every group and topic it consumes is scaled on");
            });
        }
        assertAll(checks);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theSimulatorRunsOnlyInDev(Overlay overlay) {
        Manifests manifests = overlay.render();
        String rendered = manifests.objects().toString();
        String clearinghouse = manifests
                .get("ConfigMap", "platform-endpoints")
                .at("/data/CLEARINGHOUSE_URL")
                .asText();
        if (overlay.withSimulator) {
            assertTrue(manifests.find("Deployment", LocalPlatform.SIMULATOR).isPresent(), "simulator in dev");
            assertEquals("http://clearinghouse-simulator:8086", clearinghouse);
        } else {
            assertFalse(rendered.contains("clearinghouse-simulator"), "the simulator is named somewhere in " + overlay);
            assertFalse(rendered.contains("clearinghouse-db"), "the simulator's database in " + overlay);
            assertTrue(clearinghouse.startsWith("https://"), "prod's clearinghouse over TLS: " + clearinghouse);
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void keycloakRunsOnItsOwnDatabaseAndImportsTheDemoRealmOnlyInDev(Overlay overlay) {
        Manifests manifests = overlay.render();
        JsonNode container = PodSpecs.onlyContainer(manifests.get("Deployment", "keycloak"));
        assertEquals("jdbc:postgresql://keycloak-db-rw:5432/keycloak", PodSpecs.env(container, "KC_DB_URL"));
        assertProbe(container, "readinessProbe", "/health/ready", 9000, "keycloak: ");
        assertProbe(container, "livenessProbe", "/health/live", 9000, "keycloak: ");
        assertTrue(PodSpecs.selects(manifests.get("Service", "keycloak"), manifests.get("Deployment", "keycloak")));
        assertEquals(
                overlay.withSimulator,
                manifests.find("ConfigMap", "keycloak-realm").isPresent(),
                "the demo realm (demo users and secrets) is imported in dev and nowhere else");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everySecretTheManifestsReadIsProvided(Overlay overlay) {
        Manifests manifests = overlay.render();
        Set<String> generatedByCnpg = new TreeSet<>();
        manifests.ofKind("Cluster").forEach(c -> generatedByCnpg.add(Manifests.name(c) + "-app"));
        Set<String> rendered = new TreeSet<>();
        manifests.ofKind("Secret").forEach(s -> rendered.add(Manifests.name(s)));
        if (!overlay.withSimulator) {
            assertEquals(Set.of(), rendered, "prod takes no Secret from the repository");
        }
        String readme = Files.read(Repository.K8S.resolve("README.md"));
        for (String secret : PodSpecs.referencedSecrets(manifests)) {
            boolean provided = generatedByCnpg.contains(secret)
                    || rendered.contains(secret)
                    || !overlay.withSimulator && readme.contains("`" + secret + "`");
            assertTrue(
                    provided,
                    overlay + ": Secret " + secret
                            + " is read but neither generated nor listed in deploy/k8s/README.md");
        }
    }

    private static void assertProbe(JsonNode container, String probe, String path, int port, String where) {
        JsonNode get = container.path(probe).path("httpGet");
        assertEquals(path, get.path("path").asText(), where + probe + " path");
        assertEquals(port, PodSpecs.resolvePort(container, get.path("port")), where + probe + " port");
    }

    /** The Kafka cluster's plain listener: by its short name in the namespace, or fully qualified. */
    private static String bootstrapAddress(Manifests manifests, boolean qualified) {
        ObjectNode kafka = manifests.ofKind("Kafka").get(0);
        JsonNode plain = null;
        for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
            if (!listener.path("tls").asBoolean()) {
                plain = listener;
            }
        }
        String host = Manifests.name(kafka) + "-kafka-bootstrap";
        if (qualified) {
            host += "." + kafka.at("/metadata/namespace").asText() + ".svc";
        }
        return host + ":" + plain.path("port").asInt();
    }

    /** Small file reads without checked exceptions. */
    private static final class Files {
        static String read(java.nio.file.Path path) {
            try {
                return java.nio.file.Files.readString(path);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
