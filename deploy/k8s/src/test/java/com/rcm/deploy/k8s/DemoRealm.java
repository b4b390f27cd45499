package com.rcm.deploy.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The realm dev imports (ConfigMap keycloak-realm), read for its clients. */
final class DemoRealm {
    private final JsonNode realm;

    private DemoRealm(JsonNode realm) {
        this.realm = realm;
    }

    static DemoRealm of(Manifests dev) {
        String json = dev.get("ConfigMap", "keycloak-realm")
                .at("/data/billing-realm.json")
                .asText();
        try {
            return new DemoRealm(new ObjectMapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new AssertionError("the demo realm is not JSON", e);
        }
    }

    JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("the demo realm has no client " + clientId);
    }

    /** Whether the client's tokens carry {@code audience} in aud, through an audience mapper. */
    static boolean addsAudience(JsonNode client, String audience) {
        for (JsonNode mapper : client.path("protocolMappers")) {
            if (mapper.path("protocolMapper").asText().equals("oidc-audience-mapper")
                    && mapper.at("/config/included.custom.audience").asText().equals(audience)
                    && mapper.at("/config/access.token.claim").asText().equals("true")) {
                return true;
            }
        }
        return false;
    }
}
