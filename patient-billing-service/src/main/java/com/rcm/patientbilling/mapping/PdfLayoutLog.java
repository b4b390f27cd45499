package com.rcm.patientbilling.mapping;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * Hands openhtmltopdf's messages to the service's log, so its categories obey the service's log
 * levels: left alone it writes every layout step at INFO to a console handler of its own.
 */
final class PdfLayoutLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger.getLogger(where).log(levelOf(level), message, error);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the service's configuration (quarkus.log.category), not the library's.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isEnabled(levelOf(diagnostic.getLevel()));
    }

    private static Logger.Level levelOf(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        if (value >= Level.WARNING.intValue()) {
            return Logger.Level.WARN;
        }
        if (value >= Level.INFO.intValue()) {
            return Logger.Level.INFO;
        }
        return value >= Level.FINE.intValue() ? Logger.Level.DEBUG : Logger.Level.TRACE;
    }
}
