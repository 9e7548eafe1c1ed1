package org.banach.plugins.games.dynamics;

import java.util.Arrays;
import java.util.Set;

import org.banach.api.Certificate;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.games.DifferentiableGame;
import org.banach.plugins.games.firstorder.ViSolver;
import org.osgi.service.component.annotations.Component;

/**
 * Gradient descent with complex momentum (Lorraine, Acuna, Vicol &amp; Duvenaud, "Complex Momentum for
 * Optimization in Games", AISTATS 2022, Algorithms 1 and 2): a complex momentum buffer μ ∈ ℂᵈ and a
 * complex momentum coefficient β = |β|·e^{iπ·phase}, with real parameter updates,
 * μ_{k+1} = β μ_k − F(ω_k), ω_{k+1} = ω_k + ℜ(α μ_{k+1}) (real step α = {@code step}, μ₀ = 0).
 * {@code alternating=false} updates all players at once with the pseudo-gradient F (SimCM, one operator
 * call per iteration); {@code alternating=true} (two players) updates player 1's block and momentum
 * first, then player 2's with F evaluated at the updated player 1 (AltCM, two operator calls per
 * iteration, since a {@link DifferentiableGame} gives only the joint pseudo-gradient). β real recovers
 * heavy-ball GDA (β = 0: plain GDA), which on bilinear games has spectral radius ≥ 1 for every real β
 * and step in the simultaneous form (Gidel et al. 2019), whereas e.g. |β| = 0.9, phase 1/8, α = 0.05
 * contracts.
 *
 * <p>Claim: {@link Certificate#contraction} with rate ρ, the spectral radius of the iteration linearised
 * at the returned iterate: the update is linear in the state (ω, ℜμ, ℑμ) ∈ R^{3d} once F is replaced by
 * w ↦ J_F(z)w, and ρ is the radius of that 3d×3d matrix ({@link IterationSpectrum}; exact for an affine
 * F such as a bilinear game, the local rate otherwise; computed when d ≤ {@code spectrumMaxDimension}).
 * The claim's tolerance is min({@code maxRate}, 1 − 1e-9) (a radius within eigenvalue rounding of 1
 * certifies nothing); its metric is
 * {@code complex-momentum[step=α,momentum=|β|,phase=φ,mode=simultaneous|alternating]}, which names the
 * iteration so the runtime's {@code GameContractionVerifier} rebuilds the matrix from the problem alone;
 * its safe step is the upper end of the interval of steps around α (or the nearest one below α) on which
 * the radius stays below 1 − 1e-9 at the same momentum and phase, searched on a grid and refined by bisection
 * ({@link ComplexMomentumCertificate}; for {@code alternating=true} only when d ≤
 * {@value #ALTERNATING_SEARCH_MAX_DIMENSION}, otherwise the step itself when ρ &lt; 1 and NaN when not).
 * The measured rate m is exp(slope) of a semi-log fit of the recorded natural residuals over the second
 * half of the run (cut where they fall below 1e-12 of the first, {@link ComplexMomentumCertificate#measuredRate}).
 * The claim holds ⇔ ρ ≤ min(maxRate, 1 − 1e-9) and m ≤ ρ + {@value ComplexMomentumCertificate#SLACK} (or m
 * undefined); when m exceeds ρ + slack the claimed value is m (a failed claim, the trajectory contradicts
 * the radius). When ρ &gt; 1 − 1e-9 the message names the parameters to change. When ρ is not computed (d too
 * large, the eigensolver failed, or no finite iterate) the claim is the operator residual of the
 * returned iterate, as for the other VI solvers. Series: {@value #SPECTRAL_RADIUS} [ρ],
 * {@value #MEASURED_RATE} [m], {@value #RESIDUAL} (r_k for every iterate; the trace carries the same
 * residuals). Constraints, when the game has any, are applied by projecting each updated block (a
 * deviation: the paper is unconstrained); the spectrum ignores them.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + ComplexMomentum.ID,
        SolverProperties.PROBLEM + "=" + DifferentiableGame.FAMILY,
        SolverProperties.REFERENCE + "=Lorraine, Acuna, Vicol & Duvenaud, Complex Momentum for Optimization in Games, AISTATS 2022",
        SolverProperties.DESCRIPTION + "=heavy-ball with complex momentum beta, real parameter updates, simultaneous or alternating" })
public final class ComplexMomentum extends ViSolver<DifferentiableGame> {

    public static final String ID = "games.complex-momentum";
    /** Series: the spectral radius of the linearised iteration (one value). */
    public static final String SPECTRAL_RADIUS = "spectral-radius";
    /** Series: the measured per-iteration contraction factor of the residual (one value). */
    public static final String MEASURED_RATE = "measured-rate";
    /** Series: the natural residual r_k of every iterate (what the verifier's measured rate is fitted to). */
    public static final String RESIDUAL = "residual";
    /** Largest d for which the alternating update's safe step is searched (3d×3d eigenproblems). */
    static final int ALTERNATING_SEARCH_MAX_DIMENSION = 20;

    public ComplexMomentum() {
        super(ID, DifferentiableGame.class, 0.05, Set.of(),
                ParameterSpec.real("momentum", 0.9, 0, 0.999999, "|beta|, the modulus of the complex momentum"),
                ParameterSpec.real("phase", 0.125, -1, 1, "arg(beta)/pi: 0 is real positive momentum, 1 negative, 0.125 "
                        + "is beta = |beta| exp(i pi/8)"),
                ParameterSpec.bool("alternating", false, "two players: update player 1, then player 2 with the new "
                        + "player 1 (two operator calls per iteration)"),
                ParameterSpec.integer("spectrumMaxDimension", 200, 0, 2_000, "compute the spectral radius of the "
                        + "linearised iteration (d Jacobian-vector products, a 3d x 3d eigenproblem) when d is at most this; "
                        + "it is the claimed contraction rate (above this d the claim is the operator residual)"),
                ParameterSpec.real("maxRate", 1.0, 0, 1.0,
                        "the contraction claim holds when the spectral radius is below 1 and at most this"));
    }

    @Override
    protected String refusal(DifferentiableGame game, Settings settings) {
        if (settings.bool("alternating") && game.players() != 2) {
            return "alternating updates are defined for two players; this game has " + game.players()
                    + " (use alternating=false)";
        }
        return null;
    }

    @Override
    protected Step step(DifferentiableGame game, Settings settings, Operator op, double[] z0) {
        return new Momentum(game, settings, op, z0.length);
    }

    /** The run's state and update. */
    private static final class Momentum implements Step {
        private final DifferentiableGame game;
        private final Operator op;
        private final int d;
        private final double alpha;
        private final double modulus;
        private final double phase;
        private final double br;
        private final double bi;
        private final boolean alternating;
        private final int maxSpectrum;
        private final double maxRate;
        private final double[] mr;
        private final double[] mi;
        private final double[] g;
        private final double[] last;
        private double[] residuals = new double[64];
        private int count;

        Momentum(DifferentiableGame game, Settings settings, Operator op, int d) {
            this.game = game;
            this.op = op;
            this.d = d;
            this.alpha = settings.real("step");
            this.modulus = settings.real("momentum");
            this.phase = settings.real("phase");
            this.br = modulus * Math.cos(Math.PI * phase);
            this.bi = modulus * Math.sin(Math.PI * phase);
            this.alternating = settings.bool("alternating");
            this.maxSpectrum = (int) settings.integer("spectrumMaxDimension");
            this.maxRate = settings.real("maxRate");
            this.mr = new double[d];
            this.mi = new double[d];
            this.g = new double[d];
            this.last = new double[d];
        }

        /** μ := βμ − g and ω := ω + ℜ(aμ) on [from, to). */
        private void block(double a, double[] w, double[] re, double[] im, double[] grad, int from, int to) {
            for (int i = from; i < to; i++) {
                double nr = br * re[i] - bi * im[i] - grad[i];
                double ni = bi * re[i] + br * im[i];
                re[i] = nr;
                im[i] = ni;
                w[i] += a * nr;
            }
        }

        @Override
        public void advance(long k, double[] z, double[] fz) {
            if (!alternating) {
                block(alpha, z, mr, mi, fz, 0, d);
                op.project(z);
            } else {
                int split = game.blockSize(0);
                block(alpha, z, mr, mi, fz, 0, split);
                game.projectBlock(0, z);
                op.apply(z, g);
                block(alpha, z, mr, mi, g, split, d);
                game.projectBlock(1, z);
            }
            op.apply(z, fz);
        }

        /** The same update at step a on a state (ω, ℜμ, ℑμ) ∈ R^{3d} with a linear field (for the spectrum). */
        private void linearUpdate(double a, double[] s, IterationSpectrum.Field field) {
            double[] w = Arrays.copyOfRange(s, 0, d);
            double[] re = Arrays.copyOfRange(s, d, 2 * d);
            double[] im = Arrays.copyOfRange(s, 2 * d, 3 * d);
            double[] grad = new double[d];
            field.apply(w, grad);
            if (!alternating) {
                block(a, w, re, im, grad, 0, d);
            } else {
                int split = game.blockSize(0);
                block(a, w, re, im, grad, 0, split);
                field.apply(w, grad);
                block(a, w, re, im, grad, split, d);
            }
            System.arraycopy(w, 0, s, 0, d);
            System.arraycopy(re, 0, s, d, d);
            System.arraycopy(im, 0, s, 2 * d, d);
        }

        @Override
        public void record(long k, double[] z, double[] fz) {
            double residual = naturalResidual(z, fz, new double[d], op::project);
            if (count == residuals.length) {
                residuals = Arrays.copyOf(residuals, 2 * count);
            }
            residuals[count++] = residual;
            System.arraycopy(z, 0, last, 0, d);
        }

        @Override
        public void attach(Result.Builder b) {
            double[] r = Arrays.copyOf(residuals, count);
            double measured = ComplexMomentumCertificate.measuredRate(r);
            b.series(RESIDUAL, r);
            b.series(MEASURED_RATE, new double[] {measured});
            double rho = Double.NaN;
            double safe = Double.NaN;
            if (d <= maxSpectrum && count > 0) {
                double[] j = IterationSpectrum.jacobian(game, last, op.monitor());
                IterationSpectrum.Field field = IterationSpectrum.field(j, d);
                rho = IterationSpectrum.radius(3 * d, (s, f) -> linearUpdate(alpha, s, f), field);
                if (!Double.isNaN(rho)) {
                    safe = safeStep(j, field, rho);
                }
            }
            b.series(SPECTRAL_RADIUS, new double[] {rho});
            String before = b.build().message();
            String note;
            if (Double.isNaN(rho)) {
                note = count == 0 ? null : d > maxSpectrum
                        ? "the spectral radius was not computed (d = " + d + " > spectrumMaxDimension = " + maxSpectrum
                                + "), so the claim is the operator residual"
                        : "the eigensolver failed on the iteration matrix, so the claim is the operator residual";
            } else {
                String metric = ComplexMomentumCertificate.metric(alpha, modulus, phase, alternating);
                double t = Math.min(maxRate, 1 - ComplexMomentumCertificate.MARGIN);
                boolean contradicted = measured > rho + ComplexMomentumCertificate.SLACK;
                b.certificate(contradicted ? Certificate.contraction(measured, Math.min(t, rho), metric, safe)
                        : Certificate.contraction(rho, t, metric, safe));
                note = advice(rho, measured, safe, contradicted);
            }
            if (note != null) {
                b.message(before == null ? ID + ": " + note : before + "; " + note);
            }
        }

        /** See the class comment: the safe step at this momentum and phase. */
        private double safeStep(double[] j, IterationSpectrum.Field field, double rho) {
            if (!alternating) {
                double[][] lambda = ComplexMomentumCertificate.eigenvalues(j, d);
                return lambda == null ? Double.NaN
                        : ComplexMomentumCertificate.safeStep(a -> ComplexMomentumCertificate.simultaneousRadius(lambda, a, br, bi), alpha);
            }
            if (d > ALTERNATING_SEARCH_MAX_DIMENSION) {
                return rho < 1 - ComplexMomentumCertificate.MARGIN ? alpha : Double.NaN;
            }
            return ComplexMomentumCertificate.safeStep(
                    a -> IterationSpectrum.radius(3 * d, (s, f) -> linearUpdate(a, s, f), field), alpha);
        }

        /** What the claim means for the user, or null when it simply holds. */
        private String advice(double rho, double measured, double safe, boolean contradicted) {
            String at = " (step " + alpha + ", momentum " + modulus + ", phase " + phase + ", "
                    + (alternating ? "alternating" : "simultaneous") + ")";
            if (rho > 1 - ComplexMomentumCertificate.MARGIN) {
                String fix;
                if (safe > 0) {
                    fix = "the nearest contracting steps below this one end at " + safe + " (same momentum and phase): "
                            + "lower step below that";
                } else if (Double.isNaN(safe)) {
                    fix = "the safe step was not searched (alternating, d > " + ALTERNATING_SEARCH_MAX_DIMENSION
                            + "): try a smaller step, a complex phase or another momentum";
                } else {
                    boolean real = Math.abs(bi) <= 1e-12;
                    fix = "no step in [step/1024, step] contracts at this momentum and phase: use "
                            + (real ? "a complex momentum (e.g. momentum=0.9, phase=0.125)" : "another momentum or phase")
                            + (alternating ? "" : ", or alternating=true for two players");
                }
                return "not a contraction: the spectral radius of the linearised iteration at the returned point is "
                        + rho + ", not below 1" + at + "; " + fix;
            }
            if (contradicted) {
                return "the recorded residuals contract at " + measured + " per iteration, slower than the spectral "
                        + "radius " + rho + at + " allows (the run is outside the linear regime or constraints are "
                        + "active), so the contraction claim fails";
            }
            if (rho > maxRate) {
                return "the spectral radius " + rho + at + " is below 1 but above maxRate = " + maxRate
                        + ": raise maxRate or tune step, momentum and phase";
            }
            return null;
        }
    }
}
