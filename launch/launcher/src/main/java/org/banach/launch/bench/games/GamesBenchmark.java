package org.banach.launch.bench.games;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.banach.api.Platform;
import org.banach.api.Problem;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.games.MatrixGame;
import org.banach.api.games.NormalFormGame;
import org.banach.launch.bench.MinimalMonitor;
import org.banach.launch.bench.SideBySideConfig;
import org.banach.launch.bench.TempFolders;
import org.banach.launch.bench.optim.BenchServices;
import org.banach.launch.bench.optim.ScipySide;
import org.banach.launch.embed.EmbeddedBanach;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code banach bench-games}. Section {@value #LP}: on seeded random zero-sum games (payoffs uniform in
 * [−1, 1), {@code games/random-zero-sum}) of each size n × n, the time for Banach's best first-order
 * solver ({@value #SOLVER} with {@code restart=adaptive}) to reach exploitability ≤ {@code tolerance}
 * against {@code scipy.optimize.linprog(method="highs")} on the row player's linear programme of the same
 * matrix (written once to a raw little-endian file the Python side reads; only linprog is timed). Banach's
 * figure is one direct Solver.solve through the embedded framework's service after a JIT warm-up on a
 * small game, with one Platform.submit run of the same spec timed beside it; the exploitability is
 * recomputed by {@link NormalFormGame#exploitability}, and SciPy's value must equal Banach's xᵀAy to the
 * tolerance (both lie within the tolerance of the game's value). Section {@value #CALLS}:
 * {@link CallsSection}.
 */
public final class GamesBenchmark {

    /** What to run ({@link SideBySideConfig#only}: {@value GamesBenchmark#LP} or {@value GamesBenchmark#CALLS}; null for both). */
    public static final class Config extends SideBySideConfig {
        public List<Integer> sizes = List.of(200, 1000, 2000);
        public List<Integer> callSizes = List.of(100, 1000);
        public double tolerance = 1e-6;
        public long seed = 1;
    }

    public static final String LP = "lp";
    public static final String CALLS = "calls";
    static final String SOLVER = "games.pdhg";
    static final String GAME = "games/random-zero-sum";
    static final String MISSING = "bench-games lp needs python3 with numpy and SciPy";

    private final Config config;
    private final PrintStream out;
    private final PrintStream err;
    /** Filled by the lp section. */
    final List<GamesRow> rows = new ArrayList<>();

    public GamesBenchmark(Config config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
    }

    /** Runs the chosen sections; true when all ran (whatever the targets say). */
    public boolean run() throws Exception {
        boolean lpReady = !config.runs(LP) || ScipySide.available(config.python);
        if (!lpReady) {
            err.println("error: " + MISSING + " ('" + config.python + " -c \"import numpy, scipy\"' failed; install"
                    + " them, e.g. 'pip install numpy scipy', or point --python)");
            if (LP.equals(config.only)) {
                return false;
            }
        }
        Path deploy = Files.createTempDirectory("banach-bench-games-deploy");
        boolean ok = lpReady;
        try (EmbeddedBanach banach = config.startRuntime(deploy, err)) {
            if (config.runs(LP) && lpReady) {
                ok &= lp(banach.platform(), banach.context());
            }
            if (config.runs(CALLS)) {
                ok &= new CallsSection(config, out).run(banach.platform());
            }
        } finally {
            TempFolders.delete(deploy);
        }
        return ok;
    }

    private Map<String, String> settings() {
        return Map.of("restart", "adaptive", "tolerance", String.valueOf(config.tolerance), "maxIterations", "10000000");
    }

    private boolean lp(Platform platform, BundleContext ctx) throws Exception {
        Solver<Problem> solver = BenchServices.solver(ctx, SOLVER);
        Settings s = Settings.validate(solver.parameters(), settings(), 0L);
        org.banach.api.backend.Backend cpu = BenchServices.cpuBackend(ctx);
        Path folder = Files.createTempDirectory("banach-bench-games");
        try (ScipySide scipy = ScipySide.open(config.python, config.scipyThreads, GamesBenchmark.class, "games_side.py")) {
            JsonNode versions = scipy.call(Map.of("op", "versions"));
            out.println("bench-games lp: " + SOLVER + " restart=adaptive vs scipy.optimize.linprog(method=\"highs\") (SciPy "
                    + versions.path("scipy").asText() + ", numpy " + versions.path("numpy").asText() + "), random zero-sum"
                    + " games n x n, n = " + config.sizes + ", seed " + config.seed + ", to exploitability "
                    + config.tolerance);
            out.println("    host: " + Runtime.getRuntime().availableProcessors() + " cores; SciPy BLAS threads: "
                    + (config.scipyThreads > 0 ? String.valueOf(config.scipyThreads) : "library default"));
            solver.solve(problem(ctx, 100), s, new MinimalMonitor(cpu)); // JIT warm-up
            for (int n : config.sizes) {
                rows.add(size(platform, ctx, solver, s, cpu, scipy, folder, n));
            }
        } finally {
            TempFolders.delete(folder);
        }
        GamesReport report = new GamesReport(config, rows, out);
        report.printTable();
        if (config.csv != null) {
            report.writeCsv(config.csv);
            out.println("CSV written to " + config.csv.toAbsolutePath());
        }
        return true;
    }

    private MatrixGame problem(BundleContext ctx, int n) throws Exception {
        return (MatrixGame) BenchServices.problem(ctx, GAME, params(n));
    }

    private Map<String, String> params(int n) {
        return Map.of("rows", String.valueOf(n), "cols", String.valueOf(n), "seed", String.valueOf(config.seed));
    }

    private GamesRow size(Platform platform, BundleContext ctx, Solver<Problem> solver, Settings s,
            org.banach.api.backend.Backend cpu, ScipySide scipy, Path folder, int n) throws Exception {
        MatrixGame game = problem(ctx, n);
        out.printf("  n = %d: %s ...%n", n, SOLVER);
        long t0 = System.nanoTime();
        Result r = solver.solve(game, s, new MinimalMonitor(cpu));
        double seconds = (System.nanoTime() - t0) / 1e9;
        double exploitability = r.solution() == null ? Double.NaN : NormalFormGame.exploitability(game, r.solution());
        out.printf("  n = %d: %s %s in %.2f s, %d iterations, exploitability %.2e; the same through Platform.submit ...%n",
                n, SOLVER, r.status(), seconds, r.iterations(), exploitability);
        t0 = System.nanoTime();
        Result pr = platform.submit(RunSpec.builder(SOLVER, GAME).params(params(n)).settings(settings()).build())
                .result().get();
        double platformSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf("  n = %d: platform run %s in %.2f s; scipy linprog(highs) ...%n", n, pr.status(), platformSeconds);
        Path file = folder.resolve("game-" + n + ".f64");
        write(game.rowPayoffs(), file);
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("op", "lp");
        req.put("path", file.toString());
        req.put("m", game.rows());
        req.put("n", game.cols());
        JsonNode py = scipy.call(req);
        Files.deleteIfExists(file);
        double pySeconds = py.path("seconds").asDouble(Double.NaN);
        boolean pyOk = py.path("status").asInt(-1) == 0;
        out.printf("  n = %d: scipy %s in %.2f s%n", n, pyOk ? "optimal" : "failed: " + py.path("message").asText(),
                pySeconds);
        return new GamesRow(n, r.status().toString(), r.iterations(), seconds, platformSeconds, exploitability,
                r.objective(), pyOk ? "optimal" : "status " + py.path("status").asInt(-1), pySeconds,
                py.path("iterations").asLong(-1), py.path("exploitability").asDouble(Double.NaN),
                pyOk ? py.path("value").asDouble() : Double.NaN, config.tolerance);
    }

    /** The payoffs as m·n little-endian doubles, row-major (what {@code numpy.fromfile(dtype="<f8")} reads). */
    static void write(double[] a, Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(8 * a.length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(a);
        Files.write(file, bytes.array());
    }
}
