package com.rcm.patientbilling.mapping;

import com.rcm.events.payload.Address;
import com.rcm.patientbilling.domain.StatementLine;
import com.rcm.patientbilling.persistence.StatementEntity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a statement as a PDF (Apache PDFBox) with the same content as the HTML page: the notice,
 * addressee, account and dates, one row per service with the patient, what insurance paid and adjusted
 * and what the patient owes, the credits, the amount due, the due date, the aging and the payment
 * plan. Rows run onto further pages as needed.
 */
public final class StatementPdf {
    private static final float MARGIN = 54;
    private static final float LEADING = 15;
    private static final float[] COLUMNS = {MARGIN, MARGIN + 95, MARGIN + 165, MARGIN + 225, MARGIN + 290, MARGIN + 365,
        MARGIN + 435};

    public static byte[] render(StatementEntity statement, String accountNumber) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(pdf).write(statement, accountNumber);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render statement " + statement.id, e);
        }
    }

    /** Writes lines top to bottom, opening a new page when one is full. */
    private static final class Writer {
        private final PDDocument pdf;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument pdf) {
            this.pdf = pdf;
        }

        void write(StatementEntity statement, String accountNumber) throws IOException {
            newPage();
            text(bold, 16, MARGIN, StatementHtml.titleOf(statement));
            y -= LEADING;
            text(regular, 11, MARGIN, statement.patientName);
            Address address = StatementHtml.address(statement.mailingAddress);
            if (address != null) {
                text(regular, 11, MARGIN, address.line1());
                if (address.line2() != null && !address.line2().isBlank()) {
                    text(regular, 11, MARGIN, address.line2());
                }
                text(regular, 11, MARGIN, address.city() + ", " + address.state() + " " + address.postalCode());
            }
            y -= LEADING;
            text(regular, 10, MARGIN, "Account: " + accountNumber);
            text(regular, 10, MARGIN, "Statement date: " + statement.issuedOn);
            text(regular, 10, MARGIN, "Statement: " + statement.id);
            if (statement.previousBalanceCents != 0) {
                text(regular, 10, MARGIN, "Previous statement balance: "
                        + StatementHtml.money(statement.previousBalanceCents));
            }
            y -= LEADING;
            row(bold, List.of("Patient", "Service date", "Service", "Charge", "Ins. paid", "Adjustments", "You owe"));
            for (StatementLine line : StatementHtml.lines(statement.lines)) {
                List<String> cells = new ArrayList<>();
                cells.add(line.patientName() == null ? "" : line.patientName());
                cells.add(line.dateOfService() == null ? "" : line.dateOfService().toString());
                cells.add(line.service());
                cells.add(StatementHtml.money(line.chargeCents()));
                cells.add(StatementHtml.money(line.insurancePaidCents()));
                cells.add(StatementHtml.money(line.insuranceAdjustedCents()));
                cells.add(StatementHtml.money(line.patientResponsibilityCents()));
                row(regular, cells);
            }
            y -= LEADING;
            if (statement.creditsCents != 0) {
                text(regular, 11, MARGIN, "Payments and credits on these services: "
                        + StatementHtml.money(statement.creditsCents));
            }
            text(bold, 12, MARGIN, "Amount due: " + StatementHtml.money(statement.amountDueCents));
            text(regular, 11, MARGIN, "Due date: " + statement.dueDate);
            String aging = StatementHtml.agingOf(statement);
            if (aging != null) {
                text(regular, 9, MARGIN, "Aging: " + aging);
            }
            if (statement.planNote != null) {
                text(regular, 10, MARGIN, statement.planNote);
            }
            page.close();
        }

        private void row(PDType1Font font, List<String> cells) throws IOException {
            ensureRoom();
            for (int i = 0; i < cells.size(); i++) {
                show(font, 9, COLUMNS[i], cells.get(i));
            }
            y -= LEADING;
        }

        private void text(PDType1Font font, float size, float x, String value) throws IOException {
            ensureRoom();
            show(font, size, x, value);
            y -= LEADING;
        }

        private void show(PDType1Font font, float size, float x, String value) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(printable(value));
            page.endText();
        }

        private void ensureRoom() throws IOException {
            if (y < MARGIN) {
                page.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage next = new PDPage(PDRectangle.LETTER);
            pdf.addPage(next);
            page = new PDPageContentStream(pdf, next);
            y = next.getMediaBox().getHeight() - MARGIN;
        }

        /** The standard fonts cover Latin-1 only: anything else prints as '?', never fails the statement. */
        private static String printable(String value) {
            if (value == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(value.length());
            for (char c : value.toCharArray()) {
                out.append(c >= 0x20 && c <= 0xFF && c != 0x7F ? c : '?');
            }
            return out.toString();
        }
    }

    private StatementPdf() {
    }
}
