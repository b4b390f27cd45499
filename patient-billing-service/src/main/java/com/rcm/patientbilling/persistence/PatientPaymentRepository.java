package com.rcm.patientbilling.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/** The current tenant's patient payments. */
@ApplicationScoped
public class PatientPaymentRepository implements PanacheRepositoryBase<PatientPaymentEntity, String> {

    /** What the guarantor paid (for any of their accounts) since {@code since}. */
    public long paidBySince(String guarantorKey, OffsetDateTime since) {
        flush();
        Long sum = getEntityManager()
                .createQuery("""
                select coalesce(sum(p.amountCents), 0) from PatientPaymentEntity p
                 where p.guarantorKey = :guarantor and p.createdAt >= :since""", Long.class)
                .setParameter("guarantor", guarantorKey)
                .setParameter("since", since)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }
}
