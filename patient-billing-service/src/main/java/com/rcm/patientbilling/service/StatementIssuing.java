package com.rcm.patientbilling.service;

import com.rcm.events.EventEnvelope;
import com.rcm.events.EventJson;
import com.rcm.events.payload.StatementIssued;
import com.rcm.patientbilling.domain.BillingPolicy;
import com.rcm.patientbilling.domain.Notice;
import com.rcm.patientbilling.domain.StatementItemization;
import com.rcm.patientbilling.domain.StatementLine;
import com.rcm.patientbilling.persistence.BilledServiceEntity;
import com.rcm.patientbilling.persistence.BilledServiceRepository;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.StatementEntity;
import com.rcm.patientbilling.persistence.StatementRepository;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues one notice to a guarantor: every encounter they still owe on, across all the accounts they
 * answer for, itemized in full, what was already paid or credited on them as one sum, the aging, the
 * payment plan if any, and the amount due. The StatementIssued event leaves in the same transaction.
 */
@ApplicationScoped
public class StatementIssuing {
    private final StatementRepository statements;
    private final BilledServiceRepository services;
    private final PlanNotes planNotes;
    private final Outbox outbox;

    public StatementIssuing(
            StatementRepository statements, BilledServiceRepository services, PlanNotes planNotes, Outbox outbox) {
        this.statements = statements;
        this.services = services;
        this.planNotes = planNotes;
        this.outbox = outbox;
    }

    /** Nothing is issued when the guarantor owes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StatementEntity> issue(
            GuarantorBook book, Notice notice, LocalDate asOf, BillingPolicy policy, EventEnvelope cause) {
        long due = book.balanceCents();
        List<String> encounters = book.openEncounters();
        if (due <= 0 || encounters.isEmpty()) {
            return Optional.empty();
        }
        List<StatementLine> lines = new ArrayList<>();
        for (BilledServiceEntity service : services.ofEncounters(encounters)) {
            lines.addAll(StatementLine.listOf(service.lines));
        }
        String key = book.guarantor().guarantorKey;
        PatientAccountEntity own = book.ownAccount();
        StatementEntity statement = new StatementEntity();
        statement.id = UUID.randomUUID().toString();
        statement.tenantId = book.guarantor().tenantId;
        statement.accountId = own == null ? null : own.id;
        statement.guarantorKey = key;
        statement.notice = notice;
        statement.encounterIds = encounters;
        statement.patientName = book.guarantor().name();
        statement.mailingAddress = book.guarantor().address;
        statement.issuedOn = asOf;
        statement.dueDate = asOf.plusDays(policy.dueDays());
        statement.previousBalanceCents =
                statements.lastTo(key).map(s -> s.amountDueCents).orElse(0L);
        statement.creditsCents = due - StatementItemization.patientResponsibilityOf(lines);
        statement.amountDueCents = due;
        statement.lines = EventJson.write(lines);
        statement.aging = EventJson.write(book.aging(asOf));
        statement.planNote = planNotes.of(key, asOf).orElse(null);
        statement.createdAt = OffsetDateTime.now();
        statements.persist(statement);
        outbox.publish(OutgoingEvent.of(
                        statement.tenantId,
                        encounters.get(0),
                        "statement/" + statement.id,
                        new StatementIssued(
                                statement.id,
                                book.patientIdForEvents(),
                                encounters,
                                due,
                                statement.dueDate,
                                key,
                                notice.name()))
                .causedBy(cause));
        return Optional.of(statement);
    }
}
