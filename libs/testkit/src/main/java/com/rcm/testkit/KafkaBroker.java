package com.rcm.testkit;

import com.rcm.events.Topics;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * One real KRaft Kafka broker per test JVM, on a random port, with every platform topic, every
 * dead-letter topic and the test partners' encounter topics created with several partitions (so
 * ordering per key is really exercised).
 */
public final class KafkaBroker {
    public static final int PARTITIONS = 3;
    /** The partner EHRs whose encounter topics tests write to (as the demo realm's partner clients). */
    public static final List<String> PARTNERS = List.of("ehr-partner-1", "ehr-partner-2");
    private static EmbeddedKafkaBroker broker;

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            EmbeddedKafkaBroker started = new EmbeddedKafkaBroker()
                    .withDeleteLogDirsOnClose(true)
                    .withAdditionalProperties(p -> {
                        p.put("num.partitions", String.valueOf(PARTITIONS));
                        p.put("auto.create.topics.enable", "true");
                        p.put("group.initial.rebalance.delay.ms", "0");
                    })
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "kafka-broker-stop"));
            createTopics(started.getAdvertisedListeners());
            broker = started;
        }
        return broker.getAdvertisedListeners();
    }

    private static void createTopics(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> topics = new ArrayList<>();
            List<String> names = new ArrayList<>(List.of(Topics.all()));
            names.addAll(List.of(Topics.deadLetterTopics()));
            PARTNERS.forEach(partner -> names.add(Topics.encountersOf(partner)));
            for (String name : names) {
                if (!existing.contains(name)) {
                    topics.add(new NewTopic(name, PARTITIONS, (short) 1));
                }
            }
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
            admin.describeTopics(topics.stream().map(NewTopic::name).collect(Collectors.toList()))
                    .allTopicNames().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create topics on the test broker", e);
        }
    }

    private KafkaBroker() {
    }
}
