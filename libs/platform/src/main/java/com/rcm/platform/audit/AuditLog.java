package com.rcm.platform.audit;

import static com.rcm.platform.persistence.NativeTimestamps.toOffset;

import com.rcm.platform.tenant.TenantContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/** The append-only record of every API call made with a token (who, practice, what, when, from where). */
@ApplicationScoped
public class AuditLog {
    /** The practice column of a call by someone who belongs to none (ops, the clearinghouse). */
    public static final String NO_PRACTICE = "-";

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    private final EntityManager em;
    private final MeterRegistry registry;

    public AuditLog(EntityManager em, MeterRegistry registry) {
        this.em = em;
        this.registry = registry;
    }

    public record Entry(
            long id,
            OffsetDateTime at,
            String actor,
            String roles,
            String tenantId,
            String method,
            String path,
            int status,
            String remoteAddr,
            String correlationId) {}

    /**
     * Written in a transaction of its own, after the call's own work, so it records what was answered.
     * An answer finished on the event loop (a refusal by the role check, say) is written from a worker.
     * A failed write is counted ({@code billing_audit_failures_total}) and logged: the call is done.
     */
    public void record(Entry entry) {
        if (BlockingOperationControl.isBlockingAllowed()) {
            write(entry);
            return;
        }
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                write(entry);
            } finally {
                requestContext.terminate();
            }
        });
    }

    private void write(Entry entry) {
        try {
            insert(entry);
        } catch (RuntimeException e) {
            registry.counter("billing.audit.failures").increment();
            LOG.errorf("could not audit %s %s: %s", entry.method(), entry.path(), e.getMessage());
        }
    }

    private void insert(Entry entry) {
        TenantContext.runAs(
                TenantContext.ALL_TENANTS,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("""
                        INSERT INTO audit_log (at, actor, roles, tenant_id, method, path, status, remote_addr,
                                               correlation_id)
                        VALUES (:at, :actor, :roles, :tenant, :method, :path, :status, CAST(:remote AS text),
                                CAST(:correlation AS text))""")
                                .setParameter("at", entry.at())
                                .setParameter("actor", entry.actor())
                                .setParameter("roles", entry.roles())
                                .setParameter("tenant", entry.tenantId())
                                .setParameter("method", entry.method())
                                .setParameter("path", entry.path())
                                .setParameter("status", entry.status())
                                .setParameter("remote", entry.remoteAddr())
                                .setParameter("correlation", entry.correlationId())
                                .executeUpdate()));
    }

    /** Newest first; each filter optional. Only ops reads it (row-level security: the '*' reader). */
    @SuppressWarnings("unchecked")
    public List<Entry> search(String actor, String tenantId, String pathContains, OffsetDateTime since, int limit) {
        return TenantContext.callAs(
                TenantContext.ALL_TENANTS,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    List<Object[]> rows = em.createNativeQuery("""
                    SELECT id, at, actor, roles, tenant_id, method, path, status, remote_addr, correlation_id
                      FROM audit_log
                     WHERE (CAST(:actor AS text) IS NULL OR actor = :actor)
                       AND (CAST(:tenant AS text) IS NULL OR tenant_id = :tenant)
                       AND (CAST(:path AS text) IS NULL OR strpos(path, :path) > 0)
                       AND at >= :since
                     ORDER BY at DESC, id DESC LIMIT :limit""")
                            .setParameter("actor", actor)
                            .setParameter("tenant", tenantId)
                            .setParameter("path", pathContains)
                            .setParameter("since", since)
                            .setParameter("limit", limit)
                            .getResultList();
                    return rows.stream()
                            .map(r -> new Entry(
                                    ((Number) r[0]).longValue(),
                                    toOffset(r[1]),
                                    (String) r[2],
                                    (String) r[3],
                                    (String) r[4],
                                    (String) r[5],
                                    (String) r[6],
                                    ((Number) r[7]).intValue(),
                                    (String) r[8],
                                    (String) r[9]))
                            .toList();
                }));
    }
}
