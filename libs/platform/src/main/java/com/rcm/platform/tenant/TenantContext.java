package com.rcm.platform.tenant;

import java.util.concurrent.Callable;

/**
 * The tenant a unit of work runs for when it did not come from a REST request (Kafka handlers,
 * schedulers). REST requests take their tenant from the token instead; see {@link CurrentTenant}.
 */
public final class TenantContext {
    /** Row-level security value that lets a query see every tenant; only ops reads use it. */
    public static final String ALL_TENANTS = "*";

    private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

    public static <T> T callAs(String tenantId, Callable<T> work) {
        String previous = TENANT.get();
        TENANT.set(tenantId);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                TENANT.remove();
            } else {
                TENANT.set(previous);
            }
        }
    }

    public static void runAs(String tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    static String bound() {
        return TENANT.get();
    }

    private TenantContext() {}
}
