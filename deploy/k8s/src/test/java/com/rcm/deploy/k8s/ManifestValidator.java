package com.rcm.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one rendered object against the schema of its apiVersion and kind: Kubernetes kinds and
 * Strimzi's custom resources by strict reading into their Java models, CloudNativePG's and KEDA's
 * (which publish no Java model) against JSON schemas. A kind with no schema here is a problem too,
 * so a new kind cannot slip through unchecked.
 */
final class ManifestValidator {
    private static final Map<String, Class<?>> MODELS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "kafka.strimzi.io/v1beta2/Kafka", Kafka.class,
            "kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class,
            "kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class,
            "kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class);
    private static final Map<String, String> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cnpg-cluster.yaml",
            "keda.sh/v1alpha1/ScaledObject", "keda-scaledobject.yaml");

    private final StrictModelReader reader = new StrictModelReader();
    private final Map<String, CrdSchema> schemas = new java.util.HashMap<>();

    /** Empty when the object is valid. */
    List<String> problems(JsonNode object) {
        String type =
                object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        List<String> problems = new ArrayList<>();
        Class<?> model = MODELS.get(type);
        String schema = SCHEMAS.get(type);
        if (model != null) {
            addIfPresent(problems, reader.problem(object, model));
        } else if (schema != null) {
            // The CRD schemas leave metadata open (the API server checks it): check it as ObjectMeta.
            addIfPresent(problems, reader.problem(object.path("metadata"), ObjectMeta.class));
            problems.addAll(schemas.computeIfAbsent(schema, CrdSchema::load).problems(object));
        } else {
            problems.add("no schema for " + type + ": add its model or JSON schema to ManifestValidator");
        }
        if (object.path("metadata").path("name").asText().isEmpty()) {
            problems.add("metadata.name is missing");
        }
        return problems;
    }

    private static void addIfPresent(List<String> problems, String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }
}
