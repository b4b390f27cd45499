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
 * Renders a statement as a PDF (Apache PDFBox) with the same content as the HTML page: addressee,
 * account and dates, one row per service with what insurance paid and adjusted and what the patient
 * owes, the amount due and the due date. Rows run onto further pages as needed.
 */
public final class StatementPdf {
    private static final float MARGIN = 54;
    private static final float LEADING = 15;
    private static final float[] COLUMNS = {MARGIN, MARGIN + 90, MARGIN + 170, MARGIN + 250, MARGIN + 340, MARGIN + 430};

    public static byte[] render(StatementEntity statement, String patientId) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(pdf).write(statement, patientId);
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

        void write(StatementEntity statement, String patientId) throws IOException {
            newPage();
            text(bold, 16, MARGIN, "Patient statement");
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
            text(regular, 10, MARGIN, "Account: " + patientId);
            text(regular, 10, MARGIN, "Statement date: " + statement.issuedOn);
            text(regular, 10, MARGIN, "Statement: " + statement.id);
            y -= LEADING;
            row(bold, List.of("Date of service", "Service", "Charge", "Insurance paid", "Adjustments", "You owe"));
            if (statement.previousBalanceCents != 0) {
                row(regular, List.of("", "Previous balance", "", "", "", StatementHtml.money(statement.previousBalanceCents)));
            }
            for (StatementLine line : StatementHtml.lines(statement.lines)) {
                List<String> cells = new ArrayList<>();
                cells.add(line.dateOfService() == null ? "" : line.dateOfService().toString());
                cells.add(line.service());
                cells.add(StatementHtml.money(line.chargeCents()));
                cells.add(StatementHtml.money(line.insurancePaidCents()));
                cells.add(StatementHtml.money(line.insuranceAdjustedCents()));
                cells.add(StatementHtml.money(line.patientResponsibilityCents()));
                row(regular, cells);
            }
            y -= LEADING;
            text(bold, 12, MARGIN, "Amount due: " + StatementHtml.money(statement.amountDueCents));
            text(regular, 11, MARGIN, "Due date: " + statement.dueDate);
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
