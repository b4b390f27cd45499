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

    record Binding(String group, String topic) {
    }

    private ConsumerBindings() {
    }

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
            String topics = properties.getProperty(PREFIX + channel + ".topic",
                    properties.getProperty(PREFIX + channel + ".topics", channel));
            if (group == null) {
                throw new IllegalStateException(service + ": channel " + channel + " has no group.id");
            }
            for (String topic : topics.split(",")) {
                bindings.add(new Binding(group, topic.trim()));
            }
        }
        return bindings;
    }

    /** Every topic a platform service consumes: together, every topic the platform has. */
    static Set<String> allTopics() {
        Set<String> topics = new TreeSet<>();
        LocalPlatform.services().forEach(s -> of(s.name()).forEach(b -> topics.add(b.topic())));
        return topics;
    }
}
