package org.banach.launch.embed;

import java.util.function.Consumer;

/**
 * The target of Felix's logger ({@code felix.log.logger}), which finds {@code log(int, String,
 * Throwable)} reflectively. Without it Felix prints errors to standard output, which would mix with a command's
 * JSON output; here they go, one line each, to the runtime's log sink.
 */
final class FrameworkLog {

    private final Consumer<String> sink;

    FrameworkLog(Consumer<String> sink) {
        this.sink = sink;
    }

    /**
     * A Felix {@code Logger} that forwards to {@code sink} ({@code felix.log.logger} must be one), or
     * null when the framework on the class path is not Felix.
     */
    static Object felixLogger(Consumer<String> sink) {
        try {
            Class<?> c = Class.forName("org.apache.felix.framework.Logger", true, FrameworkLog.class.getClassLoader());
            Object logger = c.getConstructor().newInstance();
            c.getMethod("setLogger", Object.class).invoke(logger, new FrameworkLog(sink));
            return logger;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    public void log(int level, String message, Throwable t) {
        if (level > 2) {
            return; // info and debug
        }
        StringBuilder sb = new StringBuilder("framework ").append(level == 1 ? "error: " : "warning: ")
                .append(message);
        if (t != null) {
            sb.append(": ").append(FailureReason.of(t));
        }
        sink.accept(FailureReason.oneLine(sb.toString()));
    }
}
