package com.rcm.events.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The broker applies what broker-access.tsv says, and docs/broker-access.md is that file as a table:
 * the written matrix is the enforced one (the module tests run each service as its own principal
 * under it, so a grant a service lacks fails that service's tests).
 */
class BrokerAccessTest {
    private static final Path DOC = Path.of("..", "..", "docs", "broker-access.md");

    @Test
    void aPartnerMayWriteItsOwnTopicOnlyAndLiterally() {
        List<BrokerGrant> partners = BrokerAccess.grants(List.of("ehr-partner-1", "ehr-partner-2")).stream()
                .filter(g -> g.principal().startsWith("ehr-partner-"))
                .toList();
        assertEquals(
                List.of(
                        new BrokerGrant(
                                "ehr-partner-1",
                                "ALLOW",
                                "WRITE",
                                "TOPIC",
                                "LITERAL",
                                Topics.encountersOf("ehr-partner-1")),
                        new BrokerGrant(
                                "ehr-partner-2",
                                "ALLOW",
                                "WRITE",
                                "TOPIC",
                                "LITERAL",
                                Topics.encountersOf("ehr-partner-2"))),
                partners);
        assertThrows(IllegalArgumentException.class, () -> BrokerAccess.grants(List.of("dlq")));
        assertThrows(IllegalArgumentException.class, () -> BrokerAccess.grants(List.of("a,b")));
    }

    @Test
    void noServiceReadsThePartnersDeadLettersButOps() {
        List<BrokerGrant> grants = BrokerAccess.grants(List.of());
        assertTrue(
                grants.contains(
                        new BrokerGrant("coding-service", "DENY", "READ", "TOPIC", "LITERAL", "ehr.encounters.v1.dlq")),
                "coding-service reads partner topics by prefix; the prefix covers the dlq");
        List<String> readers = grants.stream()
                .filter(g -> g.operation().equals("READ")
                        && g.permission().equals("ALLOW")
                        && g.name().equals("ehr.encounters.v1.dlq"))
                .map(BrokerGrant::principal)
                .toList();
        assertEquals(List.of("ops-dashboard"), readers);
    }

    @Test
    void everyServiceReadsWithItsOwnGroupAndWritesItsOwnTopic() {
        List<BrokerGrant> grants = BrokerAccess.grants(List.of());
        for (String service : BrokerAccess.services()) {
            assertTrue(
                    grants.contains(new BrokerGrant(service, "ALLOW", "READ", "GROUP", "LITERAL", service)), service);
        }
        assertEquals(
                List.of(
                        "coding-service",
                        "claims-service",
                        "payments-service",
                        "patient-billing-service",
                        "ops-dashboard"),
                BrokerAccess.services());
    }

    @Test
    void theDocumentIsTheMatrix() throws IOException {
        StringBuilder doc = new StringBuilder("""
                # Broker access matrix

                Who may do what on the platform's Kafka broker (ADR 26). The broker's authorizer refuses
                everything not listed; a DENY wins over any ALLOW. Services and partners sign in as
                themselves (OAUTHBEARER tokens of their Keycloak clients, the principal being the client
                id; SCRAM-SHA-512 in the module tests), so each line is enforced by the broker, not by our
                code. `{partner}` stands for each partner EHR a deployment has. Written by
                `libs/events` `BrokerAccessTest` from `broker-access.tsv`, the file the test broker,
                deploy/local and the Kubernetes `KafkaUser`s apply.

                | principal | permission | operation | resource | pattern | name |
                |---|---|---|---|---|---|
                """);
        for (BrokerGrant g : BrokerAccess.lines()) {
            doc.append("| ")
                    .append(g.principal())
                    .append(" | ")
                    .append(g.permission())
                    .append(" | ")
                    .append(g.operation())
                    .append(" | ")
                    .append(g.resourceType())
                    .append(" | ")
                    .append(g.patternType())
                    .append(" | `")
                    .append(g.name())
                    .append("` |\n");
        }
        Path written = Path.of("target", "broker-access.md");
        Files.createDirectories(written.getParent());
        Files.writeString(written, doc);
        String committed = Files.exists(DOC) ? Files.readString(DOC) : "";
        assertEquals(
                committed,
                doc.toString(),
                DOC + " is not the matrix the broker applies: copy " + written.toAbsolutePath() + " over it");
    }
}
