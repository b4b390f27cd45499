package com.rcm.patientbilling.service;

import com.rcm.patientbilling.domain.PaymentMethod;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.PatientAccountRepository;
import com.rcm.patientbilling.persistence.PatientPaymentEntity;
import com.rcm.patientbilling.persistence.PatientPaymentRepository;
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
    static final String IDEMPOTENCY_SCOPE = "patient-payment";

    private final PatientAccountRepository accounts;
    private final PatientPaymentRepository payments;
    private final PatientLedger ledger;
    private final IdempotencyKeys idempotencyKeys;

    public PatientPayments(PatientAccountRepository accounts, PatientPaymentRepository payments, PatientLedger ledger,
            IdempotencyKeys idempotencyKeys) {
        this.accounts = accounts;
        this.payments = payments;
        this.ledger = ledger;
        this.idempotencyKeys = idempotencyKeys;
    }

    /** A payment as the practice reports it; the patient is part of it, so one key cannot pay two accounts. */
    public record Payment(String patientId, long amountCents, PaymentMethod method, String processorReference,
            LocalDate receivedOn) {
    }

    @Transactional
    public PatientPaymentEntity record(String tenantId, String idempotencyKey, Payment request) {
        PatientAccountEntity account = accounts.lockByPatientId(request.patientId())
                .orElseThrow(() -> ApiProblemException.notFound("patient account", request.patientId()));
        String newId = UUID.randomUUID().toString();
        Optional<String> earlier = idempotencyKeys.reserve(tenantId, IDEMPOTENCY_SCOPE, idempotencyKey, request, newId);
        if (earlier.isPresent()) {
            return payments.findById(earlier.get());
        }
        PatientPaymentEntity payment = new PatientPaymentEntity();
        payment.id = newId;
        payment.tenantId = tenantId;
        payment.accountId = account.id;
        payment.amountCents = request.amountCents();
        payment.method = request.method();
        payment.processorReference = request.processorReference();
        payment.receivedOn = request.receivedOn() == null ? LocalDate.now() : request.receivedOn();
        payment.createdAt = OffsetDateTime.now();
        payments.persist(payment);
        ledger.creditPayment(account, payment.id, payment.amountCents, payment.method.name());
        return payment;
    }
}
