package com.rcm.platform.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** {@link PlatformConfig} with the defaults a service gets, each settable by a test. */
public final class TestPlatformConfig implements PlatformConfig {
    public String serviceName = "claims-service";
    public int batchSize = 500;
    public int requestsPerSecond = 200;
    public int burst = 400;
    public final Map<String, Integer> tenantRequestsPerSecond = new HashMap<>();
    public Duration retryFor = Duration.ofSeconds(120);

    @Override
    public String serviceName() {
        return serviceName;
    }

    @Override
    public Outbox outbox() {
        return new Outbox() {
            @Override
            public boolean relayEnabled() {
                return true;
            }

            @Override
            public int batchSize() {
                return batchSize;
            }

            @Override
            public Duration pollInterval() {
                return Duration.ofMillis(250);
            }
        };
    }

    @Override
    public Consumer consumer() {
        return () -> retryFor;
    }

    @Override
    public Limits limits() {
        return new Limits() {
            @Override
            public int requestsPerSecond() {
                return requestsPerSecond;
            }

            @Override
            public int burst() {
                return burst;
            }

            @Override
            public Map<String, Integer> tenantRequestsPerSecond() {
                return tenantRequestsPerSecond;
            }
        };
    }
}
