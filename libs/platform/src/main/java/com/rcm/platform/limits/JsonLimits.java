package com.rcm.platform.limits;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bounds what a JSON body may make the parser do: nesting depth ({@code billing.limits.json-depth},
 * default 32) and string length ({@code billing.limits.json-string-length}, default 100,000). A body
 * past either is refused as 400 problem+json (ProblemMappers) before any resource sees it. Read from
 * the config directly: the ObjectMapper is built before config mappings exist.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        var config = ConfigProvider.getConfig();
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(config.getOptionalValue("billing.limits.json-depth", Integer.class)
                                .orElse(32))
                        .maxStringLength(config.getOptionalValue("billing.limits.json-string-length", Integer.class)
                                .orElse(100_000))
                        .build());
    }
}
