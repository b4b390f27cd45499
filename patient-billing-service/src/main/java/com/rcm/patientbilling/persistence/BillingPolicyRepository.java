package com.rcm.patientbilling.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The practices' own patient-billing rules, one row per practice, keyed by its tenant id. */
@ApplicationScoped
public class BillingPolicyRepository implements PanacheRepositoryBase<BillingPolicyEntity, String> {}
