package org.banach.plugins.games.firstorder;

import java.util.Arrays;
import java.util.Set;

import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.games.VariationalInequality;
import org.osgi.service.component.annotations.Component;

/**
 * Halpern's iteration z_{k+1} = λ_k z_0 + (1 − λ_k) T(z_k) with λ_k = 1/(k+2) (Halpern 1967), for the
 * forward–backward map T(z) = P_Z(z − η F(z)), one operator call per iteration. The fixed points of T
 * are the solutions of the VI. For nonexpansive T, Lieder's bound (Optim. Lett. 15, 2021)
 * ‖z_k − T z_k‖ ≤ 2‖z_0 − z*‖/(k+1) holds at every iterate; T is nonexpansive when I − ηF is, e.g. for a
 * β-cocoercive F with η ≤ 2β (F = ∇f of a convex L-smooth f and η ≤ 2/L; a linear F = Mz with
 * ‖I − ηM‖₂ ≤ 1). Merely monotone F (a skew bilinear game) does not make this T nonexpansive; there the
 * bound is not claimed. The fixed-point residual ‖z_k − T z_k‖ of every iterate is returned as the series
 * {@value #FIXED_POINT_RESIDUAL}; the trace and the certificate carry the natural residual (η = 1).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + Halpern.ID,
        SolverProperties.PROBLEM + "=" + VariationalInequality.FAMILY,
        SolverProperties.REFERENCE + "=Halpern, Bull. AMS 73 (1967); Lieder, Optim. Lett. 15 (2021)",
        SolverProperties.DESCRIPTION + "=Halpern iteration z <- z0/(k+2) + (k+1)/(k+2) P(z - eta F(z))" })
public final class Halpern extends ViSolver<VariationalInequality> {

    public static final String ID = "games.halpern";
    /** Name of the per-iterate series ‖z_k − T z_k‖₂ in {@link Result#series()}. */
    public static final String FIXED_POINT_RESIDUAL = "fixed-point-residual";

    public Halpern() {
        super(ID, VariationalInequality.class, 0.1, Set.of(Feature.MONOTONE));
    }

    @Override
    protected Step step(VariationalInequality problem, Settings settings, Operator op, double[] z0) {
        return new Anchored(settings.real("step"), op, z0);
    }

    /** The anchored step; {@link #record} computes T(z_k), which {@link #advance} then uses. */
    private static final class Anchored implements Step {
        private final double eta;
        private final Operator op;
        private final double[] z0;
        private final double[] tz;
        private double[] residuals = new double[64];
        private int count;

        Anchored(double eta, Operator op, double[] z0) {
            this.eta = eta;
            this.op = op;
            this.z0 = z0;
            this.tz = new double[z0.length];
        }

        @Override
        public void record(long k, double[] z, double[] fz) {
            Vectors.step(z, eta, fz, tz);
            op.project(tz);
            if (count == residuals.length) {
                residuals = Arrays.copyOf(residuals, 2 * count);
            }
            residuals[count++] = Vectors.distance(z, tz);
        }

        @Override
        public void advance(long k, double[] z, double[] fz) {
            double lambda = 1.0 / (k + 2);
            for (int i = 0; i < z.length; i++) {
                z[i] = lambda * z0[i] + (1 - lambda) * tz[i];
            }
            op.apply(z, fz);
        }

        @Override
        public void attach(Result.Builder b) {
            b.series(FIXED_POINT_RESIDUAL, Arrays.copyOf(residuals, count));
        }
    }
}
