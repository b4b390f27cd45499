package com.rcm.patientbilling.service;

import com.rcm.events.EventEnvelope;
import com.rcm.events.EventJson;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.events.payload.StatementIssued;
import com.rcm.patientbilling.config.PatientBillingConfig;
import com.rcm.patientbilling.domain.StatementItemization;
import com.rcm.patientbilling.domain.StatementLine;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.StatementEntity;
import com.rcm.patientbilling.persistence.StatementRepository;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Issues the statement for one posted claim payment: its services itemized, the whole account
 * balance due, and the StatementIssued event in the same transaction.
 */
@ApplicationScoped
public class StatementIssuing {
    private final StatementRepository statements;
    private final Outbox outbox;
    private final PatientBillingConfig config;

    public StatementIssuing(StatementRepository statements, Outbox outbox, PatientBillingConfig config) {
        this.statements = statements;
        this.outbox = outbox;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public StatementEntity issue(PatientAccountEntity account, PaymentPosted posted, long balanceCents,
            EventEnvelope cause) {
        List<StatementLine> lines = StatementItemization.of(posted);
        StatementEntity statement = new StatementEntity();
        statement.id = UUID.randomUUID().toString();
        statement.tenantId = account.tenantId;
        statement.accountId = account.id;
        statement.encounterIds = List.of(posted.encounterId());
        statement.patientName = account.firstName + " " + account.lastName;
        statement.mailingAddress = account.address;
        statement.issuedOn = LocalDate.now();
        statement.dueDate = statement.issuedOn.plusDays(config.statements().dueDays());
        statement.previousBalanceCents = balanceCents - StatementItemization.patientResponsibilityOf(lines);
        statement.amountDueCents = balanceCents;
        statement.lines = EventJson.write(lines);
        statement.createdAt = OffsetDateTime.now();
        statements.persist(statement);
        outbox.publish(OutgoingEvent.of(account.tenantId, posted.encounterId(), "statement/" + statement.id,
                new StatementIssued(statement.id, account.patientId, statement.encounterIds, balanceCents,
                        statement.dueDate)).causedBy(cause));
        return statement;
    }
}
