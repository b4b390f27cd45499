package com.rcm.patientbilling.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.rcm.events.EventJson;
import com.rcm.events.payload.Address;
import com.rcm.patientbilling.domain.Money;
import com.rcm.patientbilling.domain.Notice;
import com.rcm.patientbilling.domain.StatementLine;
import com.rcm.patientbilling.persistence.StatementEntity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement as the patient reads it, every value already worded and formatted, so the template only
 * places text. Values are raw text: the template escapes them. An empty text means "leave it out".
 */
public record StatementView(
        String title,
        String addressee,
        List<String> addressLines,
        String accountNumber,
        String issuedOn,
        String statementId,
        String previousBalance,
        List<Row> rows,
        String credits,
        String amountDue,
        String dueDate,
        String aging,
        String planNote) {

    /** One service: who it was for, when, what, and how the charge was split. */
    public record Row(
            String patientName,
            String dateOfService,
            String service,
            String charge,
            String insurancePaid,
            String insuranceAdjusted,
            String patientResponsibility) {}

    private static final TypeReference<LinkedHashMap<String, Long>> AGING = new TypeReference<>() {};

    public static StatementView of(StatementEntity statement, String accountNumber) {
        List<Row> rows = new ArrayList<>();
        for (StatementLine line : StatementLine.listOf(statement.lines)) {
            rows.add(new Row(
                    text(line.patientName()),
                    line.dateOfService() == null ? "" : line.dateOfService().toString(),
                    text(line.service()),
                    Money.format(line.chargeCents()),
                    Money.format(line.insurancePaidCents()),
                    Money.format(line.insuranceAdjustedCents()),
                    Money.format(line.patientResponsibilityCents())));
        }
        return new StatementView(
                titleOf(statement),
                text(statement.patientName),
                addressLinesOf(statement),
                text(accountNumber),
                String.valueOf(statement.issuedOn),
                text(statement.id),
                moneyUnlessZero(statement.previousBalanceCents),
                rows,
                moneyUnlessZero(statement.creditsCents),
                Money.format(statement.amountDueCents),
                String.valueOf(statement.dueDate),
                agingOf(statement),
                text(statement.planNote));
    }

    /** The heading says where the guarantor stands in dunning. */
    static String titleOf(StatementEntity statement) {
        Notice notice = statement.notice == null ? Notice.STATEMENT : statement.notice;
        return switch (notice) {
            case STATEMENT -> "Patient statement";
            case REMINDER -> "Reminder: payment past due";
            case FINAL_NOTICE -> "Final notice";
        };
    }

    /** Street, optional second line, "City, ST 12345"; none for statements sent without an address. */
    private static List<String> addressLinesOf(StatementEntity statement) {
        if (statement.mailingAddress == null) {
            return List.of();
        }
        Address address = EventJson.read(statement.mailingAddress, Address.class);
        List<String> lines = new ArrayList<>();
        lines.add(text(address.line1()));
        if (address.line2() != null && !address.line2().isBlank()) {
            lines.add(address.line2());
        }
        lines.add(text(address.city()) + ", " + text(address.state()) + " " + text(address.postalCode()));
        return lines;
    }

    /** "0-30 days: $29.60, 31-60 days: $0.00, ..." from the aging kept with the statement; empty for older ones. */
    static String agingOf(StatementEntity statement) {
        if (statement.aging == null) {
            return "";
        }
        Map<String, Long> buckets;
        try {
            buckets = EventJson.mapper().readValue(statement.aging, AGING);
        } catch (Exception e) {
            throw new IllegalStateException("statement aging is unreadable", e);
        }
        StringBuilder text = new StringBuilder();
        buckets.forEach((bucket, cents) -> text.append(text.isEmpty() ? "" : ", ")
                .append(bucket)
                .append(" days: ")
                .append(Money.format(cents)));
        return text.toString();
    }

    private static String moneyUnlessZero(long cents) {
        return cents == 0 ? "" : Money.format(cents);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
