package com.rcm.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services as deploy/local/lib/services.sh starts them (name, port, database): the manifests must
 * agree with the way the platform already runs, not with a second list kept here.
 */
final class LocalPlatform {
    /** The test double for the clearinghouse and payers: dev only. */
    static final String SIMULATOR = "clearinghouse-simulator";

    private static final Pattern SERVICES = Pattern.compile("SERVICES=\"([^\"]*)\"");

    record Service(String name, int port, String database) {}

    private LocalPlatform() {}

    static List<Service> services() {
        try {
            String script = Files.readString(Repository.ROOT.resolve("deploy/local/lib/services.sh"));
            Matcher matcher = SERVICES.matcher(script);
            if (!matcher.find()) {
                throw new IllegalStateException("no SERVICES=\"...\" in services.sh");
            }
            List<Service> services = new ArrayList<>();
            for (String entry : matcher.group(1).trim().split("\\s+")) {
                String[] parts = entry.split(":");
                services.add(new Service(parts[0], Integer.parseInt(parts[1]), parts[2]));
            }
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Service> services(Overlay overlay) {
        return services().stream()
                .filter(s -> overlay.withSimulator || !s.name().equals(SIMULATOR))
                .toList();
    }
}
