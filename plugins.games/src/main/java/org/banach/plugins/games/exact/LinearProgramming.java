package org.banach.plugins.games.exact;

import java.util.List;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.TooManyIterationsException;
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
 * theorem as LP duality; Dantzig 1951): the row player's programme max v s.t. Aᵀx ≥ v·1, Σx = 1, x ≥ 0
 * and the column player's max u s.t. −Ay ≥ u·1, Σy = 1, y ≥ 0 ({@link RowLp}), each solved by the
 * two-phase simplex method of Apache Commons Math 3.6.1. Returns σ = (x, y), the objective v (the row
 * programme's value), the series {@code value-bounds} = (min_j (Aᵀx)_j, max_i (Ay)_i) — the guarantees of
 * the two strategies, which enclose the value and differ by the exploitability — and the claimed
 * certificate EXPLOITABILITY recomputed by {@link NormalFormGame#exploitability}. CONVERGED when it is at
 * most {@code tolerance}·max(1, max a − min a), NUMERICAL_ERROR otherwise; ITERATION_LIMIT when a
 * programme needs more than {@code maxIterations} pivots. The start profile is not used. The monitor is
 * polled between the two programmes (a simplex run itself cannot be interrupted). The dense tableau is
 * for small games (a known answer for tests and studies, up to a few dozen strategies): on a random
 * 200×200 game Bland's rule exceeds 10⁵ pivots and Dantzig's loses feasibility to rounding.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + LinearProgramming.ID,
        SolverProperties.PROBLEM + "=" + MatrixGame.FAMILY,
        SolverProperties.REFERENCE + "=Dantzig, A proof of the equivalence of the programming problem and the game problem, in Activity Analysis of Production and Allocation (1951) 330-335; Apache Commons Math 3.6.1 SimplexSolver",
        SolverProperties.DESCRIPTION + "=exact zero-sum matrix-game solution by the simplex method on both players' linear programmes" })
public final class LinearProgramming implements Solver<MatrixGame> {

    public static final String ID = "games.lp";
    /** The counter of simplex pivots, both programmes together. */
    public static final String PIVOTS = "pivot";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("maxIterations", 100_000, 1, Integer.MAX_VALUE,
                    "most simplex pivots per player's programme before stopping with ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-9, 1e-15, 1e-3,
                    "simplex optimality tolerance on the payoffs scaled to [1, 2]; CONVERGED when the exploitability is"
                            + " at most tolerance * max(1, payoff range)"),
            ParameterSpec.choice("pivotRule", "bland", List.of("bland", "dantzig"),
                    "Bland's rule (never cycles, e.g. on degenerate games) or Dantzig's most negative reduced cost"));

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
        RowLp.Solution row;
        RowLp.Solution column;
        try {
            row = RowLp.solve(a, m, n, maxPivots, tolerance, bland);
            monitor.count(PIVOTS, row.pivots());
            monitor.iteration(row.pivots(), row.value(), Double.NaN);
            if (monitor.stopRequested()) {
                Status why = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
                return Result.failure(why, ID + ": stopped (" + why + ") after the row player's programme");
            }
            column = RowLp.solve(RowLp.negatedTranspose(a, m, n), n, m, maxPivots, tolerance, bland);
            monitor.count(PIVOTS, column.pivots());
        } catch (TooManyIterationsException e) {
            return Result.failure(Status.ITERATION_LIMIT, ID + ": a player's programme needed more than "
                    + maxPivots + " simplex pivots (maxIterations); try pivotRule=dantzig (fewer pivots), or for a "
                    + "game this large a first-order solver (games.mirror-prox, games.pdhg)");
        } catch (MathIllegalStateException e) {
            // a game's programmes are always feasible and bounded: a failure here is the dense tableau's rounding
            return Result.failure(Status.NUMERICAL_ERROR, ID + ": the simplex method lost accuracy on this "
                    + game.rows() + "x" + game.cols() + " game (it reported: " + e.getMessage() + ", but a game's"
                    + " programmes are always feasible); games.lp's dense tableau is meant for small games, use a"
                    + " first-order solver (games.mirror-prox, games.pdhg) for large ones");
        }
        return result(game, row, column, tolerance, monitor);
    }

    private static Result result(MatrixGame game, RowLp.Solution row, RowLp.Solution column, double tolerance,
            Monitor monitor) {
        int m = game.rows();
        int n = game.cols();
        double[] sigma = new double[m + n];
        System.arraycopy(row.strategy(), 0, sigma, 0, m);
        System.arraycopy(column.strategy(), 0, sigma, m, n);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : game.rowPayoffs()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double threshold = tolerance * Math.max(1, hi - lo);
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
        for (double u : ay) {
            conceded = Math.max(conceded, u);
        }
        long pivots = (long) row.pivots() + column.pivots();
        monitor.iteration(pivots, row.value(), exploitability);
        boolean ok = exploitability <= threshold;
        return Result.builder(ok ? Status.CONVERGED : Status.NUMERICAL_ERROR)
                .message(ok ? null : ID + ": the programmes' strategies have exploitability " + exploitability
                        + " > " + threshold + " (row value " + row.value() + ", column value " + -column.value() + ")")
                .solution(sigma).objective(row.value()).iterations(pivots)
                .series("value-bounds", new double[] {guaranteed, conceded})
                .certificate(Certificate.of(Certificate.EXPLOITABILITY, exploitability, threshold)).build();
    }
}
