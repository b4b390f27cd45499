package com.rcm.patientbilling.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.rcm.events.EventJson;
import com.rcm.events.payload.Address;
import com.rcm.patientbilling.domain.StatementLine;
import com.rcm.patientbilling.persistence.StatementEntity;
import java.math.BigDecimal;
import java.util.List;

/**
 * Renders a statement as a plain HTML page a patient can read and print. Every value that came from
 * outside (names, addresses, codes) is escaped: a practice's data must never become markup.
 */
public final class StatementHtml {
    private static final TypeReference<List<StatementLine>> LINES = new TypeReference<>() {
    };

    public static String render(StatementEntity statement, String patientId) {
        StringBuilder html = new StringBuilder(2_048);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Patient statement</title>")
                .append("</head>\n<body>\n<h1>Patient statement</h1>\n");
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
        html.append("<p>Account: ").append(escape(patientId)).append("<br>Statement date: ").append(statement.issuedOn)
                .append("<br>Statement: ").append(escape(statement.id)).append("</p>\n");
        html.append("<table>\n<thead><tr><th>Date of service</th><th>Service</th><th>Charge</th><th>Insurance paid</th>")
                .append("<th>Insurance adjustments</th><th>Your responsibility</th></tr></thead>\n<tbody>\n");
        if (statement.previousBalanceCents != 0) {
            html.append("<tr><td></td><td>Previous balance</td><td></td><td></td><td></td><td>")
                    .append(money(statement.previousBalanceCents)).append("</td></tr>\n");
        }
        for (StatementLine line : lines(statement.lines)) {
            html.append("<tr><td>").append(line.dateOfService() == null ? "" : line.dateOfService().toString())
                    .append("</td><td>").append(escape(line.service()))
                    .append("</td><td>").append(money(line.chargeCents()))
                    .append("</td><td>").append(money(line.insurancePaidCents()))
                    .append("</td><td>").append(money(line.insuranceAdjustedCents()))
                    .append("</td><td>").append(money(line.patientResponsibilityCents())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        html.append("<p><strong>Amount due: ").append(money(statement.amountDueCents)).append("</strong></p>\n");
        html.append("<p>Due date: ").append(statement.dueDate).append("</p>\n</body></html>\n");
        return html.toString();
    }

    static String money(long cents) {
        BigDecimal amount = BigDecimal.valueOf(Math.abs(cents), 2);
        return (cents < 0 ? "-$" : "$") + amount.toPlainString();
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
        try {
            return EventJson.mapper().readValue(json, LINES);
        } catch (Exception e) {
            throw new IllegalStateException("statement lines are unreadable", e);
        }
    }

    static Address address(String json) {
        return json == null ? null : EventJson.read(json, Address.class);
    }

    private StatementHtml() {
    }
}
