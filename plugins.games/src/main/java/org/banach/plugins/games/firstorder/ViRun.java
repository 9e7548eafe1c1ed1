package org.banach.plugins.games.firstorder;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.games.VariationalInequality;

/** One run of a {@link ViSolver}: the loop its class comment describes. */
final class ViRun<P extends VariationalInequality> {

    private final ViSolver<P> solver;
    private final P problem;
    private final Monitor monitor;
    private final double[] z;
    private final double tolerance;
    private final long maxIterations;
    private final ViSolver.Operator op;
    private final double[] fz;
    private final double[] exactF;
    private final double[] work;
    private final double[] lastPoint;
    private final double[] averagePoint;
    private final double[] averageF;
    private final boolean average;
    private final MonotonicityCheck check;
    private final ViSolver.Step stepper;

    ViRun(ViSolver<P> solver, P problem, Settings settings, ViSolver.Operator op, double[] z, boolean average,
            MonotonicityCheck check) {
        this.solver = solver;
        this.problem = problem;
        this.monitor = op.monitor();
        this.z = z;
        this.tolerance = settings.real("tolerance");
        this.maxIterations = settings.integer("maxIterations");
        this.op = op;
        this.fz = new double[z.length];
        this.exactF = op.sampled() ? new double[z.length] : fz;
        this.work = new double[z.length];
        this.lastPoint = z.clone();
        this.averagePoint = new double[z.length];
        this.averageF = new double[z.length];
        this.average = average;
        this.check = check;
        op.apply(z, fz);
        this.stepper = solver.step(problem, settings, op, z.clone());
    }

    Result loop() {
        double lastR = Double.NaN;
        double r0 = Double.NaN;
        for (long k = 0;; k++) {
            boolean iterateBad = Vectors.firstNonFinite(z) >= 0;
            double[] avg = average && !iterateBad ? stepper.average() : null;
            double[] point = avg == null ? z : averagePoint;
            if (!iterateBad && op.sampled()) { // the method's fz is a sample: measure with the exact F
                problem.operator(z, exactF);
                monitor.count(ViSolver.RESIDUAL_OPERATOR, 1);
            }
            double r = iterateBad ? Double.NaN : avg == null ? naturalResidual(z, exactF) : averageResidual(avg);
            if (!Double.isFinite(r)) {
                String what = iterateBad ? "the iterate" : avg == null ? "F" : "F at the ergodic average";
                return end(Status.NUMERICAL_ERROR, what + " became non-finite at iteration " + k
                        + (k == 0 ? " (at the start point)" : "; returning the point of iteration " + (k - 1)
                                + ", the last finite one"), lastPoint, lastR, Math.max(0, k - 1));
            }
            if (k == 0) {
                r0 = r;
            }
            System.arraycopy(point, 0, lastPoint, 0, z.length);
            lastR = r;
            stepper.record(k, z, fz);
            monitor.iteration(k, Double.NaN, r);
            if (check != null && check.violates(k, z, exactF)) {
                return end(Status.INVALID_INPUT, check.witness() + "; " + solver.id() + " needs a monotone operator "
                        + "and its guarantee does not hold here. Use a method for non-monotone games, start closer to a "
                        + "solution where F is locally monotone, or set nonMonotone=continue to run on regardless",
                        point, r, k);
            }
            if (r <= tolerance) {
                return end(Status.CONVERGED, null, point, r, k);
            }
            if (r > ViSolver.DIVERGENCE_FACTOR * Math.max(r0, Double.MIN_NORMAL)) {
                return end(Status.DIVERGED, "the residual grew from " + r0 + " to " + r + " by iteration " + k
                        + "; the method diverges on this problem or the step is too large", point, r, k);
            }
            if (monitor.stopRequested()) {
                Status why = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
                return end(why, "stopped (" + why + ") after iteration " + k, point, r, k);
            }
            if (k >= maxIterations) {
                return end(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations
                        + " with residual " + r, point, r, k);
            }
            stepper.advance(k, z, fz);
        }
    }

    /** The projected average z̄ and its residual, F(z̄) counted as a measurement. */
    private double averageResidual(double[] avg) {
        System.arraycopy(avg, 0, averagePoint, 0, z.length);
        op.project(averagePoint);
        problem.operator(averagePoint, averageF);
        monitor.count(ViSolver.OPERATOR_AT_AVERAGE, 1);
        if (Vectors.firstNonFinite(averagePoint) >= 0 || Vectors.firstNonFinite(averageF) >= 0) {
            return Double.NaN;
        }
        return naturalResidual(averagePoint, averageF);
    }

    /** ‖x − P(x − F(x))‖₂ from F(x), as the runtime computes it. */
    private double naturalResidual(double[] x, double[] fx) {
        return ViSolver.naturalResidual(x, fx, work, op::project);
    }

    private Result end(Status status, String message, double[] point, double r, long k) {
        Result.Builder b = Result.builder(status).message(message == null ? null : solver.id() + ": " + message)
                .solution(point.clone()).iterations(k)
                .certificate(Certificate.of(Certificate.OPERATOR_RESIDUAL, r, tolerance));
        stepper.attach(b);
        return b.build();
    }
}
