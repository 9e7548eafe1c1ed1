package org.banach.launch.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.banach.launch.embed.Banach;
import org.banach.launch.embed.EmbeddedBanach;

/**
 * Starts the runtimes the benchmark measures, all with the configured bundles and start timeout,
 * passing at most the first 100 runtime log lines on to standard error. Remembers the runtime
 * started last, so that a shutdown hook can stop it.
 */
final class BenchRuntimes {

    private static final int MAX_LOG_LINES = 100;

    private final PlatformBenchmark.Config config;
    private final PrintStream err;
    private final List<String> runtimeLog = new ArrayList<>();
    private volatile EmbeddedBanach current;

    BenchRuntimes(PlatformBenchmark.Config config, PrintStream err) {
        this.config = config;
        this.err = err;
    }

    /** A fresh runtime watching {@code deploy}. */
    EmbeddedBanach start(Path deploy) {
        Banach.Builder b = Banach.builder().deploy(deploy)
                .startTimeout(Duration.ofMillis((long) (config.startTimeoutSeconds * 1000)))
                .log(this::log);
        if (config.bundles != null) {
            b.bundles(config.bundles);
        }
        EmbeddedBanach started = b.start();
        current = started;
        return started;
    }

    /** Closes the runtime started last (on Ctrl-C); it may be closed already. */
    void closeCurrent() {
        EmbeddedBanach b = current;
        if (b != null) {
            b.close();
        }
    }

    private void log(String line) {
        synchronized (runtimeLog) {
            if (runtimeLog.size() < MAX_LOG_LINES) {
                runtimeLog.add(line);
                err.println("banach: " + line);
            }
        }
    }
}
