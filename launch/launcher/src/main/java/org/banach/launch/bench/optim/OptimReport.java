package org.banach.launch.bench.optim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The side-by-side benchmark's output: the table of (a) and (b), the summary lines of (c), the CSV. */
final class OptimReport {

    private final OptimBenchmark.Config config;
    private final int grid;
    private final List<OptimRow> rows;
    private final Map<String, Double> cg;
    private final String cgStatus;
    private final PrintStream out;

    OptimReport(OptimBenchmark.Config config, int grid, List<OptimRow> rows, Map<String, Double> cg, String cgStatus,
            PrintStream out) {
        this.config = config;
        this.grid = grid;
        this.rows = rows;
        this.cg = cg;
        this.cgStatus = cgStatus;
        this.out = out;
    }

    private static final String[] HEADER = {"PROBLEM", "N", "B_EVALS", "SP_NFEV", "EVAL_RATIO", "B_MS", "B_PLATFORM_MS",
        "SP_MS", "TIME_RATIO", "B_GNORM", "SP_GNORM", "B_F", "SP_F", "B_ITER", "SP_NIT", "B_STOP", "SP_STOP"};

    void printTable() {
        if (!rows.isEmpty()) {
            printLbfgs();
        }
        if (!cg.isEmpty()) {
            printCg();
        }
    }

    private void printLbfgs() {
        List<String[]> cells = new ArrayList<>();
        for (OptimRow r : rows) {
            cells.add(new String[] {r.problem(), String.valueOf(r.n()), String.valueOf(r.banachEvaluations()),
                r.scipyCovered() ? String.valueOf(r.scipyNfev()) : "-", Tables.ratio(r.evaluationRatio()),
                Tables.number(r.banachMs()), Tables.number(r.platformMs()), Tables.number(r.scipyMs()),
                Tables.ratio(r.timeRatio()), Tables.sci(r.banachGradNorm()), Tables.sci(r.scipyGradNorm()),
                Tables.sci(r.banachF()), Tables.sci(r.scipyF()), String.valueOf(r.banachIterations()),
                r.scipyCovered() ? String.valueOf(r.scipyIterations()) : "-", OptimRow.shortStop(r.banachStop()),
                OptimRow.shortStop(r.scipyStop())});
        }
        out.println();
        out.println(String.format(Locale.ROOT, "(a) L-BFGS (memory %d) to ||grad f||_2 <= %.0e on both sides, at most %d iterations; "
                + "ratios are Banach / SciPy (below 1 favours Banach)", config.memory, config.tolerance, config.maxIterations));
        Tables.print(out, HEADER, cells);
        out.println("    STOP: grad = reached ||grad f||_2 <= tolerance; no-f-decrease = SciPy's ftol test (ftol = 0: an "
                + "iteration did not lower f); linesearch-fail = SciPy ABNORMAL (line search failed); the full reasons are in the CSV");
    }

    private void printCg() {
        out.println();
        out.println(String.format(Locale.ROOT, "(b) CG on 2-D Poisson %dx%d (%d unknowns), x0 = 0, to ||b - Ax||_2/||b||_2 <= %.0e",
                grid, grid, grid * grid, config.cgTolerance));
        Tables.print(out, new String[] {"SIDE", "ITERATIONS", "MS", "RELRES", "RATIO"}, List.of(
                new String[] {"banach optim.cg (direct)", number(cg.get("banachIterations")), Tables.number(cg.get("banachMs")),
                    Tables.sci(cg.get("banachRelres")), Tables.ratio(cgRatio())},
                new String[] {"banach optim.cg (platform, 1 run)", number(cg.get("platformIterations")),
                    Tables.number(cg.get("platformMs")), "-", Tables.ratio(cg.get("platformMs") / cg.get("scipyMs"))},
                new String[] {"scipy.sparse.linalg.cg", number(cg.get("scipyIterations")), Tables.number(cg.get("scipyMs")),
                    Tables.sci(cg.get("scipyRelres")), "1.00x"}));
    }

    private static String number(Double v) {
        return v == null || v.isNaN() ? "-" : String.valueOf(Math.round(v));
    }

    double cgRatio() {
        return cg.get("banachMs") / cg.get("scipyMs");
    }

    /** (c) The summary lines, printed and returned. */
    List<String> summarise() {
        List<String> summary = new ArrayList<>();
        if (!rows.isEmpty()) {
            summariseLbfgs(summary);
        }
        if (!cg.isEmpty()) {
            double cr = cgRatio();
            summary.add(String.format(Locale.ROOT, "CG Poisson %dx%d: Banach %s ms (%s it) / SciPy %s ms (%s it) = %.2f; target <= 1.0: %s",
                grid, grid, Tables.number(cg.get("banachMs")), number(cg.get("banachIterations")),
                    Tables.number(cg.get("scipyMs")), number(cg.get("scipyIterations")), cr, cr <= 1.0 ? "MET" : "NOT MET"));
        }
        summary.add("host after the run: " + host() + " (timings on a shared or loaded host are noisy; "
                + "Java and SciPy runs alternate so both see the same load)");
        out.println();
        out.println("(c) summary");
        summary.forEach(l -> out.println("  " + l));
        return summary;
    }

