package org.banach.launch.embed;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FileInstall logs through java.util.logging (logger {@code fileinstall}, with
 * {@code felix.fileinstall.log.default=jul}); this routes it, one line per record, to the log sink of
 * the runtime started last, instead of the JDK's two-line console format with a stack trace.
 */
final class FileInstallLog {

    private static final Logger LOGGER = Logger.getLogger("fileinstall");
    private static final Pattern LOCATION = Pattern.compile("file:\\S+");
    /** Locations (file: URIs) of deployed jars FileInstall failed to install or start. */
    private static final Set<String> FAILED = ConcurrentHashMap.newKeySet();

    private FileInstallLog() {
    }

    static synchronized void route(Consumer<String> sink) {
        LOGGER.setUseParentHandlers(false);
        for (Handler h : LOGGER.getHandlers()) {
            if (h instanceof OneLine) {
                LOGGER.removeHandler(h);
            }
        }
        LOGGER.addHandler(new OneLine(sink));
    }

    /** True when FileInstall reported an error about the jar at {@code location}. */
    static boolean failed(String location) {
        return FAILED.contains(location);
    }

    private static final class OneLine extends Handler {
        private final Consumer<String> sink;

        OneLine(Consumer<String> sink) {
            this.sink = sink;
        }

        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() < Level.WARNING.intValue()) {
                return;
            }
            if (r.getThrown() != null && r.getMessage() != null) {
                Matcher m = LOCATION.matcher(r.getMessage());
                if (m.find()) {
                    FAILED.add(m.group().replaceAll("[.,;:]$", ""));
                }
            }
            String msg = "deploy folder: " + r.getMessage() + (r.getThrown() == null ? "" : ": " + FailureReason.of(r.getThrown()));
            sink.accept(FailureReason.oneLine(msg));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
