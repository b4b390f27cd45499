package com.rcm.platform.limits;

import com.rcm.platform.api.Problem;
import com.rcm.platform.config.PlatformConfig;
import com.rcm.platform.tenant.CurrentTenant;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Each practice's share of this service: a token bucket per practice (sustained rate plus burst). A
 * call over it is answered 429 with Retry-After before the resource runs, so nothing is half done.
 * Callers of no practice (ops, the clearinghouse) are not limited here. Buckets live in this
 * instance's memory: with N instances a practice gets up to N times the rate.
 */
public class TenantRateLimit {
    private final PlatformConfig config;
    private final CurrentTenant tenant;
    private final MeterRegistry registry;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TenantRateLimit(PlatformConfig config, CurrentTenant tenant, MeterRegistry registry) {
        this.config = config;
        this.tenant = tenant;
        this.registry = registry;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/v1/")) {
            return null;
        }
        String practice = tenant.id().orElse(null);
        if (practice == null) {
            return null;
        }
        Integer own = config.limits().tenantRequestsPerSecond().get(practice);
        int rate = own != null ? own : config.limits().requestsPerSecond();
        // A practice with a rate of its own gets a burst of twice that rate.
        Bucket bucket = buckets.computeIfAbsent(
                practice,
                p -> new Bucket(
                        rate,
                        own != null ? 2 * own : Math.max(rate, config.limits().burst())));
        if (bucket.take()) {
            return null;
        }
        registry.counter("billing.rate.limited", "tenant", practice).increment();
        return Response.status(429)
                .header("Retry-After", "1")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(
                        429,
                        "Too Many Requests",
                        "practice " + practice + " is over its " + rate
                                + " requests per second to this service; retry after a second"))
                .build();
    }

    /** Tokens refill continuously at {@code rate} per second up to {@code capacity}. */
    static final class Bucket {
        private final double rate;
        private final double capacity;
        private final LongSupplier nanoClock;
        private double tokens;
        private long refilledAt;

        Bucket(int rate, int capacity) {
            this(rate, capacity, System::nanoTime);
        }

        /** {@code nanoClock} is {@code System::nanoTime} but in tests, which move time themselves. */
        Bucket(int rate, int capacity, LongSupplier nanoClock) {
            this.rate = rate;
            this.capacity = capacity;
            this.nanoClock = nanoClock;
            this.tokens = capacity;
            this.refilledAt = nanoClock.getAsLong();
        }

        synchronized boolean take() {
            long now = nanoClock.getAsLong();
            tokens = Math.min(capacity, tokens + (now - refilledAt) / 1e9 * rate);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
