package com.rcm.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which modules are Kafka clients: those built on libs/platform, whose configuration signs every service
 * in to the broker (ADR 26). The clearinghouse-simulator, for one, reads the Kafka address with the other
 * platform endpoints but has no Kafka client.
 */
final class KafkaClients {
    private static final String PLATFORM_LIBRARY = "<artifactId>platform</artifactId>";

    private KafkaClients() {}

    static boolean isOne(String module) {
        Path pom = Repository.ROOT.resolve(module).resolve("pom.xml");
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains(PLATFORM_LIBRARY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
