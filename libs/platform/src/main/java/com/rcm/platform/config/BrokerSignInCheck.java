package com.rcm.platform.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Readies the service to sign in to the Kafka broker (ADR 26) before its channels connect (they start
 * at LIBRARY_BEFORE; this runs at PLATFORM_BEFORE). Quarkus reads an unset {@code ${KAFKA_CLIENT_SECRET}}
 * as an empty sign-in, which Kafka reports only as "Login module not specified": outside development
 * the service refuses to start instead and says what is missing. Kafka 4 clients fetch tokens only
 * from addresses the JVM allows; unless the JVM was started with its own list, the one token endpoint
 * the service is configured with is allowed.
 */
@ApplicationScoped
class BrokerSignInCheck {
    static final String SECRET_VARIABLE = "KAFKA_CLIENT_SECRET";
    static final String ALLOWED_URLS = "org.apache.kafka.sasl.oauthbearer.allowed.urls";

    void beforeTheChannelsConnect(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start,
            @ConfigProperty(name = "kafka.sasl.mechanism") Optional<String> mechanism,
            @ConfigProperty(name = "kafka.sasl.jaas.config") Optional<String> login,
            @ConfigProperty(name = "kafka.sasl.oauthbearer.token.endpoint.url") Optional<String> tokenEndpoint) {
        if (!mechanism.filter("OAUTHBEARER"::equals).isPresent()) {
            return;
        }
        boolean noSecret =
                login.map(l -> l.isBlank() || l.contains("clientSecret=\"\"")).orElse(true);
        if (LaunchMode.current() == LaunchMode.NORMAL && noSecret) {
            throw new IllegalStateException(SECRET_VARIABLE + " is not set: the service signs in to the Kafka broker "
                    + "with the secret of its own Keycloak client; no demo secret is used outside development");
        }
        if (System.getProperty(ALLOWED_URLS) == null) {
            tokenEndpoint.ifPresent(url -> System.setProperty(ALLOWED_URLS, url));
        }
    }
}
