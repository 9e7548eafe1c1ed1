package org.banach.launch.bench.optim;

import org.banach.launch.bench.MinimalMonitor;
import org.banach.launch.bench.Samples;
import org.banach.launch.bench.SideBySideConfig;
import org.banach.launch.bench.TempFolders;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.banach.api.Platform;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.backend.Backend;
import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.LinearSystem;
import org.banach.api.optim.SmoothObjective;
import org.banach.launch.embed.EmbeddedBanach;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code banach bench-optim}: Banach's optim.lbfgs against SciPy's L-BFGS-B on the shipped MGH problems
 * and chained Rosenbrock (n = 100, 1000), and optim.cg against scipy.sparse.linalg.cg on 2-D Poisson,
 * in one run, then the transport section ({@link TransportBenchmark}; alone with {@code only = transport}); prints a table of ratios (Banach / SciPy: below 1 favours Banach) and the summary lines.
 *
 * <p>Protocol. Both L-BFGS runs start at the problem's standard point, keep {@code memory} pairs and
 * stop at the same 2-norm target ‖∇f‖₂ ≤ {@code tolerance} (Banach's own test; SciPy's gtol and ftol
 * are switched off and a callback stops it at that 2-norm, using the gradient SciPy already evaluated at
 * the accepted iterate), or at {@code maxIterations}. SciPy can still end earlier on its own: with ftol = 0
 * its relative-reduction test fires when an accepted step leaves f unchanged, and a line search can fail;
 * each row records both sides' stop reasons, final f and ‖∇f‖₂, and the summary counts the problems twice,
 * over all and over those where both reached the target. Evaluations are objective(+gradient) calls: Banach's
 * Result.evaluations against SciPy's nfev. Banach's time is the median of direct Solver.solve calls through
 * the embedded framework's service after warm-up (the platform's submit+await median is reported beside
 * it); SciPy's is time.perf_counter around minimize inside Python, median of several runs. {@link SideBySideConfig#only}
 * runs one part. CG: x0 = 0,
 * both stop at ‖b − Ax‖₂/‖b‖₂ ≤ {@code cgTolerance}; the same 5-point matrix (scaled 1/h²), b = A·1.
 */
public final class OptimBenchmark {

    /**
     * What to run ({@link SideBySideConfig#only}: {@value OptimBenchmark#LBFGS_PART}, {@value OptimBenchmark#CG_PART}
     * or transport; null for all).
     */
    public static final class Config extends SideBySideConfig {
        public boolean quick;
        public double tolerance = 1e-6;
        public int maxIterations = 10_000;
        public int memory = 10;
        public double cgTolerance = 1e-8;
        /** Poisson grid size N; 0 for the default (512, quick 64). */
        public int grid;
        /** Measured repetitions per side; 0 for the default (5, quick 3). */
        public int reps;
        /** Warm-up calls of the Java side; negative for the default (3, quick 1). */
        public int warmup = -1;
        /** BLAS threads of the transport section's numpy process; 0 leaves the library's default (all cores). */
        public int numpyThreads = 1;
    }

    /** Names of the parts for {@link SideBySideConfig#only}. */
    public static final String LBFGS_PART = "lbfgs";
    public static final String CG_PART = "cg";
    public static final String TRANSPORT_PART = TransportBenchmark.SECTION;

    /** The problems of a quick run. */
    static final List<String> QUICK_MGH = List.of("optim/mgh/rosenbrock", "optim/mgh/beale", "optim/mgh/wood",
            "optim/mgh/helical-valley");

    static final String LBFGS = "optim.lbfgs";
    static final String CG = "optim.cg";
    static final String ROSENBROCK = "optim/rosenbrock";
    static final String POISSON = "optim/poisson2d";

    private final Config config;
    private final PrintStream out;
    private final PrintStream err;
    private final int reps;
    private final int warmup;
    private final int grid;

    /** Filled by {@link #run()}: the table rows, the CG figures and the summary lines. */
    final List<OptimRow> rows = new ArrayList<>();
    final Map<String, Double> cg = new LinkedHashMap<>();
    final List<String> summary = new ArrayList<>();
    int scipyCovered;

    public OptimBenchmark(Config config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
        this.reps = config.reps > 0 ? config.reps : config.quick ? 3 : 5;
        this.warmup = config.warmup >= 0 ? config.warmup : config.quick ? 1 : 3;
        this.grid = config.grid > 0 ? config.grid : config.quick ? 64 : 512;
    }

    /** One problem of part (a): the Banach id and parameters, and the key the SciPy side knows it by. */
    record Case(String label, String problemId, Map<String, String> params, String scipyKey) {
    }

