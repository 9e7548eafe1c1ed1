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
 */
final class GameRun {

    private final MatrixGameSolver solver;
    private final MatrixGame game;
    private final Monitor monitor;
    private final DeviceProducts products;
    private final MatrixGameSolver.Step step;
    private final String output;
    private final double tolerance;
    private final long maxIterations;
    private final int m;
    private final int n;

    GameRun(MatrixGameSolver solver, MatrixGame game, Settings settings, Monitor monitor, DeviceProducts products,
            MatrixGameSolver.Step step) {
        this.solver = solver;
        this.game = game;
        this.monitor = monitor;
        this.products = products;
        this.step = step;
        this.output = settings.string("output");
        this.tolerance = settings.real("tolerance");
        this.maxIterations = settings.integer("maxIterations");
        this.m = game.rows();
        this.n = game.cols();
    }

    Result loop() {
        double[] z = game.start();
        double[] gx = new double[m];
        double[] gy = new double[n];
        double[] last = z.clone();
        GameAverage average = new GameAverage(m, n);
        products.both(z, gx, gy);
        for (long k = 0;; k++) {
            if (Vectors.firstNonFinite(z) >= 0 || Vectors.firstNonFinite(gx) >= 0 || Vectors.firstNonFinite(gy) >= 0) {
                return end(Status.NUMERICAL_ERROR, "the iterate or its payoffs became non-finite at iteration " + k
                        + (k == 0 ? "" : "; returning iterate " + (k - 1) + ", the last finite one"), last,
                        Math.max(0, k - 1));
            }
            System.arraycopy(z, 0, last, 0, z.length);
            double gapLast = GameAverage.gap(gx, gy);
            double gapAverage = average.empty() ? gapLast : GameAverage.gap(average.ay(), average.atx());
            boolean useAverage = !average.empty()
                    && ("average".equals(output) || ("best".equals(output) && gapAverage < gapLast));
            double[] point = useAverage ? average.point() : z;
            double gap = useAverage ? gapAverage : gapLast;
            monitor.iteration(k, dot(point, useAverage ? average.ay() : gx), gap);
            if (gap <= tolerance && exploitability(game, point) <= tolerance) {
                return end(Status.CONVERGED, null, point, k);
            }
            if (monitor.stopRequested()) {
                Status why = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
                return end(why, "stopped (" + why + ") after iteration " + k, point, k);
            }
            if (k >= maxIterations) {
                return end(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations
                        + " with exploitability " + gap, point, k);
            }
            step.advance(k, z, gx, gy, average);
        }
    }

    /** xᵀ(Ay) of z = (x, y). */
    private double dot(double[] z, double[] ay) {
        double s = 0;
        for (int i = 0; i < m; i++) {
            s += z[i] * ay[i];
        }
        return s;
    }

    private Result end(Status status, String message, double[] point, long k) {
        double value = exploitability(game, point);
        double[] ay = new double[m];
        game.purePayoffs(0, point, ay);
        return Result.builder(status).message(message == null ? null : solver.id() + ": " + message)
                .solution(point).objective(dot(point, ay)).iterations(k)
                .certificate(Certificate.of(Certificate.EXPLOITABILITY, value, tolerance)).build();
    }

    /** NashConv of the profile on the host (for a zero-sum game the duality gap). */
    static double exploitability(MatrixGame game, double[] sigma) {
        return NormalFormGame.exploitability(game, sigma);
    }
}
