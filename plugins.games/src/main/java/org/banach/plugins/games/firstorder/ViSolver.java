package org.banach.plugins.games.firstorder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.games.StochasticVariationalInequality;
import org.banach.api.games.VariationalInequality;

/**
 * What the first-order solvers of {@link VariationalInequality} (and of its sub-types, such as
 * differentiable games) share: the parameters {@code maxIterations}, {@code tolerance} and {@code step}
 * (η) followed by the optional {@code output}, {@code nonMonotone} and {@code oracle}, {@code stepSchedule},
 * {@code stepOffset} and then the solver's own; the
 * refusal of a start of the wrong length or with non-finite entries (INVALID_INPUT); one loop that
 * measures the natural residual r(z) = ‖z − P_Z(z − F(z))‖₂ of the returned point (the trace's measure
 * and the claimed {@link Certificate#OPERATOR_RESIDUAL}, defined as the runtime defines it) and ends
 * with CONVERGED (r ≤ tolerance), ITERATION_LIMIT, the monitor's stop reason, DIVERGED (r beyond
 * {@link #DIVERGENCE_FACTOR}·r(z₀)) or NUMERICAL_ERROR (a non-finite F or iterate; the last finite
 * point is returned). Every evaluation of F by the method is counted as {@value #OPERATOR}.
 *
 * <p>{@link Feature#AVERAGE}: the method keeps the ergodic average of the points where it evaluates F
 * ({@link Step#average()}), and {@code output=average} returns, measures and claims that average
 * (projected onto Z) instead of the last iterate; F at the average is a measurement, counted apart as
 * {@value #OPERATOR_AT_AVERAGE}. {@link Feature#MONOTONE}: the method's guarantees need a monotone F, so
 * the loop checks every pair of consecutive iterates: ⟨F(z_{k+1}) − F(z_k), z_{k+1} − z_k⟩ below
 * −{@link MonotonicityCheck#COSINE}·‖ΔF‖‖Δz‖ (less a rounding allowance) is a witnessed violation;
 * {@code nonMonotone=stop} (default) then ends the run with INVALID_INPUT — the problem is outside the
 * class the method accepts, as a non-zero-sum game given to a zero-sum solver is — returning the
 * iterate reached, and {@code nonMonotone=continue} counts it as {@value #MONOTONICITY_VIOLATIONS} and
 * runs on without the guarantee.
 *
 * <p>{@link Feature#STOCHASTIC}: the method can run on the stochastic oracle of a
 * {@link StochasticVariationalInequality} and with decreasing steps, the setting of Hsieh, Iutzeler,
 * Malick &amp; Mertikopoulos (NeurIPS 2019). {@code oracle=sampled} makes every call of the method a
 * sample V̂(z) ({@link StochasticVariationalInequality#sampledOperator}, drawn from a
 * {@link SplittableRandom} seeded with {@link Settings#seed()}, so a run is reproducible), still counted
 * as {@value #OPERATOR}; a problem without such an oracle is refused with INVALID_INPUT. The residual
 * of the trace, the stop test, the claim and the monotonicity check then use the exact F at the
 * reported iterate, one extra call per iterate counted apart as {@value #RESIDUAL_OPERATOR} (a
 * measurement, not part of the method). {@code stepSchedule=decreasing} replaces the constant step η by
 * γ_k = η/(k + b), b = {@code stepOffset} ({@link StepSchedule}).
 *
 * @param <P> the problem type
 */
public abstract class ViSolver<P extends VariationalInequality> implements Solver<P> {

