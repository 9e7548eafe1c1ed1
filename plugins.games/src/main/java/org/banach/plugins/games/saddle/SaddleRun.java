package org.banach.plugins.games.saddle;

import java.util.ArrayList;
import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.games.SaddlePoint;

/**
 * One run of a {@link SaddleSolver}. Every {@code checkEvery} iterations (and at iteration 0, at the
 * limit and when the monitor asks to stop) it evaluates on the host the certified relative KKT error
 * {@link SaddlePoint#relativeGap} of the last iterate and of the ergodic average, traces the one the
 * {@code output} setting returns (for {@code best}: the smaller) with the primal objective p(x) of that
 * point, and stops with CONVERGED once that error is at most the tolerance, ITERATION_LIMIT, the
 * monitor's stop reason, or NUMERICAL_ERROR when the iterate became non-finite (the last checked finite
 * point is returned). The claim is that same host figure ({@code duality-gap}), which is what the
 * runtime's verifier recomputes. Series: {@code check-iteration}, {@code gap-last}, {@code gap-average}
 * (NaN before the first average) at each check.
 */
final class SaddleRun {

    private final SaddleSolver solver;
    private final SaddlePoint problem;
    private final Monitor monitor;
    private final SaddleSolver.Method method;
    private final String output;
    private final double tolerance;
    private final long maxIterations;
    private final long checkEvery;
    private final int n;
    private final int m;
    private final List<double[]> checks = new ArrayList<>();

    SaddleRun(SaddleSolver solver, SaddlePoint problem, Settings settings, Monitor monitor, SaddleSolver.Method method) {
        this.solver = solver;
        this.problem = problem;
        this.monitor = monitor;
        this.method = method;
        this.output = settings.string("output");
        this.tolerance = settings.real("tolerance");
        this.maxIterations = settings.integer("maxIterations");
        this.checkEvery = settings.integer("checkEvery");
        this.n = problem.primalDimension();
        this.m = problem.dualDimension();
    }

    Result loop() {
        double[] z = problem.start();
        double[] x = java.util.Arrays.copyOfRange(z, 0, n);
        double[] y = java.util.Arrays.copyOfRange(z, n, n + m);
        SaddleAverage average = new SaddleAverage(n, m);
        double[] checked = z.clone();
        long checkedAt = 0;
        for (long k = 0;; k++) {
            boolean limit = k >= maxIterations;
            boolean stop = !limit && monitor.stopRequested();
            if (limit || stop || k % checkEvery == 0) {
                double[] last = concat(x, y);
                if (firstNonFinite(last) >= 0) {
                    return end(Status.NUMERICAL_ERROR, "the iterate became non-finite by iteration " + k
                            + "; returning the point checked at iteration " + checkedAt, checked, checkedAt);
                }
                double gapLast = SaddlePoint.relativeGap(problem, last);
                double[] mean = average.empty() ? null : average.point();
                double gapAverage = mean == null ? Double.NaN : SaddlePoint.relativeGap(problem, mean);
                boolean useAverage = mean != null
                        && ("average".equals(output) || ("best".equals(output) && gapAverage < gapLast));
                double[] point = useAverage ? mean : last;
                double gap = useAverage ? gapAverage : gapLast;
                checks.add(new double[] {k, gapLast, gapAverage});
                if (Double.isNaN(gap)) {
                    return end(Status.NUMERICAL_ERROR, "the relative KKT error became NaN at iteration " + k
                            + "; returning the point checked at iteration " + checkedAt, checked, checkedAt);
                }
                checked = point;
                checkedAt = k;
                monitor.iteration(k, problem.primalObjective(java.util.Arrays.copyOf(point, n)), gap);
                if (gap <= tolerance) {
                    return end(Status.CONVERGED, null, point, k);
                }
                if (stop) {
                    Status why = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
                    return end(why, "stopped (" + why + ") after iteration " + k, point, k);
                }
                if (limit) {
                    return end(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations
                            + " with relative KKT error " + gap, point, k);
                }
            }
            method.advance(k, x, y, average);
        }
    }

    private Result end(Status status, String message, double[] point, long k) {
        double gap = SaddlePoint.relativeGap(problem, point);
        double[] iterations = new double[checks.size()];
        double[] last = new double[checks.size()];
        double[] mean = new double[checks.size()];
        for (int i = 0; i < checks.size(); i++) {
            iterations[i] = checks.get(i)[0];
            last[i] = checks.get(i)[1];
            mean[i] = checks.get(i)[2];
        }
        return Result.builder(status).message(message == null ? null : solver.id() + ": " + message)
                .solution(point).objective(problem.primalObjective(java.util.Arrays.copyOf(point, n))).iterations(k)
                .series("check-iteration", iterations).series("gap-last", last).series("gap-average", mean)
                .certificate(Certificate.of(Certificate.DUALITY_GAP, gap, tolerance)).build();
    }

    private static double[] concat(double[] x, double[] y) {
        double[] z = new double[x.length + y.length];
        System.arraycopy(x, 0, z, 0, x.length);
        System.arraycopy(y, 0, z, x.length, y.length);
        return z;
    }

    private static int firstNonFinite(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                return i;
            }
        }
        return -1;
    }
}
