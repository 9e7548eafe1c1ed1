package org.banach.plugins.games.smallgain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.games.DifferentiableGame;
import org.banach.plugins.games.firstorder.ViSolver;
import org.osgi.service.component.annotations.Component;

/**
 * Small-Gain Nash (V. Sharma, "Small-Gain Nash: Certified Contraction to Nash Equilibria in
 * Differentiable Games", arXiv:2512.06791, 2025): the offline certification pipeline, then the certified
 * dynamics.
 * <ol>
 * <li>Estimate on a region ({@link SmallGainBounds}): the region is sampled at the start z₀ and at
 * z₀ ± ρu₁, z₀ ± ρu₂ (ρ = {@code radius}, u₁ = (1, …, 1)/√d, u₂ = (1, −1, 1, …)/√d); at each point the
 * dense Jacobian (d Jacobian-vector products), own-block curvature μᵢ = λ_min(sym J_ii), cross couplings
 * Lᵢⱼ = ‖J_ij‖₂ (worst over the samples).</li>
 * <li>Choose block weights w maximising the SGN margin α(w) = λ_min(M(w)) of the small-gain matrix (two
 * players: w = (1, L₁₂/L₂₁) in closed form; the message also gives the certified timescale band of
 * ratios w₂/w₁ with α &gt; 0).</li>
 * <li>The metric ‖z‖_w = √(Σᵢ wᵢ‖zᵢ‖²), written {@code weighted-l2[w1,w2,...]} (the weights in player
 * order, Java's shortest round-trip decimal form), the weighted Lipschitz constant L_w, and the certified
 * rate and safe step of projected Euler or RK4 ({@link SmallGainSteps}).</li>
 * <li>Integrate ż = −F(z) with the step {@code step} (0: the certified rate-optimal step) until the natural
 * residual ‖z − P(z − F(z))‖₂ ≤ {@code tolerance}.</li>
 * </ol>
 * Claim: {@link Certificate#contraction} with the certified rate q(η) of the step used (a bound on
 * ‖T(z) − T(z')‖_w/‖z − z'‖_w for the step map T wherever the sampled bounds hold), recomputed after the
 * run for the chosen weights on the five samples plus the returned point (the region the runtime's
 * {@code GameContractionVerifier} uses, so a trajectory that ends where the bounds are worse is caught), tolerance
 * {@code maxRate}, the metric above and the safe step; it holds when q &lt; 1 and q ≤ maxRate. A step above
 * the safe step still runs but its rate is ≥ 1 (not certified) and the message names the safe step.
 * Records (series): {@code step-length}, ‖z_{k+1} − z_k‖_w for every step k (the verifier checks that
 * successive ratios stay below the rate), and {@code step-size} = [η]. Counters: {@code operator},
 * {@code jacobian-vector}. Deviations: the curvature and coupling bounds are sampled on five points, not
 * enclosed; RK4's constants are our own bound; no mirror/Fisher geometry (the paper's extension to
 * entropy-regularised Markov games).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + SmallGainNash.ID,
        SolverProperties.PROBLEM + "=" + DifferentiableGame.FAMILY,
        SolverProperties.REFERENCE + "=Sharma, Small-Gain Nash: Certified Contraction to Nash Equilibria in Differentiable Games, arXiv:2512.06791 (2025)",
        SolverProperties.DESCRIPTION + "=block small-gain certificate (weighted metric, rate, safe step) and the certified projected Euler / RK4 flow" })
public final class SmallGainNash implements Solver<DifferentiableGame> {

    public static final String ID = "games.small-gain-nash";
    /** Counter names. */
    static final String OPERATOR = "operator";
    static final String JACOBIAN_VECTOR = "jacobian-vector";
    /** Series names. */
    public static final String STEP_LENGTH = "step-length";
    public static final String STEP_SIZE = "step-size";
    /** Largest dimension d accepted: the certificate works with dense d×d Jacobians. */
    static final int MAX_DIMENSION = 200;
    /** A run ends with DIVERGED once the residual exceeds this multiple of the starting one. */
    static final double DIVERGENCE_FACTOR = 1e12;

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("maxIterations", 100_000, 0, Integer.MAX_VALUE,
                    "most steps before stopping with ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-8, 0, Double.MAX_VALUE,
                    "stop with CONVERGED once the natural residual ||z - P(z - F(z))||_2 is at most this"),
            ParameterSpec.real("step", 0.0, 0, Double.MAX_VALUE,
                    "step size eta; 0 = the certified step (smallest certified rate); above the safe step the run is not certified"),
            ParameterSpec.choice("integrator", SmallGainSteps.EULER, List.of(SmallGainSteps.EULER, SmallGainSteps.RK4),
                    "discretisation of dz/dt = -F(z): projected Euler or RK4 (projection after the RK4 update)"),
            ParameterSpec.real("radius", 1.0, 0, Double.MAX_VALUE,
                    "radius of the region around the start where curvature and couplings are sampled"),
            ParameterSpec.real("maxRate", 1.0, 0, 1.0,
                    "the contraction claim holds when the certified rate is below 1 and at most this"));

    @Override
    public Class<DifferentiableGame> problemType() {
        return DifferentiableGame.class;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Result solve(DifferentiableGame game, Settings settings, Monitor monitor) {
        int d = game.dimension();
        double[] z = game.start();
        if (z == null || z.length != d) {
            return Result.failure(Status.INVALID_INPUT, ID + ": the start point has "
                    + (z == null ? "no" : Integer.toString(z.length)) + " entries but the game has dimension " + d);
        }
        for (int i = 0; i < d; i++) {
            if (!Double.isFinite(z[i])) {
                return Result.failure(Status.INVALID_INPUT, ID + ": the start point has the non-finite entry z[" + i
                        + "] = " + z[i]);
            }
        }
        if (d > MAX_DIMENSION) {
            return Result.failure(Status.INVALID_INPUT, ID + ": the game has " + d + " coordinates; the certificate assembles "
                    + "dense Jacobians and their spectra (O(d^3) each), so this solver takes at most " + MAX_DIMENSION);
        }
        String integrator = settings.string("integrator");
        List<double[]> samples = regionSamples(z, settings.real("radius"));
        SmallGainBounds bounds = new SmallGainBounds(game, samples);
        monitor.count(JACOBIAN_VECTOR, bounds.products());
        double[] w = bounds.bestWeights();
        double alpha = bounds.margin(w);
        double lw = bounds.weightedLipschitz(w);
        if (!Double.isFinite(alpha) || !Double.isFinite(lw)) {
            return Result.failure(Status.NUMERICAL_ERROR, ID + ": the Jacobian is not finite on the sampled region");
        }
        double safe = SmallGainSteps.safeStep(integrator, alpha, lw);
        double given = settings.real("step");
        if (given == 0 && !(alpha > 0)) {
            return Result.builder(Status.FAILED).message(ID + ": the small-gain condition fails on the sampled region ("
                    + figures(game, bounds, w, alpha, lw) + "), so no step is certified; give step=... to run uncertified")
                    .solution(z).certificate(Certificate.contraction(Double.NaN, settings.real("maxRate"), metric(w), 0))
                    .build();
        }
        double eta = given > 0 ? given : SmallGainSteps.bestStep(integrator, alpha, lw);
        Result run = new Run(game, settings, monitor, integrator, eta, w).loop(z);
        return certify(game, settings, monitor, run, samples, w, eta);
    }

    /**
     * The claim, computed after the run on the sampled region plus the returned point (the verifier's
     * region), for the weights chosen before the run and the step used.
     */
    private static Result certify(DifferentiableGame game, Settings settings, Monitor monitor, Result run,
            List<double[]> samples, double[] w, double eta) {
        String integrator = settings.string("integrator");
        List<double[]> region = new ArrayList<>(samples);
        boolean finite = java.util.Arrays.stream(run.solution()).allMatch(Double::isFinite);
        if (finite) {
            region.add(run.solution());
        }
        SmallGainBounds bounds = new SmallGainBounds(game, region);
        monitor.count(JACOBIAN_VECTOR, bounds.products());
        double alpha = bounds.margin(w);
        double lw = bounds.weightedLipschitz(w);
        double safe = SmallGainSteps.safeStep(integrator, alpha, lw);
        double rate = SmallGainSteps.rate(integrator, alpha, lw, eta);
        Certificate claim = Certificate.contraction(rate, settings.real("maxRate"), metric(w), safe);
        String summary = String.format(Locale.ROOT, "%s; metric %s, %s step %.6g, certified rate %.8f, safe step %.6g",
                figures(game, bounds, w, alpha, lw), metric(w), integrator, eta, rate, safe);
        if (!(rate < 1)) {
            summary = String.format(Locale.ROOT, "step %.6g exceeds the certified safe step %.6g: the rate bound %.6g is not "
                    + "below 1, so this run is NOT certified; ", eta, safe, rate) + summary;
        }
        String why = run.message();
        return run.toBuilder().message(ID + ": " + (why == null ? "" : why + "; ") + summary).certificate(claim).build();
    }

    /** z₀, z₀ ± ρu₁, z₀ ± ρu₂ (one direction only when d = 1). */
    static List<double[]> regionSamples(double[] z0, double radius) {
        int d = z0.length;
        List<double[]> points = new ArrayList<>();
        points.add(z0.clone());
        for (int dir = 0; dir < (d == 1 ? 1 : 2); dir++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                double[] p = z0.clone();
                for (int i = 0; i < d; i++) {
                    double u = (dir == 1 && i % 2 == 1 ? -1.0 : 1.0) / Math.sqrt(d);
                    p[i] += sign * radius * u;
                }
                points.add(p);
            }
        }
        return points;
    }

    /** {@code weighted-l2[w1,w2,...]}. */
    public static String metric(double[] w) {
        StringBuilder s = new StringBuilder("weighted-l2[");
        for (int p = 0; p < w.length; p++) {
            s.append(p == 0 ? "" : ",").append(Double.toString(w[p]));
        }
        return s.append(']').toString();
    }

    private static String figures(DifferentiableGame game, SmallGainBounds bounds, double[] w, double alpha, double lw) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Euclidean lambda_min(sym J)=%.6g%s; ",
                bounds.euclideanMonotonicity(), bounds.euclideanMonotonicity() > 0 ? "" : " (not monotone)"));
        for (int p = 0; p < game.players(); p++) {
            s.append(String.format(Locale.ROOT, "mu%d=%.6g ", p + 1, bounds.mu(p)));
        }
        if (game.players() == 2) {
            s.append(String.format(Locale.ROOT, "L12=%.6g L21=%.6g small-gain product L12*L21/(mu1*mu2)=%.6g ",
                    bounds.coupling(0, 1), bounds.coupling(1, 0),
                    bounds.coupling(0, 1) * bounds.coupling(1, 0) / (bounds.mu(0) * bounds.mu(1))));
            double[] band = bounds.timescaleBand();
            if (band != null) {
                s.append(String.format(Locale.ROOT, "timescale band w2/w1 in (%.6g, %.6g) ", band[0], band[1]));
            }
        }
        return s.append(String.format(Locale.ROOT, "SGN margin %.6g, weighted Lipschitz %.6g", alpha, lw)).toString();
    }

    /** One integration run. */
    private static final class Run {
        private final DifferentiableGame game;
        private final Monitor monitor;
        private final String integrator;
        private final double eta;
        private final double[] scale;
        private final double tolerance;
        private final long maxIterations;

        Run(DifferentiableGame game, Settings settings, Monitor monitor, String integrator, double eta, double[] w) {
            this.game = game;
            this.monitor = monitor;
            this.integrator = integrator;
            this.eta = eta;
            this.tolerance = settings.real("tolerance");
            this.maxIterations = settings.integer("maxIterations");
            this.scale = new double[game.dimension()];
            for (int p = 0; p < game.players(); p++) {
                for (int i = game.blockStart(p); i < game.blockStart(p) + game.blockSize(p); i++) {
                    scale[i] = w[p];
                }
            }
        }

        Result loop(double[] z) {
            int d = z.length;
            double[] fz = new double[d];
            double[] next = new double[d];
            double[] work = new double[d];
            double[] lengths = new double[16];
            double[] last = z.clone();
            apply(z, fz);
            double r0 = Double.NaN;
            for (long k = 0;; k++) {
                double r = residual(z, fz, work);
                if (!Double.isFinite(r)) {
                    return end(Status.NUMERICAL_ERROR, "F or the iterate became non-finite at step " + k
                            + (k == 0 ? " (at the start)" : "; returning step " + (k - 1) + ", the last finite iterate"),
                            last, Math.max(0, k - 1), lengths);
                }
                if (k == 0) {
                    r0 = r;
                }
                monitor.iteration(k, Double.NaN, r);
                if (r <= tolerance) {
                    return end(Status.CONVERGED, null, z, k, lengths);
                }
                if (r > DIVERGENCE_FACTOR * Math.max(r0, Double.MIN_NORMAL)) {
                    return end(Status.DIVERGED, "the residual grew from " + r0 + " to " + r + " by step " + k, z, k,
                            lengths);
                }
                if (monitor.stopRequested()) {
                    Status why = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
                    return end(why, "stopped (" + why + ") after step " + k, z, k, lengths);
                }
                if (k >= maxIterations) {
                    return end(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations + " with residual " + r,
                            z, k, lengths);
                }
                System.arraycopy(z, 0, last, 0, d);
                advance(z, fz, next, work);
                if ((int) k == lengths.length) {
                    lengths = java.util.Arrays.copyOf(lengths, 2 * lengths.length);
                }
                lengths[(int) k] = weightedDistance(next, z);
                System.arraycopy(next, 0, z, 0, d);
                apply(z, fz);
            }
        }

        /** next = P(z − ηF(z)) (Euler) or P(z − ηΦ(z)) (RK4); fz = F(z) on entry. */
        private void advance(double[] z, double[] fz, double[] next, double[] work) {
            int d = z.length;
            if (SmallGainSteps.RK4.equals(integrator)) {
                double[] inc = fz.clone();
                double[] k = fz.clone();
                double[][] stages = {{0.5, 2}, {0.5, 2}, {1.0, 1}};
                for (double[] stage : stages) {
                    for (int i = 0; i < d; i++) {
                        work[i] = z[i] - stage[0] * eta * k[i];
                    }
                    apply(work, k);
                    for (int i = 0; i < d; i++) {
                        inc[i] += stage[1] * k[i];
                    }
                }
                for (int i = 0; i < d; i++) {
                    next[i] = z[i] - eta * inc[i] / 6;
                }
            } else {
                for (int i = 0; i < d; i++) {
                    next[i] = z[i] - eta * fz[i];
                }
            }
            game.project(next);
        }

        private void apply(double[] z, double[] out) {
            game.operator(z, out);
            monitor.count(OPERATOR, 1);
        }

        private double residual(double[] z, double[] fz, double[] work) {
            return ViSolver.naturalResidual(z, fz, work, game::project);
        }

        private double weightedDistance(double[] a, double[] b) {
            double s = 0;
            for (int i = 0; i < a.length; i++) {
                double e = a[i] - b[i];
                s += scale[i] * e * e;
            }
            return Math.sqrt(s);
        }

        /** The run without its claim ({@link SmallGainNash#certify} adds it); {@code why} may be null. */
        private Result end(Status status, String why, double[] z, long k, double[] lengths) {
            return Result.builder(status).message(why).solution(z).iterations(k)
                    .series(STEP_LENGTH, java.util.Arrays.copyOf(lengths, (int) k))
                    .series(STEP_SIZE, new double[] {eta}).build();
        }
    }
}
