package com.rcm.patientbilling.mapping;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;

/**
 * Lays a statement's HTML page out as a PDF (openhtmltopdf on Apache PDFBox), so the printed or mailed
 * statement says exactly what the page says. The page's own CSS sets paper, margins and fonts.
 */
public final class StatementPdf {
    // The library's logger is one per JVM; set it once, before the first layout.
    static {
        XRLog.setLoggerImpl(new PdfLayoutLog());
    }

    /** {@code html} as {@link StatementHtml#render} gives it. */
    public static byte[] fromHtml(String html) {
        // The page is HTML5 (<br>, <meta> left open); openhtmltopdf's own parser reads XHTML only.
        Document page = new W3CDom().fromJsoup(Jsoup.parse(html));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder pdf = new PdfRendererBuilder();
            pdf.useFastMode();
            pdf.withW3cDocument(page, null);
            pdf.toStream(out);
            pdf.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not lay the statement out as a PDF", e);
        }
    }

    private StatementPdf() {}
}
