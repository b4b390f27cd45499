package com.rcm.clearinghouse.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How the simulated payer adjudicates and how soon its 835 follows. */
@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {
    int allowedPercent();

    int coinsurancePercent();

    Duration remittanceDelay();

    @WithDefault("SIMCLEARING")
    String clearinghouseId();

    /** Payer ids the clearinghouse routes to; a claim for any other is rejected in the 277CA (A3:116). */
    @WithDefault("SIMCOMM,SIMMCARE")
    List<String> payers();

    /** Members each payer knows, as payerId:memberId; a claim for any other is rejected in the 277CA (A3:33). */
    @WithDefault("SIMCOMM:M123456,SIMMCARE:M123456")
    List<String> members();

    /** Codes the payer's plans do not cover: such a line is denied CO-96 with RARC N130. */
    Optional<List<String>> nonCoveredCodes();

    /** Off in a setup where nothing should be sent to payments-service. */
    boolean deliveryEnabled();

    /** OAuth2 token endpoint and client credentials for calling payments-service. */
    String tokenUrl();

    String clientId();

    String clientSecret();
}