    /** Counter name of operator evaluations F(z). */
    public static final String OPERATOR = "operator";
    /** Counter name of the measurement evaluations F(z̄) at the ergodic average ({@code output=average}). */
    public static final String OPERATOR_AT_AVERAGE = "operator-at-average";
    /** Counter name of the exact evaluations F(z_k) that measure the residual when the method samples ({@code oracle=sampled}). */
    public static final String RESIDUAL_OPERATOR = "residual-operator";
    /** Parameter name of the step schedule ({@link Feature#STOCHASTIC}). */
    public static final String STEP_SCHEDULE = "stepSchedule";
    /** Parameter name of the offset b of the decreasing schedule η/(k + b) ({@link Feature#STOCHASTIC}). */
    public static final String STEP_OFFSET = "stepOffset";
    /** Parameter name of the oracle choice, exact or sampled ({@link Feature#STOCHASTIC}). */
    public static final String ORACLE = "oracle";
    /** Counter name of the witnessed monotonicity violations ({@code nonMonotone=continue}). */
    public static final String MONOTONICITY_VIOLATIONS = "monotonicity-violations";
    /** A run ends with DIVERGED once the residual exceeds this multiple of the starting one. */
    public static final double DIVERGENCE_FACTOR = 1e12;

    /** Optional behaviour of a method (see the class comment). */
    public enum Feature {
        /** The method keeps an ergodic average; adds the parameter {@code output}. */
        AVERAGE,
        /** The method needs a monotone operator; adds the parameter {@code nonMonotone}. */
        MONOTONE,
        /**
         * The method runs on a sampled oracle and with decreasing steps; adds the parameters
         * {@code oracle}, {@code stepSchedule} and {@code stepOffset}.
         */
        STOCHASTIC
    }

    /** One method: advances z to the next iterate and leaves F at the new z in {@code fz}. */
    public interface Step {
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

        /**
         * The ergodic average of the points where the method has evaluated F so far (not projected), or
         * null when it keeps none or has none yet ({@link Feature#AVERAGE}).
         */
        default double[] average() {
            return null;
        }
    }

    private final String id;
    private final Class<P> type;
    private final Set<Feature> features;
    private final List<ParameterSpec> parameters;

    protected ViSolver(String id, Class<P> type, double defaultStep, Set<Feature> features, ParameterSpec... own) {
        this.id = id;
        this.type = type;
        this.features = Set.copyOf(features);
        List<ParameterSpec> all = new ArrayList<>();
        all.add(ParameterSpec.integer("maxIterations", 100_000, 0, Integer.MAX_VALUE,
                "most iterations before stopping with ITERATION_LIMIT"));
        all.add(ParameterSpec.real("tolerance", 1e-8, 0, Double.MAX_VALUE,
                "stop with CONVERGED once the natural residual ||z - P(z - F(z))||_2 is at most this"));
        all.add(ParameterSpec.real("step", defaultStep, Double.MIN_NORMAL, Double.MAX_VALUE,
                "step size eta of the operator steps (at most 1/L for an L-Lipschitz F)"));
        if (features.contains(Feature.AVERAGE)) {
            all.add(ParameterSpec.choice("output", "last", List.of("last", "average"),
                    "return the last iterate, or the ergodic average of the points where F was evaluated "
                            + "(projected; its residual is measured with one extra, separately counted F call per iteration)"));
        }
        if (features.contains(Feature.MONOTONE)) {
            all.add(ParameterSpec.choice("nonMonotone", "stop", List.of("stop", "continue"),
                    "when two consecutive iterates show <F(z')-F(z), z'-z> < 0 (F not monotone, the method's "
                            + "guarantee void): stop with INVALID_INPUT, or count it and continue"));
        }
        if (features.contains(Feature.STOCHASTIC)) {
            all.add(ParameterSpec.choice(ORACLE, "exact", List.of("exact", "sampled"),
                    "operator values of the method: the exact F, or samples of the problem's stochastic oracle "
                            + "(unbiased, seeded by the run's seed; the residual is still measured with the exact F)"));
            all.add(ParameterSpec.choice(STEP_SCHEDULE, "constant", List.of("constant", "decreasing"),
                    "constant step eta, or eta/(k + stepOffset) at iteration k = 0, 1, ... (E|z_k - z*|^2 = O(1/k) "
                            + "with sampled oracles near a strongly monotone solution when eta > 1/(2 mu))"));
            all.add(ParameterSpec.real(STEP_OFFSET, 1, Double.MIN_NORMAL, Double.MAX_VALUE,
                    "offset b of the decreasing schedule eta/(k + b); eta/b is the first step"));
        }
        all.addAll(List.of(own));
        this.parameters = Collections.unmodifiableList(all);
    }

