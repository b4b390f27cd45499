package com.rcm.platform.tenant;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which practice the current work is for: a tenant bound by {@link TenantContext} (events), else
 * the {@code tenant_id} claim of the caller's token (REST). A claim that is not a practice id (such
 * as {@code *}, which row-level security reads as every practice) names no practice: a token must
 * never reach what only the services' own all-practices reads may.
 */
@ApplicationScoped
public class CurrentTenant {
    public static final String CLAIM = "tenant_id";
    /** What a practice id looks like: letters, digits, dot, dash and underscore, starting with a letter or digit. */
    public static final String PRACTICE_ID_SYNTAX = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private static final Pattern PRACTICE_ID = Pattern.compile(PRACTICE_ID_SYNTAX);
    /** Where records of no proven practice are filed; never a practice's id. */
    public static final String UNPROVEN = "unknown";

    public Optional<String> id() {
        String bound = TenantContext.bound();
        if (bound != null) {
            return Optional.of(bound);
        }
        return fromToken();
    }

    /** The tenant, or a 403 problem when the caller's token names none, or names something that is not a practice. */
    public String require() {
        return id().orElseThrow(() -> hasMalformedClaim() ? NoTenantException.malformed() : new NoTenantException());
    }

    /** Whether the caller's token has a tenant claim that is not a practice id. */
    public boolean hasMalformedClaim() {
        return claimed().filter(claim -> !isPracticeId(claim)).isPresent();
    }

    /**
     * Whether {@code value} can be a practice's id. {@code unknown} cannot: the operations dashboard files
     * dead letters whose practice is not proven under it, for ops' eyes only.
     */
    public static boolean isPracticeId(String value) {
        return value != null && PRACTICE_ID.matcher(value).matches() && !UNPROVEN.equals(value);
    }

    private Optional<String> fromToken() {
        return claimed().filter(CurrentTenant::isPracticeId);
    }

    /** The token's claim as sent, well-formed or not. */
    private Optional<String> claimed() {
        InjectableContext requestContext = Arc.container().requestContext();
        if (requestContext == null || !requestContext.isActive()) {
            return Optional.empty();
        }
        SecurityIdentity identity =
                Arc.container().instance(SecurityIdentity.class).get();
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(CLAIM);
            if (claim != null && !claim.toString().isBlank()) {
                return Optional.of(claim.toString().replace("\"", ""));
            }
        }
        Object attribute = identity.getAttribute(CLAIM);
        return Optional.ofNullable(attribute).map(Object::toString);
    }
}
