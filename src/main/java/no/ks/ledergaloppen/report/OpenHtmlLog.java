package no.ks.ledergaloppen.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF renderer's own log, passed to SLF4J under its category names (com.openhtmltopdf.load, ...),
 * so that the application's log levels apply to it instead of its console handler.
 */
final class OpenHtmlLog implements XRLogger {

    private OpenHtmlLog() {
    }

    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof OpenHtmlLog)) {
            XRLog.setLoggerImpl(new OpenHtmlLog());
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(msg, th);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(msg, th);
        } else if (value >= Level.INFO.intValue()) {
            logger.info(msg, th);
        } else {
            logger.debug(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels come from the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
                || LoggerFactory.getLogger("com.openhtmltopdf").isInfoEnabled();
    }
}
