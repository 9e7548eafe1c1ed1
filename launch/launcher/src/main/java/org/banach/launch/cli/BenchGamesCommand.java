package org.banach.launch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.banach.launch.bench.games.GamesBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** banach bench-games. */
@Command(name = "bench-games", sortOptions = false,
        description = {"Benchmarks of the games plugin, each section printing its progress, then a table.",
            "lp: on seeded random zero-sum games n x n (payoffs uniform in [-1, 1)), the time for games.pdhg "
                + "restart=adaptive (Banach's fastest first-order solver) to reach exploitability <= --tolerance against "
                + "scipy.optimize.linprog(method='highs') on the same matrix's linear programme (needs python3 with numpy "
                + "and SciPy). Banach: one direct solve after a warm-up, and the same run through Platform.submit; "
                + "SciPy: the linprog call only. SciPy's value must equal Banach's to the tolerance. RATIO = Banach / "
                + "SciPy (target < 1 at n >= 1000). Large sizes take minutes on both sides.",
            "calls: games.halpern against games.vr-halpern on games/finite-sum-linear (n = 100 and 1000 components) "
                + "to the tolerance: component-operator calls of each and their ratio. Skipped, with a message, when "
                + "those are not installed."})
final class BenchGamesCommand implements Callable<Integer> {

    @Option(names = "--only", paramLabel = "PART", description = "Run one section only: lp or calls (default: both).")
    String only;

    @Option(names = "--sizes", paramLabel = "N,N,...", split = ",", hideParamSyntax = true, description = "Game sizes of the lp section "
            + "(default: 200,1000,2000).")
    List<Integer> sizes;

    @Option(names = "--components", paramLabel = "N,N,...", split = ",", hideParamSyntax = true, description = "Component counts n of the calls "
            + "section (default: 100,1000).")
    List<Integer> components;

    @Option(names = "--tolerance", paramLabel = "T", defaultValue = "1e-6",
            description = "Target exploitability (lp) and residual tolerance (calls) (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the random games (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the lp table as CSV.")
    Path csv;

    @Option(names = "--python", paramLabel = "CMD", defaultValue = "python3",
            description = "The Python interpreter (default: ${DEFAULT-VALUE}).")
    String python;

    @Option(names = "--scipy-threads", paramLabel = "K", defaultValue = "1",
            description = "BLAS/OpenMP threads of the Python process; 0 leaves the libraries' default "
                    + "(default: ${DEFAULT-VALUE}; HiGHS's simplex is serial either way).")
    int scipyThreads;

    @Mixin
    SideBySideOptions runtime;

    @Override
    public Integer call() throws Exception {
        if (only != null && !List.of(GamesBenchmark.LP, GamesBenchmark.CALLS).contains(only)) {
            throw new IllegalArgumentException("--only must be lp or calls; got '" + only + "'");
        }
        if (!(tolerance > 0) || !(runtime.startTimeout > 0) || Double.isInfinite(runtime.startTimeout) || scipyThreads < 0) {
            throw new IllegalArgumentException("--tolerance and --start-timeout must be positive, --scipy-threads 0 or more");
        }
        GamesBenchmark.Config c = new GamesBenchmark.Config();
        if (sizes != null) {
            c.sizes = positive("--sizes", sizes);
        }
        if (components != null) {
            c.callSizes = positive("--components", components);
        }
        c.only = only;
        c.tolerance = tolerance;
        c.seed = seed;
        c.csv = csv;
        c.python = python;
        c.scipyThreads = scipyThreads;
        runtime.applyTo(c);
        return new GamesBenchmark(c, Cli.out(), Cli.err()).run() ? Main.OK : Main.RUNTIME_FAILED;
    }

    private static List<Integer> positive(String option, List<Integer> values) {
        for (int v : values) {
            if (v < 1) {
                throw new IllegalArgumentException(option + " must list positive sizes, got " + values);
            }
        }
        return values;
    }
}
