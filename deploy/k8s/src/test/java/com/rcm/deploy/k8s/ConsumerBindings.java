package com.rcm.deploy.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** Which topics a service consumes, with which consumer group, read from its application.properties. */
final class ConsumerBindings {
    private static final String PREFIX = "mp.messaging.incoming.";

    /** {@code topic} is a regular expression when {@code pattern} (the channel subscribes by pattern). */
    record Binding(String group, String topic, boolean pattern) {}

    private ConsumerBindings() {}

    static Properties properties(String service) {
        Path file = Repository.ROOT.resolve(service).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static List<Binding> of(String service) {
        Properties properties = properties(service);
        Set<String> channels = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                channels.add(key.substring(PREFIX.length(), key.indexOf('.', PREFIX.length())));
            }
        }
        List<Binding> bindings = new ArrayList<>();
        for (String channel : channels) {
            String group = properties.getProperty(PREFIX + channel + ".group.id");
            String topics = properties.getProperty(
                    PREFIX + channel + ".topic", properties.getProperty(PREFIX + channel + ".topics", channel));
            if (group == null) {
                throw new IllegalStateException(service + ": channel " + channel + " has no group.id");
            }
            boolean pattern = Boolean.parseBoolean(properties.getProperty(PREFIX + channel + ".pattern", "false"));
            for (String topic : pattern ? new String[] {topics} : topics.split(",")) {
                bindings.add(new Binding(group, topic.trim(), pattern));
            }
        }
        return bindings;
    }

    /** Every topic a platform service names (dead-letter topics included); patterns are in {@link #allPatterns}. */
    static Set<String> allTopics() {
        Set<String> topics = new TreeSet<>();
        LocalPlatform.services()
                .forEach(s -> of(s.name()).stream().filter(b -> !b.pattern()).forEach(b -> topics.add(b.topic())));
        return topics;
    }

    /** The topic patterns platform services subscribe to (each partner's encounter topic). */
    static Set<String> allPatterns() {
        Set<String> patterns = new TreeSet<>();
        LocalPlatform.services()
                .forEach(s -> of(s.name()).stream().filter(Binding::pattern).forEach(b -> patterns.add(b.topic())));
        return patterns;
    }
}
