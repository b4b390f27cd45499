package com.rcm.events.broker;

import com.rcm.events.Topics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Makes a broker ready for the platform, as its administrator: every topic (each partner's included)
 * and every grant of the access matrix. Both steps leave what exists alone, so running it again is safe.
 * Needs kafka-clients on the classpath (the services have it; this library does not bring it).
 */
public final class BrokerSetup {

    /**
     * Creates the topics that are missing and adds every grant of the matrix; returns once the broker's
     * authorizer applies them all (it learns them from the metadata log a moment after they are created).
     */
    public static void apply(Admin admin, List<String> partners, int partitions, short replicas) throws Exception {
        createTopics(admin, partners, partitions, replicas);
        List<AclBinding> acls = aclsOf(BrokerAccess.grants(partners));
        admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!admin.describeAcls(AclBindingFilter.ANY)
                .values()
                .get(30, TimeUnit.SECONDS)
                .containsAll(acls)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the broker did not apply its grants within 30 s");
            }
            Thread.sleep(100);
        }
    }

    /** The platform's topics, their dead-letter topics and each partner's encounter topic. */
    public static List<String> topicNames(List<String> partners) {
        List<String> names = new ArrayList<>(List.of(Topics.all()));
        names.addAll(List.of(Topics.deadLetterTopics()));
        partners.forEach(partner -> names.add(Topics.encountersOf(partner)));
        return names;
    }

    public static List<AclBinding> aclsOf(List<BrokerGrant> grants) {
        return grants.stream()
                .map(g -> new AclBinding(
                        new ResourcePattern(
                                ResourceType.valueOf(g.resourceType()), g.name(), PatternType.valueOf(g.patternType())),
                        new AccessControlEntry(
                                "User:" + g.principal(),
                                "*",
                                AclOperation.valueOf(g.operation()),
                                AclPermissionType.valueOf(g.permission()))))
                .toList();
    }

    private static void createTopics(Admin admin, List<String> partners, int partitions, short replicas)
            throws Exception {
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<NewTopic> missing = topicNames(partners).stream()
                .filter(name -> !existing.contains(name))
                .map(name -> new NewTopic(name, partitions, replicas))
                .toList();
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        admin.describeTopics(missing.stream().map(NewTopic::name).toList())
                .allTopicNames()
                .get(30, TimeUnit.SECONDS);
    }

    /**
     * deploy/local's use: {@code BrokerSetup <bootstrap> <partner,partner,…>}, signed in as the broker's
     * administrator by SCRAM-SHA-512 with KAFKA_ADMIN_USER and KAFKA_ADMIN_PASSWORD.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BrokerSetup <bootstrap servers> <partner ids, comma separated>");
            System.exit(2);
        }
        String user = System.getenv().getOrDefault("KAFKA_ADMIN_USER", "admin");
        String password = System.getenv("KAFKA_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            System.err.println("KAFKA_ADMIN_PASSWORD is not set");
            System.exit(2);
        }
        List<String> partners = Arrays.stream(args[1].split(","))
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .toList();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                args[0],
                AdminClientConfig.SECURITY_PROTOCOL_CONFIG,
                "SASL_PLAINTEXT",
                "sasl.mechanism",
                "SCRAM-SHA-512",
                "sasl.jaas.config",
                scramLogin(user, password)))) {
            apply(admin, partners, 3, (short) 1);
        }
        System.out.println("topics " + topicNames(partners).size() + ", grants "
                + BrokerAccess.grants(partners).size());
    }

    /** The JAAS line of a SCRAM-SHA-512 sign-in. */
    public static String scramLogin(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    private BrokerSetup() {}
}
