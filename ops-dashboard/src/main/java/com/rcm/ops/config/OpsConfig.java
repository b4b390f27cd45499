package com.rcm.ops.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** ops-dashboard's own settings, under {@code ops.*}. */
@ConfigMapping(prefix = "ops")
public interface OpsConfig {

    /** Per stage name, how long an encounter may stand there before it counts as stuck. */
    Map<String, Duration> stuckAfter();

    /** For a stage not listed in {@link #stuckAfter()}. */
    @WithDefault("P1D")
    Duration stuckAfterDefault();
}
