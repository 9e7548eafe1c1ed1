package org.banach.launch.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.banach.launch.embed.Banach;
import org.banach.launch.embed.EmbeddedBanach;

/**
 * What every side-by-side benchmark against a Python library ({@code bench-optim}, {@code bench-games})
 * is configured with: the runtime's bundles and start timeout, the Python interpreter and its BLAS
 * threads, the one part to run and the CSV file; and how such a benchmark starts its embedded runtime.
 * Each benchmark's {@code Config} adds its own settings.
 */
public abstract class SideBySideConfig {

    /** Runtime log lines passed on to standard error at the most. */
    private static final int MAX_LOG_LINES = 100;

    /** Bundles the runtime starts; null for the launcher build's target/bundles. */
    public Path bundles;
    public double startTimeoutSeconds = 30;
    public String python = "python3";
    /** BLAS/OpenMP threads of the Python process; 0 leaves the libraries' default. */
    public int scipyThreads = 1;
    /** The one part to run; null for all. */
    public String only;
    /** Also write the figures as CSV here; null for none. */
    public Path csv;

    /** Whether the part named {@code part} runs. */
    public boolean runs(String part) {
        return only == null || only.equals(part);
    }

    /**
     * The embedded runtime of a benchmark section: these bundles and start timeout (rounded up to whole
     * milliseconds), the given fresh deploy folder, and the first {@value #MAX_LOG_LINES} runtime log lines
     * passed on to {@code err} as {@code banach: LINE}.
     */
    public EmbeddedBanach startRuntime(Path deploy, PrintStream err) {
        List<String> log = new ArrayList<>();
        Banach.Builder b = Banach.builder().deploy(deploy)
                .startTimeout(Duration.ofMillis((long) Math.ceil(startTimeoutSeconds * 1000)))
                .log(line -> {
                    if (log.size() < MAX_LOG_LINES) {
                        log.add(line);
                        err.println("banach: " + line);
                    }
                });
        if (bundles != null) {
            b.bundles(bundles);
        }
        return b.start();
    }
}
