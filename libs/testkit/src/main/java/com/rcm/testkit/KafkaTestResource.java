package com.rcm.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points the service under test at the JVM's real KRaft broker, signed in as the principal its
 * {@code principal} argument names (the service's own: the broker's grants for that service apply).
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
    private String principal;

    @Override
    public void init(Map<String, String> initArgs) {
        principal = initArgs.get("principal");
        if (principal == null || principal.isBlank()) {
            throw new IllegalArgumentException("KafkaTestResource needs the service's broker principal: "
                    + "initArgs = @ResourceArg(name = \"principal\", value = \"<service>\")");
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        KafkaBroker.clientConfig(principal)
                .forEach((name, value) -> config.put("kafka." + name, String.valueOf(value)));
        return config;
    }

    @Override
    public void stop() {
        // The broker lives for the whole JVM; a shutdown hook stops it.
    }
}
