package com.rcm.clearinghouse.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the simulated payer adjudicates and how soon its 835 follows. */
@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {
    int allowedPercent();

    int coinsurancePercent();

    Duration remittanceDelay();

    @WithDefault("SIMCLEARING")
    String clearinghouseId();

    /** Off in a setup where nothing should be sent to payments-service. */
    boolean deliveryEnabled();

    /** OAuth2 token endpoint and client credentials for calling payments-service. */
    String tokenUrl();

    String clientId();

    String clientSecret();
}
