package org.banach.launch.cli;

import java.nio.file.Path;

import org.banach.launch.bench.SideBySideConfig;

import picocli.CommandLine.Option;

/**
 * The runtime options of the side-by-side benchmarks ({@code bench-optim}, {@code bench-games}), which
 * start their runtime on a fresh, empty deploy folder (so, unlike {@link RuntimeOptions}, no --deploy).
 */
public final class SideBySideOptions {

    @Option(names = "--bundles", paramLabel = "DIR", description = "Bundles the runtime starts (default: the launcher "
            + "build's target/bundles). The run uses a fresh, empty deploy folder.")
    Path bundles;

    @Option(names = "--start-timeout", paramLabel = "S", defaultValue = "30",
            description = "Seconds to wait for the runtime to become ready (default: ${DEFAULT-VALUE}).")
    double startTimeout;

    /** Copies the bundles and the start timeout into the benchmark's configuration. */
    void applyTo(SideBySideConfig c) {
        c.bundles = bundles;
        c.startTimeoutSeconds = startTimeout;
    }
}
