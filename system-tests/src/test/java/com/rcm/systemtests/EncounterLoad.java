package com.rcm.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A partner EHR (ehr-partner-1) publishing encounters to its topic {@code ehr.encounters.v1.ehr-partner-1}, round-robin over
 * practices, at a set rate or flat out. Each encounter has a patient of its own, so each ends in a
 * statement of its own. Remembers when each was sent; a send the broker did not take is sent again
 * with the same event id, as a partner would retry.
 */
final class EncounterLoad implements AutoCloseable {
    static final String TOPIC = "ehr.encounters.v1.ehr-partner-1";

    /** One encounter as sent: its practice, the EHR's id for it, when it left. */
    record Sent(String tenant, String externalId, long sentAtMillis) {}

    private final KafkaProducer<String, String> producer;
    private final List<String> tenants;
    private final String run;
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<ProducerRecord<String, String>> refused = new ConcurrentLinkedQueue<>();
    private volatile int resent;
    private final boolean otherPayers;
    private final Map<Payers, Integer> mix = new ConcurrentHashMap<>();

    /** One payer per encounter, the benchmark's workload. */
    EncounterLoad(List<String> tenants, String run) {
        this(tenants, run, false);
    }

    /**
     * @param otherPayers whether some of practice-a's encounters also carry SIMSUPP: as the secondary
     *                    billed after SIMCOMM, or as the payer SIMMCARE crosses over to ({@link #payersOf})
     */
    EncounterLoad(List<String> tenants, String run, boolean otherPayers) {
        this.tenants = List.copyOf(tenants);
        this.run = run;
        this.otherPayers = otherPayers;
        Properties config = PlatformKafka.signedInAs(PlatformKafka.writerOf(TOPIC));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // A broker that is down for a while (the fault campaign kills it) delays sends rather than failing them.
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "300000");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "300000");
        this.producer = new KafkaProducer<>(config);
    }

    /** Sends {@code count} encounters, {@code perSecond} of them a second (0: as fast as the broker takes them). */
    void send(int count, int perSecond) {
        long start = System.nanoTime();
        int first = sent.size();
        for (int i = 0; i < count; i++) {
            if (perSecond > 0) {
                long due = start + TimeUnit.SECONDS.toNanos(i) / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            sendOne(first + i);
        }
        producer.flush();
        while (!refused.isEmpty()) {
            ProducerRecord<String, String> again = refused.poll();
            resent++;
            producer.send(again, (metadata, error) -> {
                if (error != null) {
                    refused.add(again);
                }
            });
            producer.flush();
        }
    }

    /** Who pays an encounter. */
    enum Payers {
        SIMCOMM_ONLY,
        SIMCOMM_THEN_SIMSUPP,
        SIMMCARE_CROSSING_OVER_TO_SIMSUPP
    }

    /** With other payers, a quarter of practice-a's encounters go each of the two other ways. */
    Payers payersOf(String tenant, int number) {
        if (!otherPayers || !"practice-a".equals(tenant)) {
            return Payers.SIMCOMM_ONLY; // practice-a's setup is the one with all three payers
        }
        return switch (number / tenants.size() % 4) {
            case 1 -> Payers.SIMCOMM_THEN_SIMSUPP;
            case 2 -> Payers.SIMMCARE_CROSSING_OVER_TO_SIMSUPP;
            default -> Payers.SIMCOMM_ONLY;
        };
    }

    private void sendOne(int number) {
        String tenant = tenants.get(number % tenants.size());
        String externalId = "LOAD-" + run + "-" + number;
        String patient = patientIdPrefix() + number;
        Payers payers = payersOf(tenant, number);
        mix.merge(payers, 1, Integer::sum);
        String body = switch (payers) {
            case SIMCOMM_ONLY -> Api.encounter(externalId, patient);
            case SIMCOMM_THEN_SIMSUPP -> Api.encounterWithSupplemental(externalId, patient, "SIMCOMM");
            case SIMMCARE_CROSSING_OVER_TO_SIMSUPP -> Api.encounterWithSupplemental(externalId, patient, "SIMMCARE");
        };
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, tenant + ":" + externalId, body);
        Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        UUID.randomUUID().toString(),
                        "ce_type",
                        "billing.encounter.submitted.v1",
                        "ce_source",
                        "/ehr-partner-1",
                        "ce_time",
                        Instant.now().toString(),
                        "ce_tenantid",
                        tenant,
                        "content-type",
                        "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        sent.put(externalId, new Sent(tenant, externalId, System.currentTimeMillis()));
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                refused.add(record);
            }
        });
    }

    /** Every encounter sent so far, by the EHR's id. */
    Map<String, Sent> sent() {
        return Map.copyOf(sent);
    }

    /** How many encounters were sent with each set of payers. */
    Map<Payers, Integer> payerMix() {
        return Map.copyOf(mix);
    }

    /** How many sends the broker refused and were sent again. */
    int resent() {
        return resent;
    }

    /** The patients of this run have ids starting with this; encounter n is patient n's. */
    String patientIdPrefix() {
        return "P-" + run + "-";
    }

    /** The EHR ids of this run start with this. */
    String externalIdPrefix() {
        return "LOAD-" + run + "-";
    }

    @Override
    public void close() {
        producer.close();
    }
}
