package org.banach.plugins.games.firstorder;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.games.MatrixGame;
import org.banach.api.games.NormalFormGame;

/**
 * One run of a {@link MatrixGameSolver}: every iteration it measures the duality gap of the last
 * iterate (from the products the step computed anyway) and of the ergodic average (from the averaged
 * products), traces the one the {@code output} setting returns (for {@code best}: the smaller) and the
 * row player's payoff xᵀAy of that point as the objective, and stops with CONVERGED once that gap is at
 * most the tolerance — after recomputing it on the host through {@link MatrixGame#purePayoffs}, as the
 * runtime's verifier will — ITERATION_LIMIT, the monitor's stop reason, or NUMERICAL_ERROR (the last
 * finite iterate is returned). The claimed certificate is that host recomputation (exploitability).
 * The state lives in a {@link GameIterate}: the run reads scalars from it every iteration and a point
 * only when it returns one or checks convergence on the host.
 */
final class GameRun {

    private final MatrixGameSolver solver;
    private final MatrixGame game;
    private final Monitor monitor;
    private final GameIterate iterate;
    private final String output;
    private final double tolerance;
    private final long maxIterations;

    GameRun(MatrixGameSolver solver, MatrixGame game, Settings settings, Monitor monitor, GameIterate iterate) {
        this.solver = solver;
        this.game = game;
        this.monitor = monitor;
        this.iterate = iterate;
        this.output = settings.string("output");
        this.tolerance = settings.real("tolerance");
        this.maxIterations = settings.integer("maxIterations");
    }

    Result loop() {
        for (long k = 0;; k++) {
            if (!iterate.finite()) {
                return end(Status.NUMERICAL_ERROR, "the iterate or its payoffs became non-finite at iteration " + k
                        + (k == 0 ? "" : "; returning iterate " + (k - 1) + ", the last finite one"),
                        iterate.lastFinite(), Math.max(0, k - 1));
            }
            double gap = iterate.gap();
            boolean useAverage = false;
            if (iterate.averaged() && !"last".equals(output)) {
                double gapAverage = iterate.averageGap();
                useAverage = "average".equals(output) || gapAverage < gap;
                gap = useAverage ? gapAverage : gap;
            }
            monitor.iteration(k, iterate.payoff(useAverage), gap);
            if (gap <= tolerance) {
                double[] point = iterate.point(useAverage);
                if (exploitability(game, point) <= tolerance) {
                    return end(Status.CONVERGED, null, point, k);
                }
            }
            if (monitor.stopRequested()) {
                Status why = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
                return end(why, "stopped (" + why + ") after iteration " + k, iterate.point(useAverage), k);
            }
            if (k >= maxIterations) {
                return end(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations
                        + " with exploitability " + gap, iterate.point(useAverage), k);
            }
            iterate.advance(k);
        }
    }

    private Result end(Status status, String message, double[] point, long k) {
        double value = exploitability(game, point);
        double[] ay = new double[game.rows()];
        game.purePayoffs(0, point, ay);
        double payoff = 0;
        for (int i = 0; i < ay.length; i++) {
            payoff += point[i] * ay[i];
        }
        return Result.builder(status).message(message == null ? null : solver.id() + ": " + message)
                .solution(point).objective(payoff).iterations(k)
                .certificate(Certificate.of(Certificate.EXPLOITABILITY, value, tolerance)).build();
    }

    /** NashConv of the profile on the host (for a zero-sum game the duality gap). */
    static double exploitability(MatrixGame game, double[] sigma) {
        return NormalFormGame.exploitability(game, sigma);
    }
}
