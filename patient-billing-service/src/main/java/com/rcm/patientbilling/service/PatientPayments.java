package com.rcm.patientbilling.service;

import com.rcm.events.payload.PatientPaymentReceived;
import com.rcm.patientbilling.domain.PatientPaymentMethod;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.PatientAccountRepository;
import com.rcm.patientbilling.persistence.PatientPaymentEntity;
import com.rcm.patientbilling.persistence.PatientPaymentRepository;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.IdempotencyKeys;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records what a patient (or their guarantor) paid, once per Idempotency-Key. The money settles the
 * guarantor's oldest open charges first, across every account they answer for; what nobody owes
 * stays as a credit on the paying patient's account with a refund request.
 */
@ApplicationScoped
public class PatientPayments {
    static final String IDEMPOTENCY_SCOPE = "patient-payment";

    private final PatientAccountRepository accounts;
    private final PatientPaymentRepository payments;
    private final PatientLedger ledger;
    private final GuarantorBooks books;
    private final RefundRequests refunds;
    private final PaymentPlans plans;
    private final Settlements settlements;
    private final IdempotencyKeys idempotencyKeys;
    private final Outbox outbox;

    public PatientPayments(
            PatientAccountRepository accounts,
            PatientPaymentRepository payments,
            PatientLedger ledger,
            GuarantorBooks books,
            RefundRequests refunds,
            PaymentPlans plans,
            Settlements settlements,
            IdempotencyKeys idempotencyKeys,
            Outbox outbox) {
        this.accounts = accounts;
        this.payments = payments;
        this.ledger = ledger;
        this.books = books;
        this.refunds = refunds;
        this.plans = plans;
        this.settlements = settlements;
        this.idempotencyKeys = idempotencyKeys;
        this.outbox = outbox;
    }

    /** A payment as the practice reports it; the patient is part of it, so one key cannot pay two accounts. */
    public record Payment(
            String patientId,
            long amountCents,
            PatientPaymentMethod method,
            String processorReference,
            LocalDate receivedOn) {}

    @Transactional
    public PatientPaymentEntity record(String tenantId, String idempotencyKey, Payment request) {
        PatientAccountEntity paying = accounts.findByPatientId(request.patientId())
                .orElseThrow(() -> ApiProblemException.notFound("patient account", request.patientId()));
        String newId = UUID.randomUUID().toString();
        Optional<String> earlier = idempotencyKeys.reserve(tenantId, IDEMPOTENCY_SCOPE, idempotencyKey, request, newId);
        if (earlier.isPresent()) {
            return payments.findById(earlier.get());
        }
        books.ensureFor(paying);
        GuarantorBook book = books.lock(paying.guarantorId).orElseThrow();
        if (book.accounts().stream().noneMatch(a -> a.account().id.equals(paying.id))) {
            // The account moved to another guarantor between reading it and the lock.
            throw new ApiProblemException(
                    409,
                    "Conflict",
                    "the guarantor of patient " + request.patientId()
                            + " changed while this payment was recorded; send it again with the same Idempotency-Key");
        }
        PatientPaymentEntity payment = new PatientPaymentEntity();
        payment.id = newId;
        payment.tenantId = tenantId;
        payment.accountId = paying.id;
        payment.guarantorKey = paying.guarantorId;
        payment.amountCents = request.amountCents();
        payment.method = request.method();
        payment.processorReference = request.processorReference();
        payment.receivedOn = request.receivedOn() == null ? LocalDate.now() : request.receivedOn();
        payment.createdAt = OffsetDateTime.now();
        payments.persist(payment);

        Map<PatientAccountEntity, Long> split = oldestFirst(book, payment.amountCents);
        long applied = split.values().stream().mapToLong(Long::longValue).sum();
        long credit = payment.amountCents - applied;
        if (credit > 0) {
            split.merge(paying, credit, Long::sum);
            refunds.request(paying, payment.id, credit);
        }
        split.forEach((account, cents) -> ledger.creditPayment(account, payment.id, cents, payment.method.name()));
        outbox.publish(OutgoingEvent.of(
                tenantId,
                null,
                "payment/" + payment.id,
                new PatientPaymentReceived(
                        payment.id,
                        request.patientId(),
                        paying.guarantorId,
                        payment.amountCents,
                        payment.method.name(),
                        payment.receivedOn,
                        applied,
                        credit)));
        plans.afterPayment(books.read(book.guarantor()), payment.receivedOn);
        split.keySet().forEach(account -> settlements.announcePaidOff(account, payment.receivedOn, null));
        return payment;
    }

    /** How much of the payment each account's open charges take, oldest charge first. */
    private static Map<PatientAccountEntity, Long> oldestFirst(GuarantorBook book, long amountCents) {
        Map<PatientAccountEntity, Long> split = new LinkedHashMap<>();
        long left = amountCents;
        for (GuarantorBook.OpenItem item : book.openOldestFirst()) {
            if (left == 0) {
                break;
            }
            long cents = Math.min(left, item.charge().openCents());
            split.merge(item.account(), cents, Long::sum);
            left -= cents;
        }
        return split;
    }
}
