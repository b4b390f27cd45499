package com.rcm.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Settings every service shares, under {@code billing.*}. */
@ConfigMapping(prefix = "billing")
public interface PlatformConfig {

    /** This service's name: the CloudEvents source and the inbox consumer name. */
    String serviceName();

    Outbox outbox();

    Consumer consumer();

    Limits limits();

    interface Outbox {
        @WithDefault("true")
        boolean relayEnabled();

        @WithDefault("500")
        int batchSize();

        /** How often the relay looks for rows when no commit has woken it. */
        @WithDefault("250ms")
        Duration pollInterval();
    }

    /** Each practice's request rate; answered 429 before any work (JSON limits: JsonLimits). */
    interface Limits {
        /** Requests per second one practice may make to this service, sustained. */
        @WithDefault("200")
        int requestsPerSecond();

        /** Requests one practice may make at once beyond the sustained rate. */
        @WithDefault("400")
        int burst();

        /** A practice's own sustained rate, where it differs (its burst is then twice that). */
        Map<String, Integer> tenantRequestsPerSecond();
    }

    interface Consumer {
        /**
         * How long a message whose handling fails for a passing reason (database restarting) is
         * retried before it is dead-lettered with the last error as its reason.
         */
        @WithDefault("120s")
        Duration retryFor();
    }
}
