package com.rcm.patientbilling.service;

import com.rcm.patientbilling.config.PatientBillingConfig;
import com.rcm.patientbilling.domain.BillingPolicy;
import com.rcm.patientbilling.persistence.BillingPolicyEntity;
import com.rcm.patientbilling.persistence.BillingPolicyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** Each practice's patient-billing rules: its own if it set them, the service's defaults otherwise. */
@ApplicationScoped
public class BillingPolicies {
    private final BillingPolicyRepository repository;
    private final PatientBillingConfig config;

    public BillingPolicies(BillingPolicyRepository repository, PatientBillingConfig config) {
        this.repository = repository;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public BillingPolicy of(String tenantId) {
        BillingPolicyEntity own = repository.findById(tenantId);
        if (own == null) {
            PatientBillingConfig.Defaults d = config.defaults();
            return new BillingPolicy(
                    d.dueDays(),
                    d.cycleDays(),
                    d.finalNoticeAfterDays(),
                    d.collectionsAfterDays(),
                    d.smallBalanceCents(),
                    d.planGraceDays());
        }
        return new BillingPolicy(
                own.dueDays,
                own.cycleDays,
                own.finalNoticeAfterDays,
                own.collectionsAfterDays,
                own.smallBalanceCents,
                own.planGraceDays);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public BillingPolicy set(String tenantId, BillingPolicy policy, String by) {
        BillingPolicyEntity row = repository.findById(tenantId);
        boolean first = row == null;
        if (first) {
            row = new BillingPolicyEntity();
            row.tenantId = tenantId;
        }
        row.dueDays = policy.dueDays();
        row.cycleDays = policy.cycleDays();
        row.finalNoticeAfterDays = policy.finalNoticeAfterDays();
        row.collectionsAfterDays = policy.collectionsAfterDays();
        row.smallBalanceCents = policy.smallBalanceCents();
        row.planGraceDays = policy.planGraceDays();
        row.updatedBy = by;
        row.updatedAt = OffsetDateTime.now();
        if (first) {
            repository.persist(row);
        }
        return policy;
    }
}