    /** Runs (a), (b) and (c); true when everything ran (whatever the targets say). */
    public boolean run() throws Exception {
        if (TransportBenchmark.SECTION.equals(config.only)) {
            return new TransportBenchmark(config, out, err).run();
        }
        try (ScipySide scipy = ScipySide.open(config.python, config.scipyThreads)) {
            Path deploy = Files.createTempDirectory("banach-bench-optim-deploy");
            try (EmbeddedBanach banach = config.startRuntime(deploy, err)) {
                Platform platform = banach.platform();
                BundleContext ctx = banach.context();
                List<Case> cases = cases(platform, config.quick);
                out.println("bench-optim: " + (config.runs(LBFGS_PART) ? cases.size() + " L-BFGS problems" : "")
                        + (config.only == null ? ", " : "") + (config.runs(CG_PART) ? "CG on Poisson " + grid + "x" + grid : "")
                        + "; " + warmup + " warm-up + " + reps + " measured runs per side (CG: 1 + " + Math.min(reps, 3) + ")");
                out.println("    host: " + OptimReport.host() + "; SciPy BLAS threads: " + (config.scipyThreads > 0
                        ? String.valueOf(config.scipyThreads) : "library default (" + OptimReport.env("OPENBLAS_NUM_THREADS") + ")")
                        + "; Banach's CPU backend runs large spmv and reductions in parallel");

                Backend cpu = BenchServices.cpuBackend(ctx);
                if (config.runs(LBFGS_PART)) {
                    lbfgsPart(platform, ctx, cpu, cases, scipy);
                }
                if (config.runs(CG_PART)) {
                    out.println("(b) Banach " + CG + " and scipy.sparse.linalg.cg on Poisson " + grid + "x" + grid + " ...");
                    cg(platform, ctx, cpu, scipy);
                }
            } finally {
                TempFolders.delete(deploy);
            }
        }
        OptimReport report = new OptimReport(config, grid, rows, cg, cgStatus, out);
        report.printTable();
        summary.addAll(report.summarise());
        if (config.csv != null) {
            report.writeCsv(config.csv, summary);
            out.println("CSV written to " + config.csv.toAbsolutePath());
        }
        return !config.runs(TRANSPORT_PART) || new TransportBenchmark(config, out, err).run();
    }

    /** Every shipped MGH problem (or the quick subset), then chained Rosenbrock n = 100 (and 1000). */
    static List<Case> cases(Platform platform, boolean quick) {
        List<Case> cases = new ArrayList<>();
        for (ProblemDescriptor d : platform.problems()) {
            if (d.id().startsWith("optim/mgh/") && (!quick || QUICK_MGH.contains(d.id()))) {
                cases.add(new Case(d.id().substring("optim/".length()), d.id(), Map.of(), d.id()));
            }
        }
        for (int n : quick ? new int[] {100} : new int[] {100, 1000}) {
            cases.add(new Case("rosenbrock chained", ROSENBROCK,
                    Map.of("n", String.valueOf(n), "variant", "chained"), ROSENBROCK + "/chained/" + n));
        }
        return cases;
    }

    /** (a): the start-value check, then every problem, Banach and SciPy alternating. */
    private void lbfgsPart(Platform platform, BundleContext ctx, Backend cpu, List<Case> cases, ScipySide scipy)
            throws Exception {
        Map<String, StartCheck.StartValue> javaStart = StartCheck.javaValues(ctx, cases);
        JsonNode pyStart = scipy.startValues(cases.stream().map(Case::scipyKey).toList()).path("problems");
        List<String> agreed = StartCheck.check(cases, javaStart, pyStart, out);
        scipyCovered = agreed.size();
        JsonNode versions = scipy.call(Map.of("op", "versions"));
        out.println("(a) optim.lbfgs and SciPy " + versions.path("scipy").asText() + " L-BFGS-B (numpy "
                + versions.path("numpy").asText() + "), alternating per run ...");
        Solver<Problem> lbfgs = BenchServices.solver(ctx, LBFGS);
        Map<String, String> lset = Map.of("tolerance", String.valueOf(config.tolerance), "maxIterations",
                String.valueOf(config.maxIterations), "memory", String.valueOf(config.memory));
        for (Case c : cases) {
            rows.add(lbfgsRow(platform, ctx, lbfgs, cpu, lset, c, agreed.contains(c.scipyKey()) ? scipy : null));
        }
    }

