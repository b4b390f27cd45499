package com.rcm.coding.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "coding")
public interface CodingConfig {

    /**
     * Which practices each partner EHR may submit encounters for, by the partner id of the topic it
     * writes ({@code ehr.encounters.v1.ehr-partner-1}): {@code coding.partner-links.ehr-partner-1=practice-a}.
     */
    Map<String, List<String>> partnerLinks();

    CodeSets codeSets();

    interface CodeSets {
        /**
         * A folder of code-set files imported at startup, named by version: {@code icd10cm-FY2027.txt},
         * {@code hcpcs-2026Q4.txt}, {@code age-sex.csv}. Re-imports of a loaded version change nothing.
         */
        Optional<Path> seedDir();

        /** Largest code-set file accepted by the import endpoints. */
        @WithDefault("200000000")
        long maxFileBytes();
    }
}
