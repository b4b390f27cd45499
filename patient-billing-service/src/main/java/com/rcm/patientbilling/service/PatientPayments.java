package com.rcm.patientbilling.service;

import com.rcm.patientbilling.domain.LedgerKind;
import com.rcm.patientbilling.persistence.PatientLedger;
import com.rcm.patientbilling.persistence.PatientPaymentEntity;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Records what a patient paid, once per Idempotency-Key, as a credit on their ledger. */
@ApplicationScoped
public class PatientPayments {
    private final PatientLedger ledger;
    private final IdempotencyKeys idempotencyKeys;

    public PatientPayments(PatientLedger ledger, IdempotencyKeys idempotencyKeys) {
        this.ledger = ledger;
        this.idempotencyKeys = idempotencyKeys;
    }

    public record PaymentRequest(long amountCents, String method, String processorReference, LocalDate receivedOn) {
    }

    @Transactional
    public PatientPaymentEntity record(String tenantId, String patientId, String idempotencyKey, PaymentRequest request) {
        if (ledger.account(tenantId, patientId).isEmpty()) {
            throw ApiProblemException.notFound("patient account", patientId);
        }
        String newId = UUID.randomUUID().toString();
        Optional<String> earlier = idempotencyKeys.reserve(tenantId, "patient-payment:" + patientId, idempotencyKey,
                request, newId);
        if (earlier.isPresent()) {
            return ledger.payment(earlier.get()).orElseThrow();
        }
        PatientPaymentEntity payment = new PatientPaymentEntity();
        payment.id = newId;
        payment.tenantId = tenantId;
        payment.patientId = patientId;
        payment.amountCents = request.amountCents();
        payment.method = request.method();
        payment.processorReference = request.processorReference();
        payment.receivedOn = request.receivedOn() == null ? LocalDate.now() : request.receivedOn();
        payment.createdAt = OffsetDateTime.now();
        ledger.save(payment);
        ledger.append(tenantId, patientId, LedgerKind.PATIENT_PAYMENT, -request.amountCents(), null, null, newId,
                request.method() + " payment");
        return payment;
    }
}
