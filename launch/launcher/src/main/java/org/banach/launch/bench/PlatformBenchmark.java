package org.banach.launch.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.banach.api.Monitor;
import org.banach.api.Platform;
import org.banach.api.Solver;
import org.banach.launch.embed.EmbeddedBanach;

/**
 * What the platform costs, measured in one run against baselines measured in the same run:
 * <ol type="a">
 * <li>runtime start to ready (framework start until the Platform service is present and every bundle
 * is ACTIVE), median of fresh starts, against a bare Felix start with no bundles;</li>
 * <li>a trivial job through {@link Platform#submit} (submit and await) against calling the same
 * {@link Solver} service object directly from the host with a minimal {@link Monitor}, after warm-up:
 * median per call and the ratio;</li>
 * <li>jobs per second through {@code submit} (no result store), against the same runs as a study
 * ({@link Platform#runStudy}, which stores every result as JSON and its trace as CSV).</li>
 * </ol>
 * Each measurement is its own class ({@link StartupMeasurement}, {@link OverheadMeasurement},
 * {@link ThroughputMeasurement}); they add their figures to a {@link FigureTable}.
 */
public final class PlatformBenchmark {

    /** What to measure and how often. */
    public static final class Config {
        public Path bundles;
        public double startTimeoutSeconds = 30;
        public int starts = 5;
        public int calls = 2000;
        public int warmup = 1000;
        public int jobs = 2000;
        public int studyRuns = 200;
        public String solver = "optim.gd";
        public String problem;
        public final Map<String, String> params = new LinkedHashMap<>();
        public final Map<String, String> settings = new LinkedHashMap<>();
        public Path csv;
    }

    private final Config config;
    private final PrintStream out;
    private final FigureTable figures = new FigureTable();
    private final BenchRuntimes runtimes;

    public PlatformBenchmark(Config config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.runtimes = new BenchRuntimes(config, err);
    }

    /**
     * Runs (a), (b) and (c), prints the table and writes the CSV when asked.
     *
     * @return true when every figure was measured (false: a row says FAILED and why)
     */
    public boolean run() throws Exception {
        Path work = Files.createTempDirectory("banach-bench-");
        boolean allMeasured;
        // Ctrl-C: stop the runtime being measured and delete the temporary folders
        Thread hook = new Thread(() -> {
            runtimes.closeCurrent();
            TempFolders.delete(work);
        }, "banach-bench-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Path deploy = Files.createDirectories(work.resolve("deploy"));
            out.println("banach bench: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch"));
            new StartupMeasurement(config, runtimes, out).measure(deploy, work, figures);
            try (EmbeddedBanach banach = runtimes.start(deploy)) {
                Platform platform = banach.platform();
                TrivialJob t = TrivialJob.find(config, banach, platform);
                out.println("trivial job: " + t.spec + "  -> " + t.probe.status() + " in " + t.probe.iterations()
                        + " iterations");
                new OverheadMeasurement(config, out).measure(platform, t, figures);
                allMeasured = new ThroughputMeasurement(config, out).measure(platform, t, work, figures);
            }
            figures.print(out);
            if (config.csv != null) {
                figures.writeCsv(config.csv);
                out.println("figures written to " + config.csv.toAbsolutePath());
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook cleans up
            }
            TempFolders.delete(work);
        }
        return allMeasured;
    }
}
