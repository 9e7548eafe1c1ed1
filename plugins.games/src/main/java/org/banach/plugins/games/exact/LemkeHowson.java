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
import org.banach.plugins.games.firstorder.ZeroSumPayoffs;
import org.banach.api.games.NormalFormGame;
import org.osgi.service.component.annotations.Component;

/**
 * One Nash equilibrium of a two-player general-sum (bimatrix) game by the Lemke–Howson algorithm (Lemke
 * &amp; Howson, Equilibrium points of bimatrix games, J. SIAM 12 (1964) 413-423) in the complementary-pivoting
 * form with two tableaux of von Stengel, Computing equilibria for two-person games, Handbook of Game Theory
 * 3 (2002) ch. 45, algorithm 3.4 with the lexicographic minimum-ratio test of section 3.5
 * ({@link LemkeHowsonPath}, {@link LabelTableau}). Zero-sum games are solved too (any equilibrium is then a
 * pair of optimal strategies). The payoffs are mapped affinely onto [1, 2] per player (the chapter only
 * asks for positive payoffs; the common scale keeps the tableau entries near 1); the parameter
 * {@code missingLabel} chooses the dropped label (0..m−1 a row, m..m+n−1 a column), and different labels
 * may end at different equilibria. Deviations from the chapter: floating-point pivoting (not integer
 * pivoting), ratios equal to 1e-11 relative counting as lexicographic ties, and the end point's values
 * recomputed from a fresh LU factorisation of the final bases (kept when its exploitability is smaller).
 * <p>
 * Returns σ = (x, y) normalised to mixed strategies, the objective xᵀAy (for a zero-sum game its value),
 * the series {@code payoffs} = (xᵀAy, xᵀBy) and the claimed EXPLOITABILITY from
 * {@link NormalFormGame#exploitability}; CONVERGED when it is at most
 * {@code tolerance}·max(1, range of A, range of B), NUMERICAL_ERROR otherwise. FAILED when the path needs
 * more than {@code maxPivots} pivots (the path can be exponentially long: Savani &amp; von Stengel 2006);
 * INVALID_INPUT for non-finite payoffs or a label out of range. The start profile is not used. The monitor
 * is told every pivot (objective and measure NaN; the last call carries xᵀAy and the exploitability) and
 * asked whether to stop. A pivot costs O((m + n)·max(m, n)); path lengths vary widely with the label:
 * measured on random bimatrix games 40–950 pivots at 50×50, 60–3,500 at 100×100 and 3,700–380,000 at
 * 200×200 (15 µs a pivot there: 0.1–6 s), with exploitability below 2e-15 throughout.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + LemkeHowson.ID,
        SolverProperties.PROBLEM + "=" + MatrixGame.FAMILY,
        SolverProperties.REFERENCE + "=Lemke and Howson, Equilibrium points of bimatrix games, J. SIAM 12 (1964) 413-423; von Stengel, Computing equilibria for two-person games, Handbook of Game Theory 3 (2002) ch. 45",
        SolverProperties.DESCRIPTION + "=one Nash equilibrium of a general-sum two-player matrix game by complementary pivoting (Lemke-Howson)" })
public final class LemkeHowson implements Solver<MatrixGame> {

    public static final String ID = "games.lemke-howson";
    /** The counter of complementary pivots, both tableaux together. */
    public static final String PIVOTS = "pivot";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("missingLabel", 0, 0, Integer.MAX_VALUE,
                    "the label dropped at the start: 0..m-1 a row strategy, m..m+n-1 a column strategy (m rows,"
                            + " n columns); different labels may reach different equilibria"),
            ParameterSpec.integer("maxPivots", 1_000_000, 1, Long.MAX_VALUE,
                    "most complementary pivots before stopping with FAILED (Lemke-Howson paths can be"
                            + " exponentially long)"),
            ParameterSpec.real("tolerance", 1e-9, 1e-15, 1e-3,
                    "CONVERGED when the exploitability of the equilibrium found is at most tolerance * max(1,"
                            + " payoff range of A, payoff range of B)"));

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
        String bad = ZeroSumPayoffs.malformed(game);
        if (bad != null) {
            return Result.failure(Status.INVALID_INPUT, ID + ": " + bad);
        }
        int m = game.rows();
        int n = game.cols();
        long label = settings.integer("missingLabel");
        if (label >= m + n) {
            return Result.failure(Status.INVALID_INPUT, ID + ": missingLabel = " + label + " but this " + m + "x" + n
                    + " game has the labels 0.." + (m + n - 1) + " (rows first, then columns)");
        }
        long maxPivots = settings.integer("maxPivots");
        LemkeHowsonPath.End end;
        try {
            end = LemkeHowsonPath.follow(game.rowPayoffs(), game.columnPayoffs(), m, n, (int) label, maxPivots,
                    pivots -> {
                        monitor.iteration(pivots, Double.NaN, Double.NaN);
                        return monitor.stopRequested();
                    });
        } catch (LemkeHowsonPath.PivotLimit e) {
            monitor.count(PIVOTS, maxPivots);
            return Result.failure(Status.FAILED, ID + ": the Lemke-Howson path of missing label " + label
                    + " did not end within " + maxPivots + " pivots (maxPivots); raise maxPivots or try another"
                    + " missingLabel");
        } catch (LabelTableau.Unbounded e) {
            return Result.failure(Status.NUMERICAL_ERROR, ID + ": pivoting lost accuracy on this " + m + "x" + n
                    + " game (" + e.getMessage() + "); try another missingLabel");
        }
        if (end == null) {
            Status why = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
            return Result.failure(why, ID + ": stopped (" + why + ") during the pivots");
        }
        monitor.count(PIVOTS, end.pivots());
        double threshold = settings.real("tolerance")
                * Math.max(1, Math.max(range(game.rowPayoffs()), range(game.columnPayoffs())));
        return result(game, end, threshold, monitor);
    }

    private static Result result(MatrixGame game, LemkeHowsonPath.End end, double threshold, Monitor monitor) {
        double[] sigma = profile(end.x(), end.y());
        double exploitability = sigma == null ? Double.NaN : NormalFormGame.exploitability(game, sigma);
        double[] refined = end.refinedX() == null ? null : profile(end.refinedX(), end.refinedY());
        if (refined != null) {
            double e = NormalFormGame.exploitability(game, refined);
            if (!(exploitability <= e)) {
                sigma = refined;
                exploitability = e;
            }
        }
        if (sigma == null) {
            return Result.failure(Status.NUMERICAL_ERROR, ID + ": the path ended at a point with a zero strategy"
                    + " (rounding); try another missingLabel");
        }
        double[] payoffs = payoffs(game, sigma);
        monitor.iteration(end.pivots(), payoffs[0], exploitability);
        boolean ok = exploitability <= threshold;
        return Result.builder(ok ? Status.CONVERGED : Status.NUMERICAL_ERROR)
                .message(ok ? null : ID + ": the equilibrium found has exploitability " + exploitability + " > "
                        + threshold + " after rounding; try another missingLabel")
                .solution(sigma).objective(payoffs[0]).iterations(end.pivots())
                .series("payoffs", payoffs)
                .certificate(Certificate.of(Certificate.EXPLOITABILITY, exploitability, threshold)).build();
    }

    /** (x/1ᵀx, y/1ᵀy), or null when a block sums to 0 or is not finite. */
    private static double[] profile(double[] x, double[] y) {
        double sx = 0;
        double sy = 0;
        for (double v : x) {
            sx += v;
        }
        for (double v : y) {
            sy += v;
        }
        if (!(sx > 0 && sy > 0 && Double.isFinite(sx) && Double.isFinite(sy))) {
            return null;
        }
        double[] sigma = new double[x.length + y.length];
        for (int i = 0; i < x.length; i++) {
            sigma[i] = x[i] / sx;
        }
        for (int j = 0; j < y.length; j++) {
            sigma[x.length + j] = y[j] / sy;
        }
        return sigma;
    }

    /** (xᵀAy, xᵀBy). */
    private static double[] payoffs(MatrixGame game, double[] sigma) {
        int m = game.rows();
        double[] ay = new double[m];
        double[] btx = new double[game.cols()];
        game.purePayoffs(0, sigma, ay);
        game.purePayoffs(1, sigma, btx);
        double u0 = 0;
        for (int i = 0; i < m; i++) {
            u0 += sigma[i] * ay[i];
        }
        double u1 = 0;
        for (int j = 0; j < btx.length; j++) {
            u1 += sigma[m + j] * btx[j];
        }
        return new double[] {u0, u1};
    }

    private static double range(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double e : v) {
            lo = Math.min(lo, e);
            hi = Math.max(hi, e);
        }
        return hi - lo;
    }
}