    @Override
    public final Class<P> problemType() {
        return type;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    /** The method's step for this run; {@code op} evaluates and counts F. */
    protected abstract Step step(P problem, Settings settings, Operator op, double[] z0);

    /**
     * A refusal of the problem before any work (INVALID_INPUT with this message), or null to go ahead;
     * none by default.
     */
    protected String refusal(P problem, Settings settings) {
        return null;
    }

    @Override
    public final Result solve(P problem, Settings settings, Monitor monitor) {
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
        boolean sampled = features.contains(Feature.STOCHASTIC) && "sampled".equals(settings.string(ORACLE));
        if (sampled && !(problem instanceof StochasticVariationalInequality)) {
            return Result.failure(Status.INVALID_INPUT, id + ": oracle=sampled needs a problem with a stochastic "
                    + "oracle, but " + problem.name() + " has none; use oracle=exact or a problem with a noise "
                    + "parameter (e.g. games/nonmonotone-vi, games/bilinear-game)");
        }
        String refusal = refusal(problem, settings);
        if (refusal != null) {
            return Result.failure(Status.INVALID_INPUT, id + ": " + refusal);
        }
        boolean average = features.contains(Feature.AVERAGE) && "average".equals(settings.string("output"));
        MonotonicityCheck check = features.contains(Feature.MONOTONE)
                ? new MonotonicityCheck("stop".equals(settings.string("nonMonotone")), monitor, n) : null;
        Operator op = sampled
                ? new Operator(problem, monitor, new SplittableRandom(settings.seed()))
                : new Operator(problem, monitor, null);
        return new ViRun<>(this, problem, settings, op, z, average, check).loop();
    }

    public String id() {
        return id;
    }

    /**
     * The natural residual ‖z − P(z − F(z))‖₂ from F(z) already at hand, as the runtime's
     * operator-residual verifier computes it; {@code work} (length ≥ z.length) is overwritten and
     * {@code project} is P, applied in place. Shared by every VI-type run of this bundle.
     */
    public static double naturalResidual(double[] z, double[] fz, double[] work, Consumer<double[]> project) {
        for (int i = 0; i < z.length; i++) {
            work[i] = z[i] - fz[i];
        }
        project.accept(work);
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            double d = z[i] - work[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** F(z) (or, with a sampled oracle, V̂(z)) with counting. */
    public static final class Operator {
        private final VariationalInequality problem;
        private final Monitor monitor;
        private final SplittableRandom rng;

        /** {@code rng} null: the exact F; otherwise the problem's stochastic oracle drawing from it. */
        Operator(VariationalInequality problem, Monitor monitor, SplittableRandom rng) {
            this.problem = problem;
            this.monitor = monitor;
            this.rng = rng;
        }

        /** out = F(z), or a sample V̂(z) when the oracle is sampled; counted as {@value ViSolver#OPERATOR}. */
        public void apply(double[] z, double[] out) {
            if (rng == null) {
                problem.operator(z, out);
            } else {
                ((StochasticVariationalInequality) problem).sampledOperator(z, rng, out);
            }
            monitor.count(OPERATOR, 1);
        }

        /** Whether {@link #apply} samples the stochastic oracle. */
        boolean sampled() {
            return rng != null;
        }

        /** z := P_Z(z). */
        public void project(double[] z) {
            problem.project(z);
        }

        /** The run's monitor (for a method's own counters). */
        public Monitor monitor() {
            return monitor;
        }
    }
}
