package com.rcm.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings every service shares, under {@code billing.*}. */
@ConfigMapping(prefix = "billing")
public interface PlatformConfig {

    /** This service's name: the CloudEvents source and the inbox consumer name. */
    String serviceName();

    Outbox outbox();

    Consumer consumer();

    interface Outbox {
        @WithDefault("true")
        boolean relayEnabled();

        @WithDefault("500")
        int batchSize();

        /** How often the relay looks for rows when no commit has woken it. */
        @WithDefault("250ms")
        Duration pollInterval();
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
