package com.rcm.ops.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operations screen signs users in with its own Keycloak client secret. Quarkus reads an unset
 * {@code ${OPS_DASHBOARD_CLIENT_SECRET}} as "no secret" and would start with a sign-in that can never
 * work; outside development the service refuses to start instead, saying what is missing.
 */
@ApplicationScoped
class ClientSecretCheck {
    static final String VARIABLE = "OPS_DASHBOARD_CLIENT_SECRET";

    void refuseToStartWithoutIt(
            @Observes StartupEvent start,
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") Optional<String> secret) {
        if (LaunchMode.current() == LaunchMode.NORMAL
                && secret.filter(s -> !s.isBlank()).isEmpty()) {
            throw new IllegalStateException(VARIABLE + " is not set: the operations screen needs the client secret "
                    + "of its Keycloak client (ops-dashboard); no demo secret is used outside development");
        }
    }
}
