package com.rcm.events.broker;

import com.rcm.events.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The broker's access matrix (ADR 26), read from {@code broker-access.tsv} beside this class: the one
 * written list that the test broker, deploy/local's broker and the Kubernetes KafkaUsers all apply.
 */
public final class BrokerAccess {
    static final String PARTNER_PLACEHOLDER = "{partner}";
    private static final String RESOURCE = "broker-access.tsv";
    private static final Set<String> PERMISSIONS = Set.of("ALLOW", "DENY");
    private static final Set<String> OPERATIONS = Set.of("READ", "WRITE");
    private static final Set<String> RESOURCE_TYPES = Set.of("TOPIC", "GROUP");
    private static final Set<String> PATTERN_TYPES = Set.of("LITERAL", "PREFIXED");

    /** Every grant, the partner lines repeated for each of {@code partners}. */
    public static List<BrokerGrant> grants(List<String> partners) {
        List<BrokerGrant> grants = new ArrayList<>();
        for (BrokerGrant line : lines()) {
            if (line.principal().equals(PARTNER_PLACEHOLDER)) {
                partners.forEach(partner -> grants.add(forPartner(line, partner)));
            } else {
                grants.add(line);
            }
        }
        return grants;
    }

    /** The services that sign in to the broker, in the order the matrix names them. */
    public static List<String> services() {
        Set<String> services = new LinkedHashSet<>();
        lines().stream()
                .map(BrokerGrant::principal)
                .filter(p -> !p.equals(PARTNER_PLACEHOLDER))
                .forEach(services::add);
        return List.copyOf(services);
    }

    private static BrokerGrant forPartner(BrokerGrant line, String partner) {
        Topics.encountersOf(partner); // refuses what is not a partner id before it becomes an ACL
        return new BrokerGrant(
                partner,
                line.permission(),
                line.operation(),
                line.resourceType(),
                line.patternType(),
                line.name().replace(PARTNER_PLACEHOLDER, partner));
    }

    static List<BrokerGrant> lines() {
        try (InputStream in = BrokerAccess.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<BrokerGrant> lines = new ArrayList<>();
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (!text.isBlank() && !text.startsWith("#")) {
                    lines.add(parse(text, number));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BrokerGrant parse(String text, int number) {
        String[] f = text.split("\t");
        if (f.length != 6
                || !PERMISSIONS.contains(f[1])
                || !OPERATIONS.contains(f[2])
                || !RESOURCE_TYPES.contains(f[3])
                || !PATTERN_TYPES.contains(f[4])
                || f[5].isBlank()) {
            throw new IllegalStateException(RESOURCE + " line " + number + " is not a grant: " + text);
        }
        return new BrokerGrant(f[0], f[1], f[2], f[3], f[4], f[5]);
    }

    private BrokerAccess() {}
}
