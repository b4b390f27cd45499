package com.rcm.patientbilling.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.rcm.events.EventJson;
import com.rcm.events.payload.Address;
import com.rcm.patientbilling.domain.Money;
import com.rcm.patientbilling.domain.Notice;
import com.rcm.patientbilling.domain.StatementLine;
import com.rcm.patientbilling.persistence.StatementEntity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a statement as a plain HTML page a patient can read and print. Every value that came from
 * outside (names, addresses, codes) is escaped: a practice's data must never become markup.
 */
public final class StatementHtml {
    private static final TypeReference<LinkedHashMap<String, Long>> AGING = new TypeReference<>() {
    };
    public static String render(StatementEntity statement, String accountNumber) {
        StringBuilder html = new StringBuilder(2_048);
        String title = titleOf(statement);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title></head>\n<body>\n<h1>").append(title).append("</h1>\n");
        html.append("<p class=\"addressee\">").append(escape(statement.patientName));
        Address address = address(statement.mailingAddress);
        if (address != null) {
            html.append("<br>").append(escape(address.line1()));
            if (address.line2() != null && !address.line2().isBlank()) {
                html.append("<br>").append(escape(address.line2()));
            }
            html.append("<br>").append(escape(address.city())).append(", ").append(escape(address.state()))
                    .append(' ').append(escape(address.postalCode()));
        }
        html.append("</p>\n");
        html.append("<p>Account: ").append(escape(accountNumber)).append("<br>Statement date: ").append(statement.issuedOn)
                .append("<br>Statement: ").append(escape(statement.id));
        if (statement.previousBalanceCents != 0) {
            html.append("<br>Previous statement balance: ").append(money(statement.previousBalanceCents));
        }
        html.append("</p>\n");
        html.append("<table>\n<thead><tr><th>Patient</th><th>Date of service</th><th>Service</th><th>Charge</th>")
                .append("<th>Insurance paid</th><th>Insurance adjustments</th><th>Your responsibility</th></tr></thead>\n")
                .append("<tbody>\n");
        for (StatementLine line : lines(statement.lines)) {
            html.append("<tr><td>").append(escape(line.patientName()))
                    .append("</td><td>").append(line.dateOfService() == null ? "" : line.dateOfService().toString())
                    .append("</td><td>").append(escape(line.service()))
                    .append("</td><td>").append(money(line.chargeCents()))
                    .append("</td><td>").append(money(line.insurancePaidCents()))
                    .append("</td><td>").append(money(line.insuranceAdjustedCents()))
                    .append("</td><td>").append(money(line.patientResponsibilityCents())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (statement.creditsCents != 0) {
            html.append("<p>Payments and credits on these services: ").append(money(statement.creditsCents))
                    .append("</p>\n");
        }
        html.append("<p><strong>Amount due: ").append(money(statement.amountDueCents)).append("</strong></p>\n");
        html.append("<p>Due date: ").append(statement.dueDate).append("</p>\n");
        String aging = agingOf(statement);
        if (aging != null) {
            html.append("<p>Aging: ").append(escape(aging)).append("</p>\n");
        }
        if (statement.planNote != null) {
            html.append("<p>").append(escape(statement.planNote)).append("</p>\n");
        }
        html.append("</body></html>\n");
        return html.toString();
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

    /** "0-30: $29.60, 31-60: $0.00, ..." from the aging kept with the statement, or null for older statements. */
    static String agingOf(StatementEntity statement) {
        if (statement.aging == null) {
            return null;
        }
        Map<String, Long> buckets;
        try {
            buckets = EventJson.mapper().readValue(statement.aging, AGING);
        } catch (Exception e) {
            throw new IllegalStateException("statement aging is unreadable", e);
        }
        StringBuilder text = new StringBuilder();
        buckets.forEach((bucket, cents) -> text.append(text.isEmpty() ? "" : ", ").append(bucket).append(" days: ")
                .append(money(cents)));
        return text.toString();
    }

    static String money(long cents) {
        return Money.format(cents);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static List<StatementLine> lines(String json) {
        return StatementLine.listOf(json);
    }

    static Address address(String json) {
        return json == null ? null : EventJson.read(json, Address.class);
    }

    private StatementHtml() {
    }
}
