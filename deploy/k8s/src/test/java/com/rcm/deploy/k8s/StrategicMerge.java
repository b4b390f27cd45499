package com.rcm.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Kustomize's strategic merge patch, as far as these manifests use it: mappings merge key by key, a
 * null deletes, and lists are replaced unless the built-in Kubernetes types give them a merge key
 * (containers and volumes by name, env by name, mounts by path, ports by number). Custom resources
 * have no merge keys, so their lists are replaced whole, as kustomize does for a kind it has no
 * schema for. Patch directives ($patch, $setElementOrder, ...) are refused rather than ignored.
 */
final class StrategicMerge {
    /** The kinds whose Go types carry patchMergeKey tags that these manifests rely on. */
    private static final Set<String> BUILT_IN_KINDS = Set.of("Deployment", "Service", "ConfigMap", "Secret");

    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath",
            "imagePullSecrets", "name");

    private StrategicMerge() {}

    static void apply(ObjectNode target, ObjectNode patch) {
        boolean builtIn = BUILT_IN_KINDS.contains(target.path("kind").asText()) && !isCustomGroup(target);
        mergeObject(target, patch, builtIn, target.path("kind").asText(), "");
    }

    private static boolean isCustomGroup(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        return apiVersion.contains("/")
                && apiVersion.substring(0, apiVersion.indexOf('/')).contains(".");
    }

    private static void mergeObject(ObjectNode target, ObjectNode patch, boolean builtIn, String kind, String path) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            String at = path + "/" + name;
            if (name.startsWith("$")) {
                throw new UnsupportedKustomizeFeature("patch directive " + name + " at " + at);
            }
            JsonNode existing = target.get(name);
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                mergeObject((ObjectNode) existing, (ObjectNode) value, builtIn, kind, at);
            } else if (value.isArray()
                    && existing != null
                    && existing.isArray()
                    && builtIn
                    && mergeKey(kind, name) != null) {
                mergeList((ArrayNode) existing, (ArrayNode) value, mergeKey(kind, name), kind, at);
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private static String mergeKey(String kind, String field) {
        if (field.equals("ports")) {
            return kind.equals("Service") ? "port" : "containerPort";
        }
        return MERGE_KEYS.get(field);
    }

    private static void mergeList(ArrayNode target, ArrayNode patch, String key, String kind, String path) {
        for (JsonNode item : patch) {
            if (!item.isObject() || !item.has(key)) {
                throw new UnsupportedKustomizeFeature("list item without its merge key '" + key + "' at " + path);
            }
            ObjectNode match = null;
            for (JsonNode candidate : target) {
                if (candidate.path(key).equals(item.get(key))) {
                    match = (ObjectNode) candidate;
                }
            }
            if (match == null) {
                target.add(item.deepCopy());
            } else {
                mergeObject(
                        match,
                        (ObjectNode) item,
                        true,
                        kind,
                        path + "[" + item.get(key).asText() + "]");
            }
        }
    }
}
