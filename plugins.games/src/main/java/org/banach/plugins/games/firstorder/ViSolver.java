package org.banach.plugins.games.firstorder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.games.VariationalInequality;

/**
 * What the first-order solvers of {@link VariationalInequality} share: the parameters
 * {@code maxIterations}, {@code tolerance} and {@code step} (η) followed by the solver's own; the
 * refusal of a start of the wrong length or with non-finite entries (INVALID_INPUT); one loop that
 * measures the natural residual r(z) = ‖z − P_Z(z − F(z))‖₂ of every iterate (the trace's measure and
 * the claimed {@link Certificate#OPERATOR_RESIDUAL}, defined as the runtime defines it) and ends with
 * CONVERGED (r ≤ tolerance), ITERATION_LIMIT, the monitor's stop reason, DIVERGED (r beyond
 * {@link #DIVERGENCE_FACTOR}·r(z₀)) or NUMERICAL_ERROR (a non-finite F or iterate; the last finite
 * iterate is returned). Every evaluation of F is counted as {@code operator}.
 */
abstract class ViSolver implements Solver<VariationalInequality> {

    /** Counter name of operator evaluations F(z). */
    static final String OPERATOR = "operator";
    /** A run ends with DIVERGED once the residual exceeds this multiple of the starting one. */
    static final double DIVERGENCE_FACTOR = 1e12;

    /** One method: advances z to the next iterate and leaves F at the new z in {@code fz}. */
    interface Step {
        /**
         * @param k the index of the current iterate z = z_k
         * @param z z_k on entry, z_{k+1} on return
         * @param fz F(z_k) on entry, F(z_{k+1}) on return
         */
        void advance(long k, double[] z, double[] fz);

        /** Hook for per-iterate records (e.g. Halpern's fixed-point residual), called once per reported iterate. */
        default void record(long k, double[] z, double[] fz) {
        }

        /** Adds the records to the result (see {@link Result#series()}). */
        default void attach(Result.Builder b) {
        }
    }

    private final String id;
    private final List<ParameterSpec> parameters;

    protected ViSolver(String id, double defaultStep, ParameterSpec... own) {
        this.id = id;
        List<ParameterSpec> all = new ArrayList<>();
        all.add(ParameterSpec.integer("maxIterations", 100_000, 0, Integer.MAX_VALUE,
                "most iterations before stopping with ITERATION_LIMIT"));
        all.add(ParameterSpec.real("tolerance", 1e-8, 0, Double.MAX_VALUE,
                "stop with CONVERGED once the natural residual ||z - P(z - F(z))||_2 is at most this"));
        all.add(ParameterSpec.real("step", defaultStep, Double.MIN_NORMAL, Double.MAX_VALUE,
                "step size eta of the operator steps (at most 1/L for an L-Lipschitz F)"));
        all.addAll(List.of(own));
        this.parameters = Collections.unmodifiableList(all);
    }

    @Override
    public final Class<VariationalInequality> problemType() {
        return VariationalInequality.class;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    /** The method's step for this run; {@code op} evaluates and counts F. */
    protected abstract Step step(VariationalInequality problem, Settings settings, Operator op, double[] z0);

    @Override
    public final Result solve(VariationalInequality problem, Settings settings, Monitor monitor) {
        int n = problem.dimension();
        double[] z = problem.start();
        if (z == null || z.length != n) {
            return Result.failure(Status.INVALID_INPUT, id + ": the start point has "
                    + (z == null ? "no" : Integer.toString(z.length)) + " entries but the problem has dimension " + n);
        }
        int bad = Vectors.firstNonFinite(z);
        if (bad >= 0) {
            return Result.failure(Status.INVALID_INPUT, id + ": the start point has the non-finite entry z[" + bad
                    + "] = " + z[bad]);
        }
        return new Run(this, problem, settings, monitor, z).loop();
    }

    String id() {
        return id;
    }

    /** F(z) with counting. */
    static final class Operator {
        private final VariationalInequality problem;
        private final Monitor monitor;

        Operator(VariationalInequality problem, Monitor monitor) {
            this.problem = problem;
            this.monitor = monitor;
        }

        void apply(double[] z, double[] out) {
            problem.operator(z, out);
            monitor.count(OPERATOR, 1);
        }

        void project(double[] z) {
            problem.project(z);
        }
    }

    /** The state of one run. */
    private static final class Run {
        private final ViSolver solver;
        private final VariationalInequality problem;
        private final Monitor monitor;
        private final double[] z;
        private final double tolerance;
        private final long maxIterations;
        private final Operator op;
        private final double[] fz;
        private final double[] work;
        private final double[] lastZ;
        private final Step stepper;

        Run(ViSolver solver, VariationalInequality problem, Settings settings, Monitor monitor, double[] z) {
            this.solver = solver;
            this.problem = problem;
            this.monitor = monitor;
            this.z = z;
            this.tolerance = settings.real("tolerance");
            this.maxIterations = settings.integer("maxIterations");
            this.op = new Operator(problem, monitor);
            this.fz = new double[z.length];
            this.work = new double[z.length];
            this.lastZ = z.clone();
            op.apply(z, fz);
            this.stepper = solver.step(problem, settings, op, z.clone());
        }

        Result loop() {
            double lastR = Double.NaN;
            double r0 = Double.NaN;
            for (long k = 0;; k++) {
                double r = Vectors.firstNonFinite(z) >= 0 ? Double.NaN : naturalResidual();
                if (!Double.isFinite(r)) {
                    String what = Vectors.firstNonFinite(z) >= 0 ? "the iterate" : "F";
                    return end(Status.NUMERICAL_ERROR, what + " became non-finite at iteration " + k
                            + (k == 0 ? " (at the start point)" : "; returning iterate " + (k - 1) + ", the last finite one"),
                            lastZ, lastR, Math.max(0, k - 1));
                }
                if (k == 0) {
                    r0 = r;
                }
                System.arraycopy(z, 0, lastZ, 0, z.length);
                lastR = r;
                stepper.record(k, z, fz);
                monitor.iteration(k, Double.NaN, r);
                if (r <= tolerance) {
                    return end(Status.CONVERGED, null, z, r, k);
                }
                if (r > DIVERGENCE_FACTOR * Math.max(r0, Double.MIN_NORMAL)) {
                    return end(Status.DIVERGED, "the residual grew from " + r0 + " to " + r + " by iteration " + k
                            + "; the method diverges on this problem or the step is too large", z, r, k);
                }
                if (monitor.stopRequested()) {
                    Status why = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
                    return end(why, "stopped (" + why + ") after iteration " + k, z, r, k);
                }
                if (k >= maxIterations) {
                    return end(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations
                            + " with residual " + r, z, r, k);
                }
                stepper.advance(k, z, fz);
            }
        }

        /** ‖z − P(z − F(z))‖₂ from the current F(z), as the runtime computes it. */
        private double naturalResidual() {
            for (int i = 0; i < z.length; i++) {
                work[i] = z[i] - fz[i];
            }
            op.project(work);
            double s = 0;
            for (int i = 0; i < z.length; i++) {
                double d = z[i] - work[i];
                s += d * d;
            }
            return Math.sqrt(s);
        }

        private Result end(Status status, String message, double[] point, double r, long k) {
            Result.Builder b = Result.builder(status).message(message == null ? null : solver.id() + ": " + message)
                    .solution(point).iterations(k)
                    .certificate(Certificate.of(Certificate.OPERATOR_RESIDUAL, r, tolerance));
            stepper.attach(b);
            return b.build();
        }
    }
}
