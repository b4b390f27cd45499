package com.rcm.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reading Deployments and Services the way Kubernetes joins them (labels, named ports, env). */
final class PodSpecs {
    private PodSpecs() {}

    static JsonNode onlyContainer(JsonNode deployment) {
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        if (containers.size() != 1) {
            throw new AssertionError(Manifests.name(deployment) + " has " + containers.size() + " containers");
        }
        return containers.get(0);
    }

    static JsonNode envVar(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError(container.path("name").asText() + " has no env " + name);
    }

    static String env(JsonNode container, String name) {
        return envVar(container, name).path("value").asText();
    }

    /** Whether the container gets {@code variable}: in its env, or from a ConfigMap it reads whole (envFrom). */
    static boolean receives(Manifests manifests, JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals(variable)) {
                return true;
            }
        }
        for (JsonNode source : container.path("envFrom")) {
            String configMap = source.at("/configMapRef/name").asText();
            if (!configMap.isEmpty()
                    && manifests
                            .find("ConfigMap", configMap)
                            .map(c -> c.path("data").has(variable))
                            .orElse(false)) {
                return true;
            }
        }
        return false;
    }

    static int containerPort(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals(name)) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError(container.path("name").asText() + " has no port named " + name);
    }

    /** A probe's or Service's port: a number, or the name of one of the container's ports. */
    static int resolvePort(JsonNode container, JsonNode port) {
        return port.isInt() ? port.asInt() : containerPort(container, port.asText());
    }

    static boolean selectorMatchesTemplate(JsonNode deployment) {
        return contains(deployment.at("/spec/template/metadata/labels"), deployment.at("/spec/selector/matchLabels"));
    }

    static boolean selects(JsonNode service, JsonNode deployment) {
        JsonNode selector = service.at("/spec/selector");
        return !selector.isEmpty() && contains(deployment.at("/spec/template/metadata/labels"), selector);
    }

    private static boolean contains(JsonNode labels, JsonNode wanted) {
        for (Iterator<Map.Entry<String, JsonNode>> it = wanted.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> label = it.next();
            if (!labels.path(label.getKey()).equals(label.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Secrets read by env, envFrom or volumes of every Deployment. */
    static Set<String> referencedSecrets(Manifests manifests) {
        Set<String> names = new TreeSet<>();
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            for (JsonNode container : pod.path("containers")) {
                container.path("env").forEach(v -> addIfText(names, v.at("/valueFrom/secretKeyRef/name")));
                container.path("envFrom").forEach(v -> addIfText(names, v.at("/secretRef/name")));
            }
            pod.path("volumes").forEach(v -> addIfText(names, v.at("/secret/secretName")));
        }
        return names;
    }

    private static void addIfText(Set<String> names, JsonNode node) {
        if (node.isTextual()) {
            names.add(node.asText());
        }
    }
}
