package com.rcm.patientbilling.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class StatementPdfTests {

    @Test
    void thePdfSaysWhatThePageSaysLineBreaksAndTableRowsIncluded() throws Exception {
        String text = textOf(StatementPdf.fromHtml("""
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>
                <p>Jane Doe<br>1 Main St</p>
                <table><tr><td>2026-11-02</td><td>99213</td><td>$150.00</td></tr></table>
                <p><strong>Amount due: $29.60</strong></p></body></html>
                """), 1);
        assertTrue(text.contains("Jane Doe\n1 Main St"), text);
        assertTrue(text.contains("2026-11-02 99213 $150.00"), text);
        assertTrue(text.contains("Amount due: $29.60"), text);
    }

    @Test
    void namesOutsideTheStandardFontsStillGiveAStatement() throws Exception {
        String text =
                textOf(StatementPdf.fromHtml("<html><body><p>Zoë Ødegård 山田 ✓</p><p>Due date</p></body></html>"), 1);
        assertTrue(text.contains("Zoë Ødegård"), text);
        assertTrue(text.contains("Due date"), text);
    }

    @Test
    void aLongStatementRunsOntoFurtherPages() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            rows.append("<tr><td>row ").append(i).append("</td></tr>");
        }
        String text = textOf(
                StatementPdf.fromHtml(
                        "<html><body><table>" + rows + "</table><p>Amount due: $1.00</p>" + "</body></html>"),
                -1);
        assertTrue(text.contains("row 199") && text.contains("Amount due: $1.00"), text);
    }

    /** The text as patients' PDF readers extract it; {@code pages} -1 means more than one. */
    private static String textOf(byte[] pdf, int pages) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (pages > 0) {
                assertEquals(pages, document.getNumberOfPages());
            } else {
                assertTrue(document.getNumberOfPages() > 1);
            }
            return new PDFTextStripper().getText(document).replace("\r\n", "\n");
        }
    }
}
