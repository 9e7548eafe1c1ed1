package org.banach.plugins.games.exact;

import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.games.MatrixGame;
import org.banach.api.games.NormalFormGame;
import org.banach.plugins.games.firstorder.ZeroSumPayoffs;
import org.osgi.service.component.annotations.Component;

/**
 * The exact solution of a two-player zero-sum matrix game by linear programming (von Neumann's minimax
 * theorem as LP duality; Dantzig 1951): the column player's programme max 1ᵀw s.t. A'w ≤ 1, w ≥ 0 on the
 * payoffs mapped onto [1, 2], whose optimal multipliers are the row player's strategy, solved by the
 * dense-tableau primal simplex method of {@link GameSimplex} (slack start, Dantzig's or Bland's rule,
 * Harris's ratio test, LU reinversion every m pivots and at the end). Returns σ = (x, y), the objective
 * xᵀAy, the series {@code value-bounds} = (min_j (Aᵀx)_j, max_i (Ay)_i) — the guarantees of the two
 * strategies, which enclose the value and differ by the exploitability — and the claimed certificate
 * EXPLOITABILITY recomputed by {@link NormalFormGame#exploitability}. CONVERGED when it is at most
 * {@code tolerance}·max(1, max a − min a), NUMERICAL_ERROR otherwise or when the basis turns singular;
 * ITERATION_LIMIT after {@code maxIterations} pivots. The start profile is not used. The monitor is told
 * every pivot (objective and measure NaN; the last call carries the value and the exploitability) and
 * asked whether to stop. Each pivot costs O(m(m + n)) and random n×n games need about 4n–20n pivots:
 * measured 0.02 s at 200×200 (about 800 pivots), 1.4 s at 500×500, 14 s at 1000×1000 (22,000 pivots);
 * for low accuracy on large games a first-order solver (games.pdhg restart=adaptive) is faster.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + LinearProgramming.ID,
        SolverProperties.PROBLEM + "=" + MatrixGame.FAMILY,
        SolverProperties.REFERENCE + "=Dantzig, A proof of the equivalence of the programming problem and the game problem, in Activity Analysis of Production and Allocation (1951) 330-335; Harris, Pivot selection methods of the Devex LP code, Math. Programming 5 (1973) 1-28",
        SolverProperties.DESCRIPTION + "=exact zero-sum matrix-game solution by the simplex method on the game's linear programme and its dual" })
public final class LinearProgramming implements Solver<MatrixGame> {

    public static final String ID = "games.lp";
    /** The counter of simplex pivots, both programmes together. */
    public static final String PIVOTS = "pivot";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("maxIterations", 100_000, 1, Integer.MAX_VALUE,
                    "most simplex pivots before stopping with ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-9, 1e-15, 1e-3,
                    "simplex optimality tolerance on the payoffs scaled to [1, 2]; CONVERGED when the exploitability is"
                            + " at most tolerance * max(1, payoff range)"),
            ParameterSpec.choice("pivotRule", "dantzig", List.of("dantzig", "bland"),
                    "Dantzig's largest reduced cost (falls back to Bland's after 50 degenerate pivots in a row) or"
                            + " Bland's smallest index throughout (never cycles, many more pivots)"));

    @Override
    public Class<MatrixGame> problemType() {
        return MatrixGame.class;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Result solve(MatrixGame game, Settings settings, Monitor monitor) {
        String bad = ZeroSumPayoffs.refusal(game);
        if (bad != null) {
            return Result.failure(Status.INVALID_INPUT, ID + ": " + bad);
        }
        int m = game.rows();
        int n = game.cols();
        double[] a = game.rowPayoffs();
        int maxPivots = (int) Math.min(Integer.MAX_VALUE, settings.integer("maxIterations"));
        double tolerance = settings.real("tolerance");
        boolean bland = "bland".equals(settings.string("pivotRule"));
        double[] bounds = payoffRange(a);
        GameSimplex.Solution solution;
        try {
            solution = GameSimplex.solve(a, m, n, maxPivots, tolerance, bland, pivots -> {
                monitor.iteration(pivots, Double.NaN, Double.NaN);
                return monitor.stopRequested();
            });
        } catch (GameSimplex.PivotLimit e) {
            monitor.count(PIVOTS, maxPivots);
            return Result.failure(Status.ITERATION_LIMIT, ID + ": the game's programme needed more than " + maxPivots
                    + " simplex pivots (maxIterations); with pivotRule=bland try dantzig (fewer pivots), or for a"
                    + " game this large a first-order solver (games.pdhg restart=adaptive)");
        } catch (GameSimplex.LostAccuracy e) {
            // a game's programme is always feasible and bounded: a failure here is rounding
            return Result.failure(Status.NUMERICAL_ERROR, ID + ": the simplex method lost accuracy on this " + m + "x"
                    + n + " game (" + e.getMessage() + "); use a first-order solver (games.pdhg restart=adaptive)");
        }
        if (solution == null) {
            Status why = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
            return Result.failure(why, ID + ": stopped (" + why + ") during the simplex pivots");
        }
        monitor.count(PIVOTS, solution.pivots());
        return result(game, solution, tolerance * Math.max(1, bounds[1] - bounds[0]), monitor);
    }

    /** (min a, max a). */
    private static double[] payoffRange(double[] a) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new double[] {lo, hi};
    }

    private static Result result(MatrixGame game, GameSimplex.Solution solution, double threshold, Monitor monitor) {
        int m = game.rows();
        int n = game.cols();
        double[] sigma = new double[m + n];
        System.arraycopy(solution.x(), 0, sigma, 0, m);
        System.arraycopy(solution.y(), 0, sigma, m, n);
        double exploitability = NormalFormGame.exploitability(game, sigma);
        double[] ay = new double[m];
        double[] atx = new double[n];
        game.purePayoffs(0, sigma, ay);
        game.purePayoffs(1, sigma, atx);
        double guaranteed = Double.POSITIVE_INFINITY;
        for (double u : atx) {
            guaranteed = Math.min(guaranteed, -u);
        }
        double conceded = Double.NEGATIVE_INFINITY;
        double value = 0;
        for (int i = 0; i < m; i++) {
            conceded = Math.max(conceded, ay[i]);
            value += sigma[i] * ay[i];
        }
        value = Math.min(conceded, Math.max(guaranteed, value));
        long pivots = solution.pivots();
        monitor.iteration(pivots, value, exploitability);
        boolean ok = exploitability <= threshold;
        return Result.builder(ok ? Status.CONVERGED : Status.NUMERICAL_ERROR)
                .message(ok ? null : ID + ": the programme's strategies have exploitability " + exploitability
                        + " > " + threshold + " (value bounds " + guaranteed + ", " + conceded + ")")
                .solution(sigma).objective(value).iterations(pivots)
                .series("value-bounds", new double[] {guaranteed, conceded})
                .certificate(Certificate.of(Certificate.EXPLOITABILITY, exploitability, threshold)).build();
    }
}
