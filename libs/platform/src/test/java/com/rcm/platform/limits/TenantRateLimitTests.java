package com.rcm.platform.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.platform.api.Problem;
import com.rcm.platform.config.TestPlatformConfig;
import com.rcm.platform.tenant.CurrentTenant;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Each practice's token bucket: a burst, then 429 with Retry-After, refilled over time, practice by practice. */
class TenantRateLimitTests {
    private final TestPlatformConfig config = new TestPlatformConfig();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private String practice = "practice-a";
    private final TenantRateLimit limit = new TenantRateLimit(
            config,
            new CurrentTenant() {
                @Override
                public Optional<String> id() {
                    return Optional.ofNullable(practice);
                }
            },
            registry);

    @Test
    void aBucketGivesItsCapacityAtOnceThenRefillsAtItsRate() {
        AtomicLong now = new AtomicLong();
        TenantRateLimit.Bucket bucket = new TenantRateLimit.Bucket(10, 3, now::get);

        for (int i = 0; i < 3; i++) {
            assertTrue(bucket.take(), "request " + (i + 1) + " of the burst");
        }
        assertFalse(bucket.take(), "the burst is spent");
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(150));
        assertTrue(bucket.take(), "a tenth of a second gives one request back at 10 per second");
        assertFalse(bucket.take());
        now.addAndGet(TimeUnit.SECONDS.toNanos(10));
        for (int i = 0; i < 3; i++) {
            assertTrue(bucket.take(), "request " + (i + 1) + " after a long pause");
        }
        assertFalse(bucket.take(), "a long pause refills the bucket to its capacity, no more");
    }

    @Test
    void aPracticeOverItsBurstIsAnswered429WithRetryAfterBeforeTheResourceRuns() {
        config.requestsPerSecond = 1;
        config.burst = 3;

        for (int i = 0; i < 3; i++) {
            assertNull(limit.limit(request("/v1/claims")), "request " + (i + 1) + " is within the burst");
        }
        Response refused = limit.limit(request("/v1/claims"));

        assertEquals(429, refused.getStatus());
        assertEquals("1", refused.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, refused.getMediaType().toString());
        assertTrue(
                ((Problem) refused.getEntity())
                        .detail()
                        .contains("practice practice-a is over its 1 requests per second"),
                () -> refused.getEntity().toString());
        assertEquals(
                1.0,
                registry.counter("billing.rate.limited", "tenant", "practice-a").count());
    }

    @Test
    void onePracticesBurstDoesNotLimitAnother() {
        config.requestsPerSecond = 1;
        config.burst = 1;
        assertNull(limit.limit(request("/v1/claims")));
        assertEquals(429, limit.limit(request("/v1/claims")).getStatus());

        practice = "practice-b";
        assertNull(limit.limit(request("/v1/claims")));
    }

    @Test
    void aPracticeWithARateOfItsOwnGetsABurstOfTwiceThatRate() {
        config.requestsPerSecond = 1;
        config.burst = 1;
        config.tenantRequestsPerSecond.put("practice-a", 5);

        for (int i = 0; i < 10; i++) {
            assertNull(limit.limit(request("/v1/claims")), "request " + (i + 1));
        }
        assertEquals(429, limit.limit(request("/v1/claims")).getStatus());
    }

    @Test
    void callsOfNoPracticeAndCallsOutsideTheApiAreNotLimited() {
        config.requestsPerSecond = 1;
        config.burst = 1;
        for (int i = 0; i < 5; i++) {
            assertNull(limit.limit(request("/q/health")));
        }
        practice = null;
        for (int i = 0; i < 5; i++) {
            assertNull(limit.limit(request("/v1/claims")));
        }
    }

    private static ContainerRequestContext request(String path) {
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getPath") && (args == null || args.length == 0)) {
                        return path;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (ContainerRequestContext) Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getUriInfo")) {
                        return uri;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