    /**
     * Times one problem: warm-up calls of the Java solver (and one SciPy run), then {@code reps} rounds of
     * one timed direct Java call followed by one timed SciPy run, so that drift and outside load hit both
     * sides alike; then the platform path (submit + await), median of {@code reps} after warm-up.
     */
    private OptimRow lbfgsRow(Platform platform, BundleContext ctx, Solver<Problem> solver, Backend cpu,
            Map<String, String> settings, Case c, ScipySide scipy) throws Exception {
        SmoothObjective problem = (SmoothObjective) BenchServices.problem(ctx, c.problemId(), c.params());
        Settings s = Settings.validate(solver.parameters(), settings, 0L);
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("op", "lbfgs");
        req.put("key", c.scipyKey());
        req.put("tolerance", config.tolerance);
        req.put("maxIterations", config.maxIterations);
        req.put("memory", config.memory);
        double[] ms = new double[reps];
        double[] pyMs = new double[reps];
        Result r = null;
        JsonNode py = null;
        for (int i = 0; i < warmup; i++) {
            r = solver.solve(problem, s, new MinimalMonitor(cpu));
        }
        if (scipy != null && warmup > 0) {
            scipy.call(req);
        }
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            r = solver.solve(problem, s, new MinimalMonitor(cpu));
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (scipy != null) {
                py = scipy.call(req);
                pyMs[i] = py.path("seconds").asDouble() * 1e3;
            }
        }
        RunSpec spec = RunSpec.builder(LBFGS, c.problemId()).params(c.params()).settings(settings).build();
        double[] pms = new double[reps];
        Result pr = null;
        for (int i = 0; i < warmup + reps; i++) {
            long t0 = System.nanoTime();
            pr = platform.submit(spec).result().get();
            if (i >= warmup) {
                pms[i - warmup] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double[] x = r.solution();
        double gnorm = Double.NaN;
        double f = Double.NaN;
        if (x != null) {
            double[] g = new double[x.length];
            f = problem.valueAndGradient(x.clone(), g);
            gnorm = BenchServices.norm(g);
        }
        long evals = r.evaluations();
        if (pr.evaluations() != evals) {
            err.println("bench-optim: note: " + c.label() + " direct call made " + evals + " evaluations, the platform run "
                    + pr.evaluations());
        }
        boolean covered = py != null;
        String stop = r.status() == org.banach.api.Status.CONVERGED ? OptimRow.GRADIENT
                : r.status() + (r.message() == null ? "" : ": " + r.message());
        return new OptimRow(c.label(), problem.dimension(), evals, r.iterations(), stop,
                Samples.median(ms), Samples.median(pms), gnorm, f, covered,
                covered ? py.path("nfev").asLong() : 0, covered ? py.path("nit").asLong() : 0,
                covered ? Samples.median(pyMs) : Double.NaN,
                covered ? py.path("gnorm").asDouble() : Double.NaN, covered ? py.path("f").asDouble() : Double.NaN,
                covered ? py.path("stop").asText() : "");
    }

    /** (b): one Java warm-up, then {@code cgReps} rounds of a timed direct Java call and a timed SciPy run. */
    private void cg(Platform platform, BundleContext ctx, Backend cpu, ScipySide scipy) throws Exception {
        Map<String, String> params = Map.of("n", String.valueOf(grid));
        LinearSystem problem = (LinearSystem) BenchServices.problem(ctx, POISSON, params);
        Solver<Problem> solver = BenchServices.solver(ctx, CG);
        Map<String, String> settings = Map.of("tolerance", String.valueOf(config.cgTolerance), "maxIterations", "100000");
        Settings s = Settings.validate(solver.parameters(), settings, 0L);
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("op", "cg");
        req.put("N", grid);
        req.put("rtol", config.cgTolerance);
        req.put("maxIterations", 100_000);
        Result r = solver.solve(problem, s, new MinimalMonitor(cpu));
        int cgReps = Math.min(reps, 3);
        double[] ms = new double[cgReps];
        double[] pyMs = new double[cgReps];
        JsonNode py = null;
        for (int i = 0; i < cgReps; i++) {
            long t0 = System.nanoTime();
            r = solver.solve(problem, s, new MinimalMonitor(cpu));
            ms[i] = (System.nanoTime() - t0) / 1e6;
            py = scipy.call(req);
            pyMs[i] = py.path("seconds").asDouble() * 1e3;
        }
        long t0 = System.nanoTime();
        Result pr = platform.submit(RunSpec.builder(CG, POISSON).params(params).settings(settings).build()).result().get();
        double platformMs = (System.nanoTime() - t0) / 1e6;
        cg.put("unknowns", (double) problem.dimension());
        cg.put("banachMs", Samples.median(ms));
        cg.put("platformMs", platformMs);
        cg.put("banachIterations", (double) r.iterations());
        cg.put("banachRelres", relativeResidual(problem, r.solution()));
        cg.put("platformIterations", (double) pr.iterations());
        cg.put("scipyMs", Samples.median(pyMs));
        cg.put("scipyIterations", py.path("iterations").asDouble(Double.NaN));
        cg.put("scipyRelres", py.path("relres").asDouble(Double.NaN));
        cg.put("scipyInfo", py.path("info").asDouble(Double.NaN));
        cgStatus = String.valueOf(r.status());
    }

    private String cgStatus = "";

    static double relativeResidual(LinearSystem p, double[] x) {
        if (x == null) {
            return Double.NaN;
        }
        CsrMatrix a = p.matrix();
        double[] b = p.rhs();
        double[] ax = new double[a.rows()];
        a.multiply(x, ax);
        double rr = 0;
        double bb = 0;
        for (int i = 0; i < b.length; i++) {
            double d = b[i] - ax[i];
            rr += d * d;
            bb += b[i] * b[i];
        }
        return Math.sqrt(rr / bb);
    }


}
