package com.rcm.claims.persistence;

import com.rcm.claims.domain.BillingProviderSetup;
import com.rcm.claims.domain.PayerSetup;
import com.rcm.claims.domain.PayerType;
import com.rcm.claims.domain.RenderingProviderSetup;
import com.rcm.claims.scrub.PayerRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The current tenant's billing provider, payers and fee schedule. */
@ApplicationScoped
public class PracticeSetupRepository {
    private final EntityManager em;

    public PracticeSetupRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * A read of setup, which no entity of the transaction changes: it need not flush the persistence
     * context first (a batch of claims would dirty-check every one of its entities at each read).
     */
    private Query read(String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    public Optional<BillingProviderSetup> billingProvider() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = read("""
                SELECT name, npi, tin, taxonomy, address_line1, city, state, postal_code, claim_prefix
                  FROM billing_provider""").getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new BillingProviderSetup(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        (String) r[8]));
    }

    public Optional<RenderingProviderSetup> renderingProvider(String npi) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = read("""
                SELECT npi, last_name, first_name, taxonomy FROM rendering_provider WHERE npi = :npi""").setParameter("npi", npi).getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new RenderingProviderSetup((String) r[0], (String) r[1], (String) r[2], (String) r[3]));
    }

    public void saveRenderingProvider(String tenantId, RenderingProviderSetup provider, boolean replace) {
        em.createNativeQuery("""
                INSERT INTO rendering_provider (tenant_id, npi, last_name, first_name, taxonomy)
                VALUES (:t, :npi, :last, :first, :taxonomy) ON CONFLICT (tenant_id, npi) DO\s""" + (replace ? """
                UPDATE SET last_name = EXCLUDED.last_name, first_name = EXCLUDED.first_name,
                           taxonomy = EXCLUDED.taxonomy""" : "NOTHING"))
                .setParameter("t", tenantId)
                .setParameter("npi", provider.npi())
                .setParameter("last", provider.lastName())
                .setParameter("first", provider.firstName())
                .setParameter("taxonomy", provider.taxonomy())
                .executeUpdate();
    }

    public Optional<PayerSetup> payer(String payerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = read("""
                SELECT payer_id, name, claim_filing_indicator, timely_filing_days, rules, appeal_days, status_inquiry_days,
                       allowed_percent, payer_type, receives_crossovers, medicare_secondary_type FROM payer
                 WHERE payer_id = :id""").setParameter("id", payerId).getResultList();
        return rows.stream().findFirst().map(PracticeSetupRepository::payerOf);
    }

    /** The unit charge in effect on {@code dateOfService} for a code and modifier ("" for none). */
    public Optional<Long> fee(String code, String modifier, LocalDate dateOfService) {
        @SuppressWarnings("unchecked")
        List<Number> rows = read("""
                SELECT charge_cents FROM fee_schedule_entry
                 WHERE code = :code AND modifier = :modifier AND effective_from <= :dos
                   AND (effective_to IS NULL OR effective_to >= :dos)
                 ORDER BY effective_from DESC LIMIT 1""")
                .setParameter("code", code)
                .setParameter("modifier", modifier)
                .setParameter("dos", dateOfService)
                .getResultList();
        return rows.stream().findFirst().map(Number::longValue);
    }

    public boolean hasBillingProvider(String tenantId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM billing_provider WHERE tenant_id = :t")
                                .setParameter("t", tenantId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    public void saveBillingProvider(String tenantId, BillingProviderSetup p, boolean replace) {
        em.createNativeQuery("""
                INSERT INTO billing_provider (tenant_id, name, npi, tin, taxonomy, address_line1, city, state,
                                              postal_code, claim_prefix)
                VALUES (:t, :name, :npi, :tin, :taxonomy, :line1, :city, :state, :zip, :prefix)
                ON CONFLICT (tenant_id) DO\s""" + (replace ? """
                UPDATE SET name = EXCLUDED.name, npi = EXCLUDED.npi, tin = EXCLUDED.tin, taxonomy = EXCLUDED.taxonomy,
                           address_line1 = EXCLUDED.address_line1, city = EXCLUDED.city, state = EXCLUDED.state,
                           postal_code = EXCLUDED.postal_code, claim_prefix = EXCLUDED.claim_prefix""" : "NOTHING"))
                .setParameter("t", tenantId)
                .setParameter("name", p.name())
                .setParameter("npi", p.npi())
                .setParameter("tin", p.tin())
                .setParameter("taxonomy", p.taxonomy())
                .setParameter("line1", p.addressLine1())
                .setParameter("city", p.city())
                .setParameter("state", p.state())
                .setParameter("zip", p.postalCode())
                .setParameter("prefix", p.claimPrefix())
                .executeUpdate();
    }

    /** Adds the payer; with {@code replace}, an existing one of the same id takes the new values. */
    public void savePayer(String tenantId, PayerSetup payer, boolean replace) {
        em.createNativeQuery("""
                INSERT INTO payer (tenant_id, payer_id, name, claim_filing_indicator, timely_filing_days, rules,
                                   appeal_days, status_inquiry_days, allowed_percent, payer_type, receives_crossovers,
                                   medicare_secondary_type)
                VALUES (:t, :id, :name, :cfi, :days, :rules, :appeal, :inquiry, CAST(:allowed AS integer), :type,
                        :crossovers, :msp)
                ON CONFLICT (tenant_id, payer_id) DO\s""" + (replace ? """
                UPDATE SET name = EXCLUDED.name, claim_filing_indicator = EXCLUDED.claim_filing_indicator,
                           timely_filing_days = EXCLUDED.timely_filing_days, rules = EXCLUDED.rules,
                           appeal_days = EXCLUDED.appeal_days, status_inquiry_days = EXCLUDED.status_inquiry_days,
                           allowed_percent = EXCLUDED.allowed_percent, payer_type = EXCLUDED.payer_type,
                           receives_crossovers = EXCLUDED.receives_crossovers,
                           medicare_secondary_type = EXCLUDED.medicare_secondary_type""" : "NOTHING"))
                .setParameter("t", tenantId)
                .setParameter("id", payer.payerId())
                .setParameter("name", payer.name())
                .setParameter("cfi", payer.claimFilingIndicator())
                .setParameter("days", payer.timelyFilingDays())
                .setParameter("appeal", payer.appealDays())
                .setParameter("inquiry", payer.statusInquiryDays())
                .setParameter("allowed", payer.allowedPercent())
                .setParameter("type", payer.type().name())
                .setParameter("crossovers", payer.receivesCrossovers())
                .setParameter("msp", payer.medicareSecondaryType())
                .setParameter(
                        "rules", payer.rules().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .executeUpdate();
    }

    private static Set<PayerRule> rules(String stored) {
        return stored == null || stored.isBlank()
                ? Set.of()
                : Arrays.stream(stored.split(",")).map(PayerRule::valueOf).collect(Collectors.toSet());
    }

    public void saveFee(
            String tenantId,
            String code,
            String modifier,
            long chargeCents,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            boolean replace) {
        em.createNativeQuery("""
                INSERT INTO fee_schedule_entry (tenant_id, code, modifier, charge_cents, effective_from, effective_to)
                VALUES (:t, :code, :modifier, :charge, :from, :to)
                ON CONFLICT (tenant_id, code, modifier, effective_from) DO\s""" + (replace ? """
                UPDATE SET charge_cents = EXCLUDED.charge_cents, effective_to = EXCLUDED.effective_to""" : "NOTHING"))
                .setParameter("t", tenantId)
                .setParameter("code", code)
                .setParameter("modifier", modifier)
                .setParameter("charge", chargeCents)
                .setParameter("from", effectiveFrom)
                .setParameter("to", effectiveTo)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<RenderingProviderSetup> renderingProviders() {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT npi, last_name, first_name, taxonomy FROM rendering_provider ORDER BY npi")
                .getResultList();
        return rows.stream()
                .map(r -> new RenderingProviderSetup((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    public List<PayerSetup> payers() {
        List<Object[]> rows = em.createNativeQuery("SELECT payer_id, name, claim_filing_indicator, timely_filing_days, "
                        + "rules, appeal_days, status_inquiry_days, allowed_percent, payer_type, receives_crossovers, "
                        + "medicare_secondary_type FROM payer ORDER BY payer_id")
                .getResultList();
        return rows.stream().map(PracticeSetupRepository::payerOf).toList();
    }

    private static PayerSetup payerOf(Object[] r) {
        return new PayerSetup(
                (String) r[0],
                (String) r[1],
                (String) r[2],
                ((Number) r[3]).intValue(),
                rules((String) r[4]),
                ((Number) r[5]).intValue(),
                ((Number) r[6]).intValue(),
                r[7] == null ? null : ((Number) r[7]).intValue(),
                r[8] == null ? null : PayerType.valueOf((String) r[8]),
                (Boolean) r[9],
                (String) r[10]);
    }
}
