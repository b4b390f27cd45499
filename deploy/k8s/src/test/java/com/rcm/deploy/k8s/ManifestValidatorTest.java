package com.rcm.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The validator refuses what the API server (with strict field validation) or the operators would. */
class ManifestValidatorTest {
    private final ManifestValidator validator = new ManifestValidator();

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
            spec:
              selector:
                matchLabels: {app: demo}
              template:
                metadata:
                  labels: {app: demo}
                spec:
                  containers:
                    - name: demo
                      image: rcm/demo:1
                      env:
                        - name: QUARKUS_HTTP_PORT
                          value: "8081"
                      readinessProbe:
                        httpGet: {path: /q/health/ready, port: 8081}
                      resources:
                        requests: {cpu: 250m, memory: 512Mi}
            """;
    private static final String TOPIC = """
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaTopic
            metadata:
              name: demo.v1
              labels: {strimzi.io/cluster: billing}
            spec:
              partitions: 3
              replicas: 1
            """;
    private static final String NODE_POOL = """
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaNodePool
            metadata:
              name: pool
            spec:
              replicas: 1
              roles: [controller, broker]
              storage: {type: ephemeral}
            """;
    private static final String USER = """
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaUser
            metadata:
              name: demo-service
              labels: {strimzi.io/cluster: billing}
            spec:
              authorization:
                type: simple
                acls:
                  - resource: {type: topic, name: demo., patternType: prefix}
                    operations: [Read]
                    type: allow
                  - resource: {type: group, name: demo-service, patternType: literal}
                    operations: [Read]
                    type: allow
                  - resource: {type: topic, name: demo.dlq, patternType: literal}
                    operations: [Read]
                    type: deny
            """;
    private static final String CLUSTER = """
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata:
              name: demo-db
            spec:
              instances: 1
              bootstrap:
                initdb: {database: demo, owner: billing_app}
              storage: {size: 1Gi}
            """;
    private static final String SCALED_OBJECT = """
            apiVersion: keda.sh/v1alpha1
            kind: ScaledObject
            metadata:
              name: demo
            spec:
              scaleTargetRef: {name: demo}
              maxReplicaCount: 3
              triggers:
                - type: kafka
                  metadata:
                    bootstrapServers: kafka:9092
                    consumerGroup: demo
                    topic: demo.v1
                    lagThreshold: "100"
            """;

    @ParameterizedTest
    @ValueSource(strings = {DEPLOYMENT, TOPIC, NODE_POOL, USER, CLUSTER, SCALED_OBJECT})
    void acceptsTheWellFormedSnippets(String yaml) {
        assertEquals(List.of(), validator.problems(parse(yaml)));
    }

    @Test
    void refusesAMisspeltDeploymentField() {
        assertRefused(DEPLOYMENT.replace("readinessProbe", "readinesProbe"), "readinesProbe");
    }

    @Test
    void refusesAnUnquotedNumberWhereKubernetesWantsAString() {
        assertRefused(DEPLOYMENT.replace("value: \"8081\"", "value: 8081"), "value");
    }

    @Test
    void refusesAMisspeltFieldDeepInsideAPodSpec() {
        assertRefused(DEPLOYMENT.replace("requests:", "request:"), "request");
    }

    @Test
    void refusesAMisspeltStrimziField() {
        assertRefused(TOPIC.replace("partitions:", "partition:"), "partition");
    }

    @Test
    void refusesAStrimziValueOutsideItsEnum() {
        assertRefused(NODE_POOL.replace("[controller, broker]", "[controller, brokers]"), "brokers");
    }

    @Test
    void refusesKafkasPatternTypeWhereStrimziHasItsOwnWord() {
        assertRefused(USER.replace("patternType: prefix", "patternType: prefixed"), "prefixed");
    }

    @Test
    void refusesAMisspeltCloudNativePgField() {
        assertRefused(CLUSTER.replace("instances:", "instance:"), "instance");
    }

    @Test
    void refusesAMisspeltFieldInCustomResourceMetadata() {
        assertRefused(CLUSTER.replace("  name: demo-db", "  nmae: demo-db"), "nmae");
    }

    @Test
    void refusesAMisspeltKafkaScalerParameter() {
        assertRefused(SCALED_OBJECT.replace("consumerGroup", "consumerGrop"), "consumerGrop");
    }

    @Test
    void refusesANumberInTheKafkaScalersStringMetadata() {
        assertRefused(SCALED_OBJECT.replace("lagThreshold: \"100\"", "lagThreshold: 100"), "lagThreshold");
    }

    @Test
    void refusesAKindItHasNoSchemaFor() {
        assertRefused("""
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nightly}
                spec: {}
                """, "no schema for batch/v1/CronJob");
    }

    private void assertRefused(String yaml, String mentioned) {
        List<String> problems = validator.problems(parse(yaml));
        assertFalse(problems.isEmpty(), "accepted:\n" + yaml);
        assertTrue(
                problems.stream().anyMatch(p -> p.contains(mentioned)),
                "the problems do not name '" + mentioned + "': " + problems);
    }

    private static ObjectNode parse(String yaml) {
        return YamlFiles.readAll(yaml, "snippet").get(0);
    }
}
