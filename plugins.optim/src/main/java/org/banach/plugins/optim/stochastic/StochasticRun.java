package org.banach.plugins.optim.stochastic;

import java.util.SplittableRandom;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.optim.Bounds;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.api.optim.OnlineFiniteSum;
import org.banach.plugins.optim.gradient.RunSupport;
import org.banach.plugins.optim.gradient.Vectors;

/**
 * The update loop every stochastic solver of this package shares. One iteration is one epoch: the
 * components are split into mini-batches without replacement ({@link BatchSampler}), each batch
 * gives one step of the {@link UpdateRule} with the scheduled rate α_t = α (constant) or α/√t
 * (inverse-sqrt, t the step count), and a bounded problem's iterate is projected onto its box after
 * every step. After each epoch the full gradient is evaluated, the epoch is reported with
 * {@link Monitor#iteration} and the run stops with CONVERGED once the measure — ‖∇f(x)‖₂, or for a
 * bounded problem the projected-gradient norm ‖P(x − ∇f(x)) − x‖₂ that the runtime's verifier
 * recomputes — is at most {@code tolerance}. With the full batch (batchSize 0 or ≥ N) an epoch is one
 * step that reuses that full gradient. With {@code certificate=regret} on an {@link OnlineFiniteSum}
 * the claim, and the value each epoch reports, is the average regret R_t/t from the problem's score;
 * the gradient norm still decides when to stop.
 *
 * <p>Counters: {@code f} and {@code grad} per full evaluation (what {@link Result#evaluations()}
 * reports), {@code component} += batch size per mini-batch step. A stop request (polled before every
 * step), a non-finite mini-batch value or gradient, a non-finite iterate or a non-finite full
 * gradient ends the run at the last reported (epoch) iterate, whose objective and measure are known:
 * with the stop reason, or with NUMERICAL_ERROR and a message. The state of one call.
 */
final class StochasticRun {

    static final String F = "f";
    static final String GRAD = "grad";
    static final String COMPONENT = "component";

    private final FiniteSumObjective problem;
    private final Settings settings;
    private final Monitor monitor;
    private final UpdateRule rule;
    private final Bounds bounds;
    private final int maxEpochs;
    private final double tolerance;
    private final double learningRate;
    private final boolean inverseSqrt;
    private final boolean fullBatch;
    private final BatchSampler sampler;
    private final int n;

    private double[] x;
    private double[] g;
    private double f;
    private double measure;
    private long epoch;
    private long steps;
    private long evaluations;
    private final double[] xSaved;
    private final double[] gBatch;
    private double fSaved;
    private double measureSaved;
    /** Set when a stop request is seen between two mini-batches of an epoch. */
    private boolean stopInsideEpoch;

    StochasticRun(FiniteSumObjective problem, Settings settings, Monitor monitor, UpdateRule rule) {
        this.problem = problem;
        this.settings = settings;
        this.monitor = monitor;
        this.rule = rule;
        this.bounds = problem.bounds().orElse(null);
        this.maxEpochs = settings.intValue("maxIterations");
        this.tolerance = settings.real("tolerance");
        this.learningRate = settings.real("learningRate");
        this.inverseSqrt = "inverse-sqrt".equals(settings.string("decay"));
        int components = problem.components();
        int b = settings.intValue("batchSize");
        this.fullBatch = b == 0 || b >= components;
        SplittableRandom random = "cyclic".equals(settings.string("sampling")) ? null
                : new SplittableRandom(settings.seed());
        this.sampler = fullBatch ? null : new BatchSampler(components, b, random);
        this.n = problem.dimension();
        this.xSaved = new double[n];
        this.gBatch = new double[n];
    }

    /** Runs from {@code start} (checked and, for a bounded problem, projected by the caller). */
    Result run(double[] start) {
        x = start;
        g = new double[n];
        if (!evaluate()) {
            return finish(Status.NUMERICAL_ERROR, RunSupport.nonFiniteAtStart(f, g));
        }
        monitor.iteration(0, f, traced());
        while (true) {
            if (measure <= tolerance) {
                return finish(Status.CONVERGED, null);
            }
            if (monitor.stopRequested()) {
                return stopped();
            }
            if (epoch >= maxEpochs) {
                return finish(Status.ITERATION_LIMIT, "reached maxIterations = " + maxEpochs + " epochs ("
                        + steps + " steps) with gradient norm " + measure);
            }
            save();
            String failure = fullBatch ? step(g) : miniBatchEpoch();
            if (stopInsideEpoch) {
                restore();
                return stopped();
            }
            if (failure != null) {
                restore();
                return finish(Status.NUMERICAL_ERROR, failure);
            }
            if (!evaluate()) {
                String message = "full objective or gradient is NaN/Inf after epoch " + (epoch + 1)
                        + "; returning the last finite iterate (epoch " + epoch + ")";
                restore();
                return finish(Status.NUMERICAL_ERROR, message);
            }
            epoch++;
            monitor.iteration(epoch, f, traced());
        }
    }

