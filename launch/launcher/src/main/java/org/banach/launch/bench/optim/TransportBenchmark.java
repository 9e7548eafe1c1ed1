package org.banach.launch.bench.optim;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.banach.api.Problem;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.backend.Backend;
import org.banach.api.optim.OptimalTransport;
import org.banach.launch.bench.MinimalMonitor;
import org.banach.launch.bench.Samples;
import org.banach.launch.bench.TempFolders;
import org.banach.launch.embed.EmbeddedBanach;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The transport section of {@code banach bench-optim} ({@code --only transport} runs it alone).
 *
 * <p>(d) Sinkhorn time per iteration at ε = {@value #SPEED_EPS} on n uniform points of the unit square against
 * n (n = 1000 and 5000; quick 200 and 500), uniform marginals, squared Euclidean cost: Banach's optim.sinkhorn
 * ({@code domain=kernel}: K formed once, one fused sweep per iteration) against the textbook numpy loop
 * {@code u = a/(K@v); v = b/(K.T@u)} (transport_side.py). The same points: Banach's problem
 * {@code optim/transport/points2d} (n, n, seed) and the same recipe sent to numpy, whose cost matrix must agree
 * (sum to 1e-12 relative, corners exactly). Banach's time per iteration is a difference, (T(N2) − T(N1))/(N2 − N1)
 * of two direct solves with tolerance 0 (so that set-up and the final certificate cancel); numpy's is its timed
 * loop of N2 − N1 iterations over (N2 − N1); median of the rounds, Banach and numpy alternating.
 *
 * <p>(e) optim.sinkhorn-newton against optim.sinkhorn (auto domain) at ε = {@value #NEWTON_EPS}, n = 500 (quick
 * 200), to marginal error {@value #NEWTON_TOL}: iterations and wall time of direct solves (median after a warm-up).
 */
final class TransportBenchmark {

    static final String SECTION = "transport";
    static final String POINTS = "optim/transport/points2d";
    static final String SINKHORN = "optim.sinkhorn";
    static final String SNS = "optim.sinkhorn-newton";
    static final double SPEED_EPS = 0.05;
    static final double NEWTON_EPS = 1e-3;
    static final double NEWTON_TOL = 1e-8;
    static final long SEED = 2026;

    /** One size of (d). */
    record Speed(int n, int iterations, double banachMs, double numpyMs, double numpyError, String banachStatus) {
        double ratio() {
            return banachMs / numpyMs;
        }
    }

    /** One solver of (e). */
    record Newton(String solver, int n, long iterations, double ms, double marginalError, String status,
            Map<String, Long> counters) {
    }

    private final OptimBenchmark.Config config;
    private final PrintStream out;
    private final PrintStream err;
    private final int reps;
    final List<Speed> speed = new ArrayList<>();
    final List<Newton> newton = new ArrayList<>();
    String numpyVersion = "?";

    TransportBenchmark(OptimBenchmark.Config config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
        this.reps = config.reps > 0 ? config.reps : config.quick ? 2 : 3;
    }

    /** Measures (d) and (e), prints the tables and the summary, writes the CSV; true when everything ran. */
    boolean run() throws Exception {
        try (ScipySide numpy = ScipySide.open(config.python, config.numpyThreads, "transport_side.py")) {
            numpyVersion = numpy.call(Map.of("op", "versions")).path("numpy").asText();
            Path deploy = Files.createTempDirectory("banach-bench-transport-deploy");
            try (EmbeddedBanach banach = config.startRuntime(deploy, err)) {
                BundleContext ctx = banach.context();
                Backend cpu = BenchServices.cpuBackend(ctx);
                out.println("(d) " + SINKHORN + " (kernel domain, fused sweep) and a numpy " + numpyVersion
                        + " Sinkhorn, time per iteration at eps = " + SPEED_EPS + "; numpy BLAS threads: "
                        + (config.numpyThreads > 0 ? String.valueOf(config.numpyThreads) : "library default") + " ...");
                Solver<Problem> sinkhorn = BenchServices.solver(ctx, SINKHORN);
                for (int n : config.quick ? new int[] {200, 500} : new int[] {1000, 5000}) {
                    speed.add(speed(ctx, cpu, sinkhorn, numpy, n));
                }
                int n = config.quick ? 200 : 500;
                out.println("(e) " + SNS + " and " + SINKHORN + " at eps = " + NEWTON_EPS + ", n = " + n + ", to marginal error "
                        + NEWTON_TOL + " ...");
                OptimalTransport p = (OptimalTransport) BenchServices.problem(ctx, POINTS, params(n));
                for (String id : List.of(SNS, SINKHORN)) {
                    newton.add(newton(BenchServices.solver(ctx, id), id, p, cpu));
                }
            } finally {
                TempFolders.delete(deploy);
            }
        }
        TransportReport report = new TransportReport(speed, newton, out);
        report.print();
        List<String> summary = report.summarise();
        if (config.csv != null) {
            Path file = SECTION.equals(config.only) ? config.csv : TransportReport.sibling(config.csv);
            report.writeCsv(file, summary);
            out.println("CSV written to " + file.toAbsolutePath());
        }
        return true;
    }

    static Map<String, String> params(int n) {
        return Map.of("n", String.valueOf(n), "m", String.valueOf(n), "seed", String.valueOf(SEED));
    }

    /** (d) at size n. */
    private Speed speed(BundleContext ctx, Backend cpu, Solver<Problem> solver, ScipySide numpy, int n) throws Exception {
        OptimalTransport p = (OptimalTransport) BenchServices.problem(ctx, POINTS, params(n));
        JsonNode check = numpy.call(points(n));
        double[] c = p.cost();
        double javaSum = 0;
        for (double v : c) {
            javaSum += v;
        }
        double rel = StartCheck.relativeDifference(javaSum, check.path("sum").asDouble());
        JsonNode corner = check.path("corner");
        boolean same = rel <= 1e-12 && corner.path(0).asDouble() == c[0] && corner.path(1).asDouble() == c[n - 1]
                && corner.path(2).asDouble() == c[(n - 1) * n] && corner.path(3).asDouble() == c[n * n - 1];
        if (!same) {
            throw new IllegalStateException("the numpy side's cost matrix differs from " + POINTS + " at n = " + n
                    + " (sum " + check.path("sum") + " vs " + javaSum + ")");
        }
        int diff = (int) Math.max(60, Math.min(500, Math.round(5e8 / ((double) n * n))));
        int n1 = diff / 5;
        int n2 = n1 + diff;
        Settings s1 = settings(solver, n1);
        Settings s2 = settings(solver, n2);
        Result r = solver.solve(p, s1, new MinimalMonitor(cpu)); // warm-up
        double[] ms = new double[reps];
        double[] npMs = new double[reps];
        double npError = Double.NaN;
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            solver.solve(p, s1, new MinimalMonitor(cpu));
            long t1 = System.nanoTime();
            r = solver.solve(p, s2, new MinimalMonitor(cpu));
            long t2 = System.nanoTime();
            ms[i] = ((t2 - t1) - (t1 - t0)) / 1e6 / diff;
            JsonNode py = numpy.call(Map.of("op", "sinkhorn", "eps", SPEED_EPS, "iterations", diff));
            npMs[i] = py.path("seconds").asDouble() * 1e3 / diff;
            npError = py.path("marginalError").asDouble(Double.NaN);
        }
        out.println(String.format(java.util.Locale.ROOT, "    n = %d: %d iterations, Banach %.3f ms/it, numpy %.3f ms/it",
                n, diff, Samples.median(ms), Samples.median(npMs)));
        return new Speed(n, diff, Samples.median(ms), Samples.median(npMs), npError, String.valueOf(r.status()));
    }

    private static Settings settings(Solver<Problem> solver, int iterations) {
        return Settings.validate(solver.parameters(), Map.of("epsilon", String.valueOf(SPEED_EPS), "tolerance", "0",
                "maxIterations", String.valueOf(iterations), "domain", "kernel"), 0L);
    }

    /** The request that gives numpy the same points as {@code points2d(n, n, SEED)}: its recipe, repeated here. */
    static Map<String, Object> points(int n) {
        SplittableRandom rnd = new SplittableRandom(SEED);
        double[][] x = new double[n][2];
        double[][] y = new double[n][2];
        for (double[] q : x) {
            q[0] = rnd.nextDouble();
            q[1] = rnd.nextDouble();
        }
        for (double[] q : y) {
            q[0] = rnd.nextDouble();
            q[1] = rnd.nextDouble();
        }
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("op", "points");
        req.put("x", x);
        req.put("y", y);
        return req;
    }

    /** (e) for one solver: a warm-up, then the median wall time of {@code reps} direct solves. */
    private Newton newton(Solver<Problem> solver, String id, OptimalTransport p, Backend cpu) {
        Settings s = Settings.validate(solver.parameters(), Map.of("epsilon", String.valueOf(NEWTON_EPS), "tolerance",
                String.valueOf(NEWTON_TOL)), 0L);
        CountingMonitor warm = new CountingMonitor(cpu);
        Result r = solver.solve(p, s, warm);
        int runs = Math.min(reps, 3);
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            r = solver.solve(p, s, new MinimalMonitor(cpu));
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return new Newton(id, p.sourceSize(), r.iterations(), Samples.median(ms),
                r.certificate() == null ? Double.NaN : r.certificate().value(), String.valueOf(r.status()), warm.counters);
    }

    /** A monitor that keeps the counters (for the domain switch and the Newton figures). */
    private static final class CountingMonitor extends MinimalMonitor {
        final Map<String, Long> counters = new LinkedHashMap<>();

        CountingMonitor(Backend backend) {
            super(backend);
        }

        @Override
        public void count(String oracle, long n) {
            counters.merge(oracle, n, Long::sum);
        }
    }
}
