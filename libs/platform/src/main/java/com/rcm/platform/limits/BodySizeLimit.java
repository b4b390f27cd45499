package com.rcm.platform.limits;

import com.rcm.platform.api.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large a body may be, decided by what it is. A JSON body ({@code application/json}, any
 * {@code +json} type such as FHIR's {@code application/fhir+json}, or a body that names no type) may be
 * at most {@code billing.limits.json-body-size} (1 MB unless a service says otherwise); anything else is
 * a file upload (an 835, an 837P, a code set or rule table) and may be up to the service's
 * {@code quarkus.http.limits.max-body-size}. A JSON endpoint does not take a file type (415 before the
 * body is read), so only uploads get the large limit. A body announced larger than its limit is
 * refused with 413 problem+json before it is read; one sent without a length is cut off while read:
 * JSON by {@link JsonBodySizeInterceptor}, anything else by Vert.x at max-body-size.
 */
@ApplicationScoped
public class BodySizeLimit {
    private final long uploadBytes;
    private final long jsonBytes;

    public BodySizeLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max,
            @ConfigProperty(name = "billing.limits.json-body-size", defaultValue = "1M") MemorySize json) {
        this.uploadBytes = max.asLongValue();
        this.jsonBytes = Math.min(json.asLongValue(), uploadBytes);
    }

    /** The most a body of this Content-Type may hold. */
    public long limitFor(String contentType) {
        return isJson(contentType) ? jsonBytes : uploadBytes;
    }

    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return true;
        }
        return type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json")
                        || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    /** The 413 problem's body (the Vert.x handler writes it by hand: JAX-RS has not started yet). */
    static String tooLarge(String what, long limit) {
        return "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413," + "\"detail\":\"the body is "
                + what + "; this endpoint takes at most " + limit + " bytes\"}";
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            long limit = limitFor(ctx.request().getHeader("Content-Type"));
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
                ctx.response()
                        .setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(tooLarge(length + " bytes", limit));
                return;
            }
            ctx.next();
        });
    }
}
