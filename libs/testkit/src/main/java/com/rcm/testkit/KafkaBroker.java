package com.rcm.testkit;

import com.rcm.events.broker.BrokerAccess;
import com.rcm.events.broker.BrokerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.authenticator.AbstractLogin;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * One real KRaft Kafka broker per test JVM, on random ports, that lets no one in without signing in:
 * SCRAM-SHA-512 on the client and the controller listener, the broker's authorizer applying the
 * platform's access matrix (ADR 26), one user per service and per test partner, created when the
 * storage is formatted. Every platform topic, dead-letter topic and test partner topic exists with
 * several partitions (so ordering per key is really exercised).
 */
public final class KafkaBroker {
    public static final int PARTITIONS = 3;
    /** The partner EHRs whose encounter topics tests write to (as the demo realm's partner clients). */
    public static final List<String> PARTNERS = List.of("ehr-partner-1", "ehr-partner-2");
    /** The broker's super user: the broker itself, and tests that look at or set up topics as an auditor. */
    public static final String ADMIN = "admin";

    private static final String MECHANISM = "SCRAM-SHA-512";
    private static String bootstrap;

    public static synchronized String bootstrapServers() {
        if (bootstrap == null) {
            bootstrap = start();
            try (Admin admin = Admin.create(new HashMap<>(clientConfig(ADMIN)))) {
                BrokerSetup.apply(admin, PARTNERS, PARTITIONS, (short) 1);
            } catch (Exception e) {
                throw new IllegalStateException("could not create topics and grants on the test broker", e);
            }
        }
        return bootstrap;
    }

    /** What a client needs to sign in as {@code principal} (a service, a test partner or {@link #ADMIN}). */
    public static Map<String, Object> clientConfig(String principal) {
        return Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG, BrokerSetup.scramLogin(principal, passwordOf(principal)),
                // The services' own configuration names the OAUTHBEARER token fetcher; SCRAM takes Kafka's default.
                SaslConfigs.SASL_LOGIN_CALLBACK_HANDLER_CLASS,
                        AbstractLogin.DefaultLoginCallbackHandler.class.getName());
    }

    /** Test passwords: known to the test JVM only, and different per principal. */
    static String passwordOf(String principal) {
        return principal + "-test-secret";
    }

    private static String start() {
        try {
            Path dir = Files.createTempDirectory("kafka-test-");
            int[] ports = freePorts();
            int port = ports[0];
            int controllerPort = ports[1];
            Properties p = new Properties();
            p.put("process.roles", "broker,controller");
            p.put("node.id", "1");
            p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
            p.put("listeners", "CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
            p.put("advertised.listeners", "CLIENT://127.0.0.1:" + port);
            p.put("listener.security.protocol.map", "CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
            p.put("inter.broker.listener.name", "CLIENT");
            p.put("controller.listener.names", "CONTROLLER");
            p.put("sasl.enabled.mechanisms", MECHANISM);
            p.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
            p.put("sasl.mechanism.controller.protocol", MECHANISM);
            String adminLogin = BrokerSetup.scramLogin(ADMIN, passwordOf(ADMIN));
            p.put("listener.name.client.scram-sha-512.sasl.jaas.config", adminLogin);
            p.put("listener.name.controller.scram-sha-512.sasl.jaas.config", adminLogin);
            p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            p.put("super.users", "User:" + ADMIN);
            p.put("log.dirs", dir.toString());
            p.put("num.partitions", String.valueOf(PARTITIONS));
            p.put("offsets.topic.replication.factor", "1");
            p.put("offsets.topic.num.partitions", "5");
            p.put("transaction.state.log.replication.factor", "1");
            p.put("transaction.state.log.min.isr", "1");
            p.put("group.initial.rebalance.delay.ms", "0");
            p.put("auto.create.topics.enable", "true");
            format(dir);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
            server.startup();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                server.shutdown();
                                server.awaitShutdown();
                                try {
                                    Utils.delete(dir.toFile());
                                } catch (IOException e) {
                                    // a temp folder left behind is harmless
                                }
                            },
                            "kafka-broker-stop"));
            return "127.0.0.1:" + port;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test broker", e);
        }
    }

    /** Formats the storage with a SCRAM credential for every principal the tests sign in as. */
    private static void format(Path dir) {
        List<String> users = new ArrayList<>(List.of(ADMIN));
        users.addAll(BrokerAccess.services());
        users.addAll(PARTNERS);
        try {
            new Formatter()
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(1)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(dir.toString())
                    .setDirectories(List.of(dir.toString()))
                    .setScramArguments(users.stream()
                            .map(u -> MECHANISM + "=[name=" + u + ",password=" + passwordOf(u) + "]")
                            .toList())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format the test broker's storage", e);
        }
    }

    /** Two free ports, held open together while chosen so the system cannot hand out the same one twice. */
    private static int[] freePorts() throws IOException {
        try (ServerSocket client = new ServerSocket(0);
                ServerSocket controller = new ServerSocket(0)) {
            return new int[] {client.getLocalPort(), controller.getLocalPort()};
        }
    }

    private KafkaBroker() {}
}
