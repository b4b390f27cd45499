package com.rcm.patientbilling.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The current tenant's patient payments. */
@ApplicationScoped
public class PatientPaymentRepository implements PanacheRepositoryBase<PatientPaymentEntity, String> {
}