    /** The L-BFGS lines: evaluations on every covered problem and on those both sides solved, time at n = 1000. */
    private void summariseLbfgs(List<String> summary) {
        List<OptimRow> covered = rows.stream().filter(OptimRow::scipyCovered).toList();
        long fewer = covered.stream().filter(OptimRow::noMoreEvaluations).count();
        double share = covered.isEmpty() ? Double.NaN : 100.0 * fewer / covered.size();
        List<OptimRow> both = covered.stream().filter(r -> r.banachReached() && r.scipyReached()).toList();
        long fewerBoth = both.stream().filter(OptimRow::noMoreEvaluations).count();
        summary.add(String.format(Locale.ROOT,
                "evaluations: Banach uses no more evaluations than SciPy on %d of %d problems (%.0f%%); target >= 90%%: %s",
                fewer, covered.size(), share, share >= 90 ? "MET" : "NOT MET"));
        summary.add(String.format(Locale.ROOT, "    (SciPy side covers %d of %d problems; on the %d where both reached "
                + "||g||_2 <= %.0e: %d of %d (%.0f%%))", covered.size(), rows.size(), both.size(), config.tolerance,
                fewerBoth, both.size(), both.isEmpty() ? Double.NaN : 100.0 * fewerBoth / both.size()));
        long notBeaten = covered.stream().filter(r -> !r.beatenBySciPy()).count();
        summary.add(String.format(Locale.ROOT, "    (SciPy reached at least as good a point with fewer evaluations on %d of %d"
                + " problems: Banach is not beaten on %d of %d (%.0f%%))", covered.size() - notBeaten, covered.size(),
                notBeaten, covered.size(), covered.isEmpty() ? Double.NaN : 100.0 * notBeaten / covered.size()));
        for (OptimRow r : covered) {
            if (!r.banachReached() || !r.scipyReached()) {
                summary.add(String.format(Locale.ROOT, "    %s: Banach stopped by %s at f = %.6g, ||g||_2 = %.2e; SciPy by %s at "
                        + "f = %.6g, ||g||_2 = %.2e", r.problem(), OptimRow.shortStop(r.banachStop()), r.banachF(),
                        r.banachGradNorm(), OptimRow.shortStop(r.scipyStop()), r.scipyF(), r.scipyGradNorm()));
            }
        }
        OptimRow big = rows.stream().filter(r -> r.n() == 1000 && r.scipyCovered()).findFirst().orElse(null);
        if (big != null) {
            summary.add(String.format(Locale.ROOT, "wall time at n = 1000 (chained Rosenbrock): Banach %s ms / SciPy %s ms = %.2f; target < 1: %s",
                    Tables.number(big.banachMs()), Tables.number(big.scipyMs()), big.timeRatio(), big.timeRatio() < 1 ? "MET" : "NOT MET"));
        } else {
            summary.add("wall time at n = 1000: not measured (--quick runs n = 100 only)");
        }
    }

    void writeCsv(Path file, List<String> summary) throws IOException {
        StringBuilder sb = new StringBuilder("part,problem,n,banach_evaluations,scipy_nfev,evaluation_ratio,banach_ms,"
                + "banach_platform_ms,scipy_ms,time_ratio,banach_gnorm,scipy_gnorm,banach_f,scipy_f,banach_iterations,"
                + "scipy_iterations,banach_stop,scipy_stop\n");
        for (OptimRow r : rows) {
            sb.append("a,").append(Tables.csv(r.problem())).append(',').append(r.n()).append(',')
                    .append(r.banachEvaluations()).append(',').append(r.scipyCovered() ? String.valueOf(r.scipyNfev()) : "")
                    .append(',').append(Tables.csv(r.evaluationRatio())).append(',').append(Tables.csv(r.banachMs()))
                    .append(',').append(Tables.csv(r.platformMs())).append(',').append(Tables.csv(r.scipyMs())).append(',')
                    .append(Tables.csv(r.timeRatio())).append(',').append(Tables.csv(r.banachGradNorm())).append(',')
                    .append(Tables.csv(r.scipyGradNorm())).append(',').append(Tables.csv(r.banachF())).append(',')
                    .append(Tables.csv(r.scipyF())).append(',').append(r.banachIterations()).append(',')
                    .append(r.scipyCovered() ? String.valueOf(r.scipyIterations()) : "").append(',')
                    .append(Tables.csv(r.banachStop())).append(',').append(Tables.csv(r.scipyStop())).append('\n');
        }
        if (!cg.isEmpty()) {
            sb.append("b,").append(Tables.csv("poisson2d N=" + grid)).append(',').append(grid * grid).append(',')
                .append(number(cg.get("banachIterations"))).append(',').append(number(cg.get("scipyIterations"))).append(',')
                .append(Tables.csv(cg.get("banachIterations") / cg.get("scipyIterations"))).append(',')
                .append(Tables.csv(cg.get("banachMs"))).append(',').append(Tables.csv(cg.get("platformMs"))).append(',')
                .append(Tables.csv(cg.get("scipyMs"))).append(',').append(Tables.csv(cgRatio())).append(',')
                .append(Tables.csv(cg.get("banachRelres"))).append(',').append(Tables.csv(cg.get("scipyRelres")))
                .append(",,,,,").append(cgStatus).append(",\n");
        }
        for (String l : summary) {
            sb.append("c,").append(Tables.csv(l.strip())).append(",,,,,,,,,,,,,,,,\n");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    static String env(String name) {
        String v = System.getenv(name);
        return v == null ? "OPENBLAS_NUM_THREADS unset" : "OPENBLAS_NUM_THREADS=" + v;
    }

    /** Processors and the 1-minute load average, for reading the timings. */
    static String host() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%d processors, load average %.2f, Java %s", os.getAvailableProcessors(),
                os.getSystemLoadAverage(), System.getProperty("java.version"));
    }
}
