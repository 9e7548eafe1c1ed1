package org.banach.plugins.games.dynamics;

import java.util.Arrays;
import java.util.Set;

import org.banach.api.ParameterSpec;
import org.banach.api.RateFit;
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
 * <p>Contraction evidence: on a bilinear game the iteration is linear in the state (ω, ℜμ, ℑμ) ∈ R^{3d},
 * and the solver computes the spectral radius of that 3d×3d matrix ({@link IterationSpectrum}, at the
 * returned iterate; exact for an affine F, the local rate otherwise; for d ≤ {@code spectrumMaxDimension})
 * and returns it as the series {@value #SPECTRAL_RADIUS}, next to {@value #MEASURED_RATE}, the factor
 * exp(slope) of a semi-log fit of the run's natural residuals over its second half. The claimed
 * certificate is the operator residual of the returned iterate (the contraction claim awaits a
 * runtime verifier for differentiable games). Constraints, when the game has any, are applied by
 * projecting each updated block (a deviation: the paper is unconstrained); the spectrum ignores them.
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

    public ComplexMomentum() {
        super(ID, DifferentiableGame.class, 0.05, Set.of(),
                ParameterSpec.real("momentum", 0.9, 0, 0.999999, "|beta|, the modulus of the complex momentum"),
                ParameterSpec.real("phase", 0.125, -1, 1, "arg(beta)/pi: 0 is real positive momentum, 1 negative, 0.125 "
                        + "is beta = |beta| exp(i pi/8)"),
                ParameterSpec.bool("alternating", false, "two players: update player 1, then player 2 with the new "
                        + "player 1 (two operator calls per iteration)"),
                ParameterSpec.integer("spectrumMaxDimension", 200, 0, 2_000, "compute the spectral radius of the "
                        + "linearised iteration (d Jacobian-vector products, a 3d x 3d eigenproblem) when d is at most this"));
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
        private final double br;
        private final double bi;
        private final boolean alternating;
        private final int maxSpectrum;
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
            double modulus = settings.real("momentum");
            double phase = Math.PI * settings.real("phase");
            this.br = modulus * Math.cos(phase);
            this.bi = modulus * Math.sin(phase);
            this.alternating = settings.bool("alternating");
            this.maxSpectrum = (int) settings.integer("spectrumMaxDimension");
            this.mr = new double[d];
            this.mi = new double[d];
            this.g = new double[d];
            this.last = new double[d];
        }

        /** μ := βμ − g and ω := ω + ℜ(αμ) on [from, to). */
        private void block(double[] w, double[] re, double[] im, double[] grad, int from, int to) {
            for (int i = from; i < to; i++) {
                double nr = br * re[i] - bi * im[i] - grad[i];
                double ni = bi * re[i] + br * im[i];
                re[i] = nr;
                im[i] = ni;
                w[i] += alpha * nr;
            }
        }

        @Override
        public void advance(long k, double[] z, double[] fz) {
            if (!alternating) {
                block(z, mr, mi, fz, 0, d);
                op.project(z);
            } else {
                int split = game.blockSize(0);
                block(z, mr, mi, fz, 0, split);
                game.projectBlock(0, z);
                op.apply(z, g);
                block(z, mr, mi, g, split, d);
                game.projectBlock(1, z);
            }
            op.apply(z, fz);
        }

        /** The same update on a state (ω, ℜμ, ℑμ) ∈ R^{3d} with a linear field (for the spectrum). */
        private void linearUpdate(double[] s, IterationSpectrum.Field field) {
            double[] w = Arrays.copyOfRange(s, 0, d);
            double[] re = Arrays.copyOfRange(s, d, 2 * d);
            double[] im = Arrays.copyOfRange(s, 2 * d, 3 * d);
            double[] grad = new double[d];
            field.apply(w, grad);
            if (!alternating) {
                block(w, re, im, grad, 0, d);
            } else {
                int split = game.blockSize(0);
                block(w, re, im, grad, 0, split);
                field.apply(w, grad);
                block(w, re, im, grad, split, d);
            }
            System.arraycopy(w, 0, s, 0, d);
            System.arraycopy(re, 0, s, d, d);
            System.arraycopy(im, 0, s, 2 * d, d);
        }

        @Override
        public void record(long k, double[] z, double[] fz) {
            double[] p = new double[d];
            for (int i = 0; i < d; i++) {
                p[i] = z[i] - fz[i];
            }
            op.project(p);
            double s = 0;
            for (int i = 0; i < d; i++) {
                s += (z[i] - p[i]) * (z[i] - p[i]);
            }
            if (count == residuals.length) {
                residuals = Arrays.copyOf(residuals, 2 * count);
            }
            residuals[count++] = Math.sqrt(s);
            System.arraycopy(z, 0, last, 0, d);
        }

        @Override
        public void attach(Result.Builder b) {
            double rho = Double.NaN;
            if (d <= maxSpectrum && count > 0) {
                double[] j = IterationSpectrum.jacobian(game, last, op.monitor());
                rho = IterationSpectrum.radius(3 * d, this::linearUpdate, IterationSpectrum.field(j, d));
            }
            b.series(SPECTRAL_RADIUS, new double[] {rho});
            b.series(MEASURED_RATE, new double[] {measuredRate(Arrays.copyOf(residuals, count))});
        }
    }

    /** exp(slope) of the semi-log fit of r_k over the second half of the run; NaN under 10 iterates. */
    static double measuredRate(double[] r) {
        if (r.length < 10) {
            return Double.NaN;
        }
        int from = r.length / 2;
        double[] x = new double[r.length - from];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = from + i;
            y[i] = r[from + i];
        }
        return Math.exp(RateFit.semiLog(x, y).slope());
    }
}