    private String miniBatchEpoch() {
        sampler.newEpoch();
        int batches = sampler.batches();
        for (int k = 0; k < batches; k++) {
            if (k > 0 && monitor.stopRequested()) {
                stopInsideEpoch = true;
                return null;
            }
            int[] batch = sampler.batch(k);
            double fb = problem.batchValueAndGradient(batch, x, gBatch);
            monitor.count(COMPONENT, batch.length);
            if (!Double.isFinite(fb) || !Vectors.allFinite(gBatch)) {
                return "mini-batch objective or gradient is NaN/Inf at step " + (steps + 1) + " (epoch " + (epoch + 1)
                        + "); returning the last finite epoch iterate (epoch " + epoch + ")";
            }
            String failure = step(gBatch);
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    /** One update with gradient {@code grad}, then the projection. */
    private String step(double[] grad) {
        steps++;
        double lr = inverseSqrt ? learningRate / Math.sqrt(steps) : learningRate;
        rule.apply(x, grad, steps, lr);
        if (bounds != null) {
            bounds.project(x);
        }
        if (!Vectors.allFinite(x)) {
            return "iterate became NaN/Inf at step " + steps + " (epoch " + (epoch + 1) + ", learning rate " + lr
                    + "); returning the last finite epoch iterate (epoch " + epoch + ")";
        }
        return null;
    }

    /** Full f and ∇f at x, the measure; false when not finite. */
    private boolean evaluate() {
        evaluations++;
        monitor.count(F, 1);
        monitor.count(GRAD, 1);
        f = problem.valueAndGradient(x, g);
        measure = measure(x, g);
        return Double.isFinite(f) && Vectors.allFinite(g);
    }

    private double measure(double[] at, double[] grad) {
        if (bounds == null) {
            return Vectors.norm(grad);
        }
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = at[i] - grad[i];
        }
        bounds.project(p);
        for (int i = 0; i < n; i++) {
            p[i] -= at[i];
        }
        return Vectors.norm(p);
    }

    private void save() {
        System.arraycopy(x, 0, xSaved, 0, n);
        fSaved = f;
        measureSaved = measure;
    }

    private void restore() {
        System.arraycopy(xSaved, 0, x, 0, n);
        f = fSaved;
        measure = measureSaved;
    }

    private Result stopped() {
        Status why = RunSupport.stopStatus(monitor);
        return finish(why, "stopped (" + why + ") after epoch " + epoch + " (" + steps + " steps)");
    }

    private Result finish(Status status, String message) {
        return Result.builder(status)
                .message(message)
                .solution(x)
                .objective(f)
                .iterations(epoch)
                .evaluations(evaluations)
                .certificate(claim())
                .build();
    }

    /** The gradient-norm claim, or for an online problem with certificate=regret its average regret. */
    private Certificate claim() {
        if (claimsRegret()) {
            return Certificate.of(Certificate.REGRET, averageRegret(), settings.real("regretTolerance"));
        }
        return Certificate.of(Certificate.GRADIENT_NORM, measure, tolerance);
    }

    private boolean claimsRegret() {
        return Certificate.REGRET.equals(settings.string("certificate")) && problem instanceof OnlineFiniteSum;
    }

    /** R_t / t from the online problem's score so far (NaN before the first round). */
    private double averageRegret() {
        OnlineFiniteSum online = (OnlineFiniteSum) problem;
        long rounds = online.rounds();
        return rounds == 0 ? Double.NaN : (online.cumulativeLoss() - online.bestFixedLoss()) / rounds;
    }

    /** What the trace shows: the claimed quantity (average regret, or the gradient norm that also stops the run). */
    private double traced() {
        return claimsRegret() ? averageRegret() : measure;
    }
}
