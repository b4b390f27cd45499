package com.rcm.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rcm.events.Topics;
import com.rcm.events.broker.BrokerAccess;
import com.rcm.events.broker.BrokerGrant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The broker admits only clients signed in with a token of the services' realm, and lets each do what the
 * written matrix (broker-access.tsv, ADR 26) grants it: no more, no less.
 */
class BrokerAccessManifestsTest {
    private static final String SECRET_VARIABLE = "KAFKA_CLIENT_SECRET";

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theKafkaUsersGrantExactlyTheWrittenMatrix(Overlay overlay) {
        Manifests manifests = overlay.render();
        List<String> partners = partnersWithTopics(manifests);
        List<BrokerGrant> written = BrokerAccess.grants(partners);
        List<BrokerGrant> granted = new ArrayList<>();
        manifests.ofKind("KafkaUser").forEach(user -> granted.addAll(KafkaUserGrants.of(user)));
        assertFalse(written.isEmpty(), "the matrix grants nothing");
        // Compared as lists, not sets: a grant written twice in a KafkaUser is a mistake too.
        assertAll(
                () -> assertEquals(
                        List.of(),
                        without(written, granted),
                        overlay + ": granted by the matrix (partners " + partners + ") but by no KafkaUser"),
                () -> assertEquals(
                        List.of(),
                        without(granted, written),
                        overlay + ": granted by a KafkaUser but not by the matrix (partners " + partners + ")"));
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyKafkaUserBelongsToTheClusterAndHasNoPasswordOfItsOwn(Overlay overlay) {
        Manifests manifests = overlay.render();
        String cluster = Manifests.name(manifests.ofKind("Kafka").get(0));
        for (ObjectNode user : manifests.ofKind("KafkaUser")) {
            String name = Manifests.name(user);
            assertEquals(
                    cluster, user.at("/metadata/labels/strimzi.io~1cluster").asText(), name + "'s cluster");
            // Identities come from Keycloak's tokens; a SCRAM or TLS user would be a second way in.
            assertTrue(user.at("/spec/authentication").isMissingNode(), name + " has credentials of its own");
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyServiceThatUsesKafkaSignsInWithASecret(Overlay overlay) {
        Manifests manifests = overlay.render();
        Set<String> signingIn = new TreeSet<>();
        List<Executable> checks = new ArrayList<>();
        for (ObjectNode deployment : manifests.ofKind("Deployment")) {
            String name = Manifests.name(deployment);
            JsonNode container = PodSpecs.onlyContainer(deployment);
            if (!PodSpecs.receives(manifests, container, "KAFKA_BOOTSTRAP_SERVERS") || !KafkaClients.isOne(name)) {
                continue;
            }
            signingIn.add(name);
            checks.add(() -> {
                JsonNode ref = PodSpecs.envVar(container, SECRET_VARIABLE).at("/valueFrom/secretKeyRef");
                assertFalse(
                        ref.path("name").asText().isEmpty()
                                || ref.path("key").asText().isEmpty(),
                        overlay + " " + name + ": " + SECRET_VARIABLE + " is not read from a Secret");
            });
        }
        assertAll(checks);
        assertEquals(
                new TreeSet<>(BrokerAccess.services()),
                signingIn,
                overlay + ": the Kafka clients that run are the services the matrix grants to");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theBrokerTakesOnlyTokensOfTheServicesRealmAndAppliesTheGrants(Overlay overlay) {
        Manifests manifests = overlay.render();
        ObjectNode kafka = manifests.ofKind("Kafka").get(0);
        String issuer = manifests
                .get("ConfigMap", "platform-endpoints")
                .at("/data/OIDC_AUTH_SERVER_URL")
                .asText();
        String realmPath = issuer.substring(issuer.indexOf("/realms/"));
        JsonNode listeners = kafka.at("/spec/kafka/listeners");
        assertFalse(listeners.isEmpty(), "no listener");
        for (JsonNode listener : listeners) {
            JsonNode auth = listener.path("authentication");
            String where = overlay + " listener " + listener.path("name").asText() + ": ";
            assertEquals("oauth", auth.path("type").asText(), where + "authentication");
            assertEquals(issuer, auth.path("validIssuerUri").asText(), where + "the issuer of the services' tokens");
            assertTrue(
                    auth.path("jwksEndpointUri").asText().endsWith(realmPath + "/protocol/openid-connect/certs"),
                    where + "not the keys of the services' realm: " + auth.path("jwksEndpointUri"));
            assertEquals("azp", auth.path("userNameClaim").asText(), where + "the principal is the token's client");
            assertTrue(auth.path("checkAudience").asBoolean(false), where + "tokens meant for anything else get in");
            assertFalse(auth.path("clientId").asText().isEmpty(), where + "no audience to check");
        }
        assertEquals("simple", kafka.at("/spec/kafka/authorization/type").asText(), overlay + ": authorization");
        assertTrue(
                kafka.at("/spec/kafka/authorization/superUsers").isEmpty(),
                overlay + ": a super user besides Strimzi's own would bypass the matrix");
        assertTrue(
                kafka.at("/spec/entityOperator/userOperator").isObject(),
                overlay + ": without the User Operator no KafkaUser's grants are applied");
    }

    @Test
    void devsPrincipalsAreClientsOfTheDemoRealmThatTheBrokerAccepts() {
        Manifests dev = Overlay.DEV.render();
        DemoRealm realm = DemoRealm.of(dev);
        String audience = dev.ofKind("Kafka")
                .get(0)
                .at("/spec/kafka/listeners/0/authentication/clientId")
                .asText();
        List<Executable> checks = new ArrayList<>();
        for (ObjectNode user : dev.ofKind("KafkaUser")) {
            String principal = Manifests.name(user);
            checks.add(() -> {
                JsonNode client = realm.client(principal);
                assertTrue(
                        client.path("serviceAccountsEnabled").asBoolean(),
                        principal + " gets no client-credentials token");
                assertTrue(
                        DemoRealm.addsAudience(client, audience),
                        principal + "'s tokens lack the audience " + audience);
            });
        }
        for (String service : BrokerAccess.services()) {
            checks.add(() -> {
                JsonNode container = PodSpecs.onlyContainer(dev.get("Deployment", service));
                JsonNode ref = PodSpecs.envVar(container, SECRET_VARIABLE).at("/valueFrom/secretKeyRef");
                String secret = decoded(
                        dev.get("Secret", ref.path("name").asText()),
                        ref.path("key").asText());
                assertEquals(
                        realm.client(service).path("secret").asText(),
                        secret,
                        service + ": dev's Kafka secret is not its demo client's secret");
            });
        }
        assertAll(checks);
    }

    /** The partners a deployment has: those whose encounter topic it creates. */
    private static List<String> partnersWithTopics(Manifests manifests) {
        List<String> partners = new ArrayList<>();
        manifests
                .ofKind("KafkaTopic")
                .forEach(t -> Topics.partnerOf(Manifests.name(t)).ifPresent(partners::add));
        return partners;
    }

    /** {@code all} less one occurrence of each of {@code taken}. */
    private static List<BrokerGrant> without(List<BrokerGrant> all, List<BrokerGrant> taken) {
        List<BrokerGrant> rest = new ArrayList<>(all);
        taken.forEach(rest::remove);
        return rest;
    }

    private static String decoded(ObjectNode secret, String key) {
        return new String(Base64.getDecoder().decode(secret.at("/data/" + key).asText()), StandardCharsets.UTF_8);
    }
}
