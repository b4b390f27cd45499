package com.rcm.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

/** What kustomize identifies a resource by: API group, kind, namespace and name. */
record ResourceId(String group, String kind, String namespace, String name) {

    static ResourceId of(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText("");
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        JsonNode metadata = object.path("metadata");
        return new ResourceId(
                group,
                object.path("kind").asText(""),
                metadata.path("namespace").asText(""),
                metadata.path("name").asText(""));
    }

    @Override
    public String toString() {
        return (group.isEmpty() ? "" : group + "/") + kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
