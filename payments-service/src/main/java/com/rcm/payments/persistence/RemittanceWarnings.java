package com.rcm.payments.persistence;

import com.rcm.payments.domain.GuideWarning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Each remittance's departures from the implementation guide, in file order. */
@ApplicationScoped
public class RemittanceWarnings {
    private final EntityManager em;

    public RemittanceWarnings(EntityManager em) {
        this.em = em;
    }

    public void keep(String tenantId, String remittanceId, List<GuideWarning> warnings) {
        for (GuideWarning warning : warnings) {
            em.createNativeQuery("""
                    INSERT INTO remittance_warning (tenant_id, remittance_id, segment, segment_position, element,
                                                    deviation, expected, value)
                    VALUES (:t, :rem, :segment, :position, :element, :deviation, :expected, :value)""")
                    .setParameter("t", tenantId)
                    .setParameter("rem", remittanceId)
                    .setParameter("segment", warning.segment())
                    .setParameter("position", warning.segmentPosition())
                    .setParameter("element", warning.element())
                    .setParameter("deviation", warning.deviation())
                    .setParameter("expected", warning.expected())
                    .setParameter("value", warning.value())
                    .executeUpdate();
        }
    }

    public List<GuideWarning> of(String remittanceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                SELECT segment, segment_position, element, deviation, expected, value FROM remittance_warning
                 WHERE remittance_id = :rem ORDER BY id""").setParameter("rem", remittanceId).getResultList();
        return rows.stream()
                .map(r -> new GuideWarning(
                        (String) r[0],
                        ((Number) r[1]).intValue(),
                        r[2] == null ? null : ((Number) r[2]).intValue(),
                        (String) r[3],
                        (String) r[4],
                        (String) r[5]))
                .toList();
    }
}
