package com.rcm.deploy.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rcm.events.broker.BrokerGrant;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.util.ArrayList;
import java.util.List;

/**
 * A KafkaUser's ACLs in the access matrix's terms, one BrokerGrant per operation. Read through Strimzi's
 * model, so its defaults count as the User Operator applies them (no type allows, no patternType is literal).
 */
final class KafkaUserGrants {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KafkaUserGrants() {}

    static List<BrokerGrant> of(JsonNode kafkaUser) {
        String principal = Manifests.name(kafkaUser);
        if (!(read(kafkaUser).getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple)) {
            throw new AssertionError("KafkaUser " + principal + " has no simple authorization");
        }
        List<BrokerGrant> grants = new ArrayList<>();
        for (AclRule rule : simple.getAcls()) {
            if (rule.getHost() != null && !rule.getHost().equals("*")) {
                throw new AssertionError(principal + ": the matrix grants from any host, not only " + rule.getHost());
            }
            for (AclOperation operation : operations(rule)) {
                grants.add(grant(principal, rule, operation));
            }
        }
        return grants;
    }

    private static BrokerGrant grant(String principal, AclRule rule, AclOperation operation) {
        String permission = rule.getType().name();
        if (rule.getResource() instanceof AclRuleTopicResource topic) {
            return new BrokerGrant(
                    principal, permission, operation.name(), "TOPIC", pattern(topic.getPatternType()), topic.getName());
        }
        if (rule.getResource() instanceof AclRuleGroupResource group) {
            return new BrokerGrant(
                    principal, permission, operation.name(), "GROUP", pattern(group.getPatternType()), group.getName());
        }
        throw new AssertionError(
                principal + ": an ACL on a " + rule.getResource().getType() + ", which the matrix never grants");
    }

    /** Strimzi's "prefix" is Kafka's (and the matrix's) PREFIXED. */
    private static String pattern(AclResourcePatternType type) {
        return type == AclResourcePatternType.PREFIX ? "PREFIXED" : "LITERAL";
    }

    /** {@code operations}, or the deprecated single {@code operation} the operator still honours. */
    @SuppressWarnings("deprecation")
    private static List<AclOperation> operations(AclRule rule) {
        if (rule.getOperations() != null && !rule.getOperations().isEmpty()) {
            return rule.getOperations();
        }
        return rule.getOperation() == null ? List.of() : List.of(rule.getOperation());
    }

    private static KafkaUser read(JsonNode kafkaUser) {
        try {
            return MAPPER.treeToValue(kafkaUser, KafkaUser.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("KafkaUser " + Manifests.name(kafkaUser) + " does not read as one", e);
        }
    }
}
