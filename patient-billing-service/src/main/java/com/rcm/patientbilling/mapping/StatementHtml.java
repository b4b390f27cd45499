package com.rcm.patientbilling.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.rcm.events.EventJson;
import com.rcm.patientbilling.domain.StatementLine;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.StatementEntity;
import java.math.BigDecimal;
import java.util.List;

/** Renders a statement as a plain HTML page a patient can read and print. */
public final class StatementHtml {
    private static final TypeReference<List<StatementLine>> LINES = new TypeReference<>() {
    };

    public static String render(StatementEntity statement, PatientAccountEntity account) {
        List<StatementLine> lines;
        try {
            lines = EventJson.mapper().readValue(statement.lines, LINES);
        } catch (Exception e) {
            throw new IllegalStateException("statement lines are unreadable", e);
        }
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Statement</title></head><body>");
        html.append("<h1>Patient statement</h1>");
        html.append("<p>Patient: ").append(escape(account.firstName + " " + account.lastName))
                .append(" (account ").append(escape(account.patientId)).append(")</p>");
        html.append("<p>Statement date: ").append(statement.issuedOn).append("</p>");
        html.append("<table><thead><tr><th>Date of service</th><th>Service</th><th>Charge</th>"
                + "<th>Insurance paid</th><th>Insurance adjustments</th><th>You owe</th></tr></thead><tbody>");
        for (StatementLine line : lines) {
            html.append("<tr><td>").append(line.dateOfService()).append("</td><td>").append(escape(line.description()))
                    .append("</td><td>").append(money(line.chargeCents())).append("</td><td>")
                    .append(money(line.insurancePaidCents())).append("</td><td>")
                    .append(money(line.insuranceAdjustedCents())).append("</td><td>")
                    .append(money(line.patientOwesCents())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        html.append("<p><strong>Amount due: ").append(money(statement.amountDueCents)).append("</strong></p>");
        html.append("<p>Please pay by ").append(statement.dueDate).append(".</p>");
        html.append("</body></html>");
        return html.toString();
    }

    static String money(long cents) {
        return "$" + BigDecimal.valueOf(cents, 2).toPlainString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private StatementHtml() {
    }
}
