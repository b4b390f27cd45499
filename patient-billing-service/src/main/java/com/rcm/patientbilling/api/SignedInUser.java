package com.rcm.patientbilling.api;

import com.rcm.platform.api.ApiProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who performs a step (approves an adjustment, issues a refund) is the caller the token names, never a
 * name in the body: a body may repeat the caller's own name, and naming anyone else is refused.
 */
@ApplicationScoped
public class SignedInUser {
    private final SecurityIdentity identity;

    public SignedInUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The caller's user name (Keycloak's {@code preferred_username}) to record in {@code field}; 403
     * problem+json when {@code named} names someone else.
     */
    public String recordedAs(String field, String named) {
        String caller = identity.getPrincipal().getName();
        if (named != null && !named.isBlank() && !named.strip().equals(caller)) {
            throw new ApiProblemException(
                    403,
                    "Forbidden",
                    field + " names " + named.strip() + ", but the caller is " + caller
                            + ": this step is recorded under the signed-in user, who may not act for another");
        }
        return caller;
    }
}
