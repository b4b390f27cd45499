package com.rcm.claims.persistence;

import com.rcm.claims.domain.BillingProvider;
import com.rcm.claims.domain.Payer;
import com.rcm.claims.domain.RenderingProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The current tenant's billing provider, payers and fee schedule. */
@ApplicationScoped
public class PracticeSetupRepository {
    private final EntityManager em;

    public PracticeSetupRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<BillingProvider> billingProvider() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT name, npi, tin, taxonomy, address_line1, city, state, postal_code, claim_prefix
                  FROM billing_provider""").getResultList();
        return rows.stream().findFirst().map(r -> new BillingProvider((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8]));
    }

    public Optional<RenderingProvider> renderingProvider(String npi) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT npi, last_name, first_name, taxonomy FROM rendering_provider WHERE npi = :npi""")
                .setParameter("npi", npi).getResultList();
        return rows.stream().findFirst().map(r -> new RenderingProvider((String) r[0], (String) r[1], (String) r[2],
                (String) r[3]));
    }

    public void saveRenderingProvider(String tenantId, RenderingProvider provider) {
        em.createNativeQuery("""
                INSERT INTO rendering_provider (tenant_id, npi, last_name, first_name, taxonomy)
                VALUES (:t, :npi, :last, :first, :taxonomy) ON CONFLICT DO NOTHING""")
                .setParameter("t", tenantId).setParameter("npi", provider.npi())
                .setParameter("last", provider.lastName()).setParameter("first", provider.firstName())
                .setParameter("taxonomy", provider.taxonomy()).executeUpdate();
    }

    public Optional<Payer> payer(String payerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT payer_id, name, claim_filing_indicator, timely_filing_days FROM payer WHERE payer_id = :id""")
                .setParameter("id", payerId).getResultList();
        return rows.stream().findFirst().map(r -> new Payer((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue()));
    }

    /** The unit charge in effect on {@code dateOfService} for a code and modifier ("" for none). */
    public Optional<Long> fee(String code, String modifier, LocalDate dateOfService) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                SELECT charge_cents FROM fee_schedule_entry
                 WHERE code = :code AND modifier = :modifier AND effective_from <= :dos
                   AND (effective_to IS NULL OR effective_to >= :dos)
                 ORDER BY effective_from DESC LIMIT 1""")
                .setParameter("code", code).setParameter("modifier", modifier).setParameter("dos", dateOfService)
                .getResultList();
        return rows.stream().findFirst().map(Number::longValue);
    }

    public boolean hasBillingProvider(String tenantId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM billing_provider WHERE tenant_id = :t")
                .setParameter("t", tenantId).getSingleResult()).longValue() > 0;
    }

    public void saveBillingProvider(String tenantId, BillingProvider p) {
        em.createNativeQuery("""
                INSERT INTO billing_provider (tenant_id, name, npi, tin, taxonomy, address_line1, city, state,
                                              postal_code, claim_prefix)
                VALUES (:t, :name, :npi, :tin, :taxonomy, :line1, :city, :state, :zip, :prefix)
                ON CONFLICT (tenant_id) DO NOTHING""")
                .setParameter("t", tenantId).setParameter("name", p.name()).setParameter("npi", p.npi())
                .setParameter("tin", p.tin()).setParameter("taxonomy", p.taxonomy())
                .setParameter("line1", p.addressLine1()).setParameter("city", p.city())
                .setParameter("state", p.state()).setParameter("zip", p.postalCode())
                .setParameter("prefix", p.claimPrefix()).executeUpdate();
    }

    public void savePayer(String tenantId, Payer payer) {
        em.createNativeQuery("""
                INSERT INTO payer (tenant_id, payer_id, name, claim_filing_indicator, timely_filing_days)
                VALUES (:t, :id, :name, :cfi, :days) ON CONFLICT DO NOTHING""")
                .setParameter("t", tenantId).setParameter("id", payer.payerId()).setParameter("name", payer.name())
                .setParameter("cfi", payer.claimFilingIndicator()).setParameter("days", payer.timelyFilingDays())
                .executeUpdate();
    }

    public void saveFee(String tenantId, String code, String modifier, long chargeCents, LocalDate effectiveFrom) {
        em.createNativeQuery("""
                INSERT INTO fee_schedule_entry (tenant_id, code, modifier, charge_cents, effective_from)
                VALUES (:t, :code, :modifier, :charge, :from) ON CONFLICT DO NOTHING""")
                .setParameter("t", tenantId).setParameter("code", code).setParameter("modifier", modifier)
                .setParameter("charge", chargeCents).setParameter("from", effectiveFrom).executeUpdate();
    }
}
