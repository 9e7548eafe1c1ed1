package org.banach.launch.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.banach.launch.bench.PlatformBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** banach bench. */
@Command(name = "bench", sortOptions = false,
        description = {"Measure start-up, per-job overhead and job throughput.",
            "(a) runtime start to ready, median of fresh starts, against a bare "
                + "framework start; (b) a trivial job through Platform.submit against calling the same Solver "
                + "service directly; (c) jobs per second through submit, without and with the result store (a study).",
            "Prints a table with ratios against the baselines measured in the same run."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--starts", paramLabel = "N", defaultValue = "5", description = "Fresh runtime starts for (a) (default: ${DEFAULT-VALUE}).")
    int starts;

    @Option(names = "--calls", paramLabel = "N", defaultValue = "2000", description = "Measured calls per path for (b) (default: ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1000", description = "Warm-up calls per path for (b) (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--jobs", paramLabel = "M", defaultValue = "2000", description = "Jobs submitted for (c) without the store (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--study-runs", paramLabel = "M", defaultValue = "200", description = "Runs of the generated study for (c) with the store (default: ${DEFAULT-VALUE}).")
    int studyRuns;

    @Option(names = "--solver", paramLabel = "ID", defaultValue = "optim.gd", description = "Solver of the trivial job (default: ${DEFAULT-VALUE}).")
    String solver;

    @Option(names = "--problem", paramLabel = "ID", description = "Problem of the trivial job (default: a 2-D quadratic if one is "
            + "installed, else optim/mgh/rosenbrock with one iteration).")
    String problem;

    @Option(names = "--param", paramLabel = "K=V", description = "Problem parameter of the trivial job (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--set", paramLabel = "K=V", description = "Solver setting of the trivial job (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the figures as CSV.")
    Path csv;

    @Option(names = "--bundles", paramLabel = "DIR", description = "Bundles the runtime starts (default: the launcher "
            + "build's target/bundles). Each start uses a fresh, empty deploy folder.")
    Path bundles;

    @Option(names = "--start-timeout", paramLabel = "S", defaultValue = "30",
            description = "Seconds to wait for each start to become ready (default: ${DEFAULT-VALUE}).")
    double startTimeout;

    @Override
    public Integer call() throws Exception {
        PlatformBenchmark.Config c = new PlatformBenchmark.Config();
        if (!(startTimeout > 0) || Double.isInfinite(startTimeout)) {
            throw new IllegalArgumentException("--start-timeout must be a positive number of seconds, got " + startTimeout);
        }
        c.bundles = bundles;
        c.startTimeoutSeconds = startTimeout;
        c.starts = positive("--starts", starts);
        c.calls = positive("--calls", calls);
        c.warmup = Math.max(0, warmup);
        c.jobs = positive("--jobs", jobs);
        c.studyRuns = positive("--study-runs", studyRuns);
        c.solver = solver;
        c.problem = problem;
        c.params.putAll(params);
        c.settings.putAll(settings);
        c.csv = csv;
        return new PlatformBenchmark(c, Cli.out(), Cli.err()).run() ? Main.OK : Main.RUNTIME_FAILED;
    }

    private static int positive(String name, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + v);
        }
        return v;
    }
}
