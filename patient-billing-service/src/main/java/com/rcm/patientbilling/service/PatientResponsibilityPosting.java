package com.rcm.patientbilling.service;

import com.rcm.events.EventEnvelope;
import com.rcm.events.EventJson;
import com.rcm.events.payload.Adjustment;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.events.payload.StatementIssued;
import com.rcm.patientbilling.domain.LedgerKind;
import com.rcm.patientbilling.domain.StatementLine;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.PatientLedger;
import com.rcm.patientbilling.persistence.StatementEntity;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When the payer's payment is posted, what the patient owes is charged to their account; a
 * statement for the balance goes out at once (statement cycles and dunning come later).
 */
@ApplicationScoped
public class PatientResponsibilityPosting {
    private final PatientLedger ledger;
    private final Outbox outbox;
    private final int dueDays;

    public PatientResponsibilityPosting(PatientLedger ledger, Outbox outbox,
            @ConfigProperty(name = "patient-billing.statement-due-days") int dueDays) {
        this.ledger = ledger;
        this.outbox = outbox;
        this.dueDays = dueDays;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void post(String tenantId, PaymentPosted payment, EventEnvelope cause) {
        Patient patient = payment.patient();
        String patientId = patient.externalId();
        if (ledger.account(tenantId, patientId).isEmpty()) {
            PatientAccountEntity account = new PatientAccountEntity();
            account.id = PatientAccountEntity.idOf(tenantId, patientId);
            account.tenantId = tenantId;
            account.patientId = patientId;
            account.firstName = patient.firstName();
            account.lastName = patient.lastName();
            account.address = patient.address() == null ? null : EventJson.write(patient.address());
            account.openedAt = OffsetDateTime.now();
            ledger.open(account);
        }
        long owed = payment.patientResponsibility().totalCents();
        if (owed != 0) {
            ledger.append(tenantId, patientId, LedgerKind.PATIENT_RESPONSIBILITY, owed, payment.claimId(),
                    payment.encounterId(), payment.remittanceId(), "patient responsibility after insurance");
        }
        long balance = ledger.balance(patientId);
        if (balance > 0) {
            issueStatement(tenantId, patientId, payment, balance, cause);
        }
    }

    private void issueStatement(String tenantId, String patientId, PaymentPosted payment, long balance,
            EventEnvelope cause) {
        long adjusted = payment.adjustments().stream().filter(a -> !"PR".equals(a.groupCode()))
                .mapToLong(Adjustment::amountCents).sum();
        StatementLine line = new StatementLine(payment.encounterId(), payment.claimId(), payment.dateOfService(),
                "Office visit and services", payment.chargeCents(), payment.paidCents(), adjusted,
                payment.patientResponsibility().totalCents());
        StatementEntity statement = new StatementEntity();
        statement.id = UUID.randomUUID().toString();
        statement.tenantId = tenantId;
        statement.patientId = patientId;
        statement.issuedOn = LocalDate.now();
        statement.dueDate = statement.issuedOn.plusDays(dueDays);
        statement.amountDueCents = balance;
        statement.encounterIds = payment.encounterId();
        statement.lines = EventJson.write(List.of(line));
        statement.createdAt = OffsetDateTime.now();
        ledger.save(statement);
        outbox.publish(OutgoingEvent.of(tenantId, payment.encounterId(), "statement/" + statement.id,
                new StatementIssued(statement.id, patientId, List.of(payment.encounterId()), balance,
                        statement.dueDate)).causedBy(cause));
    }
}
