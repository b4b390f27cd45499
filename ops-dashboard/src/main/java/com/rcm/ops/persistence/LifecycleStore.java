package com.rcm.ops.persistence;

import com.rcm.ops.domain.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The lifecycle projection: each encounter's current stage and the history of how it got there. */
@ApplicationScoped
public class LifecycleStore {
    private final EntityManager em;

    public LifecycleStore(EntityManager em) {
        this.em = em;
    }

    public record Lifecycle(String encounterId, String tenantId, String stage, List<Step> history) {
    }

    public record Step(String stage, OffsetDateTime at) {
    }

    /** Records a step (once per event) and advances the current stage if the step is further along. */
    public void record(String tenantId, String encounterId, Stage stage, OffsetDateTime at, String eventId) {
        em.createNativeQuery("""
                INSERT INTO encounter_stage_history (tenant_id, encounter_id, stage, at, event_id)
                VALUES (:t, :e, :stage, :at, :event) ON CONFLICT DO NOTHING""")
                .setParameter("t", tenantId).setParameter("e", encounterId).setParameter("stage", stage.name())
                .setParameter("at", at).setParameter("event", eventId).executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> current = em.createNativeQuery("""
                SELECT stage FROM encounter_lifecycle WHERE tenant_id = :t AND encounter_id = :e FOR UPDATE""")
                .setParameter("t", tenantId).setParameter("e", encounterId).getResultList();
        if (current.isEmpty()) {
            em.createNativeQuery("""
                    INSERT INTO encounter_lifecycle (tenant_id, encounter_id, stage, updated_at)
                    VALUES (:t, :e, :stage, :at)
                    ON CONFLICT (tenant_id, encounter_id) DO NOTHING""")
                    .setParameter("t", tenantId).setParameter("e", encounterId).setParameter("stage", stage.name())
                    .setParameter("at", at).executeUpdate();
        } else if (stage.isBeyond(Stage.valueOf(current.get(0)))) {
            em.createNativeQuery("""
                    UPDATE encounter_lifecycle SET stage = :stage, updated_at = :at
                     WHERE tenant_id = :t AND encounter_id = :e""")
                    .setParameter("t", tenantId).setParameter("e", encounterId).setParameter("stage", stage.name())
                    .setParameter("at", at).executeUpdate();
        }
    }

    /** The encounter as far as the connection's tenant setting lets it be seen. */
    public Optional<Lifecycle> find(String encounterId) {
        Optional<EncounterLifecycleEntity> current = em.createQuery(
                "from EncounterLifecycleEntity l where l.encounterId = :e", EncounterLifecycleEntity.class)
                .setParameter("e", encounterId).getResultStream().findFirst();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        String tenantId = current.get().tenantId;
        @SuppressWarnings("unchecked")
        List<Object[]> steps = em.createNativeQuery("""
                SELECT stage, at FROM encounter_stage_history WHERE tenant_id = :t AND encounter_id = :e
                 ORDER BY at, stage""")
                .setParameter("t", tenantId).setParameter("e", encounterId).getResultList();
        return Optional.of(new Lifecycle(encounterId, tenantId, current.get().stage,
                steps.stream().map(s -> new Step((String) s[0], toOffset(s[1]))).toList()));
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
