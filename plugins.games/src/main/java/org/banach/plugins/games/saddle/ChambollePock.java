package org.banach.plugins.games.saddle;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.games.SaddlePoint;
import org.osgi.service.component.annotations.Component;

/**
 * Chambolle–Pock's first-order primal–dual algorithm (J. Math. Imaging Vis. 40 (2011) 120–145,
 * Algorithm 1 with θ = 1) on min_x max_y ⟨Kx, y⟩ + G(x) − F*(y). From x̄₀ = x₀:
 * <pre>
 *   y_{k+1} = prox_{σF*}(y_k + σ K x̄_k)
 *   x_{k+1} = prox_{τG}(x_k − τ Kᵀ y_{k+1})
 *   x̄_{k+1} = 2 x_{k+1} − x_k
 * </pre>
 * K x̄_k = 2 K x_k − K x_{k−1} by linearity, so an iteration costs two products (Kᵀy_{k+1}, K x_{k+1}).
 * The steps need τσ‖K‖₂² &lt; 1, ‖K‖₂ by power iteration ({@link SaddleOperator#norm}); the default
 * {@code tau = sigma = 0} takes the maximal steps τ = 0.99/(ω‖K‖₂), σ = 0.99ω/‖K‖₂ (ω =
 * {@code primalWeight}, 1 by default: balanced), one of them 0 is
 * 0.99/(‖K‖₂² · the other), and settings with τσ‖K‖₂² ≥ 1 are refused (INVALID_INPUT). Theorem 1: the
 * ergodic averages (1/N) Σ_{k=1..N} (x_k, y_k) have partial duality gap O(1/N) (the {@code average}
 * output); on linear programmes the last iterate is usually far better ({@code output=best}, default).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + ChambollePock.ID,
        SolverProperties.PROBLEM + "=" + SaddlePoint.FAMILY,
        SolverProperties.REFERENCE + "=Chambolle & Pock, J. Math. Imaging Vis. 40 (2011) 120-145, Algorithm 1 (theta = 1)",
        SolverProperties.DESCRIPTION + "=Chambolle-Pock primal-dual hybrid gradient for convex-concave saddle-point problems" })
public final class ChambollePock extends SaddleSolver {

    public static final String ID = "games.saddle-pdhg";

    public ChambollePock() {
        super(ID,
                ParameterSpec.real("tau", 0, 0, Double.MAX_VALUE,
                        "primal step; 0 picks 0.99/||K||_2, or 0.99/(||K||_2^2 sigma) when sigma is given"),
                ParameterSpec.real("sigma", 0, 0, Double.MAX_VALUE,
                        "dual step; 0 picks 0.99/||K||_2, or 0.99/(||K||_2^2 tau) when tau is given"),
                ParameterSpec.real("primalWeight", 1, 1e-6, 1e6,
                        "with tau = sigma = 0: tau = 0.99/(primalWeight ||K||_2), sigma = 0.99 primalWeight/||K||_2"));
    }

    /** (τ, σ) of these settings for ‖K‖₂ = {@code norm}. */
    static double[] steps(Settings settings, double norm) {
        double tau = settings.real("tau");
        double sigma = settings.real("sigma");
        if (tau == 0 && sigma == 0) {
            double weight = settings.real("primalWeight");
            tau = 0.99 / (norm * weight);
            sigma = 0.99 * weight / norm;
        } else if (tau == 0) {
            tau = 0.99 / (norm * norm * sigma);
        } else if (sigma == 0) {
            sigma = 0.99 / (norm * norm * tau);
        }
        return new double[] {tau, sigma};
    }

    @Override
    protected Method method(Settings settings, SaddlePoint problem, SaddleOperator operator) throws Refusal {
        double norm = operator.norm();
        double[] s = steps(settings, norm);
        double tau = s[0];
        double sigma = s[1];
        double product = tau * sigma * norm * norm;
        if (!(product < 1) || !(tau > 0) || !(sigma > 0) || !Double.isFinite(tau) || !Double.isFinite(sigma)) {
            throw new Refusal("the steps violate Chambolle-Pock's condition tau*sigma*||K||_2^2 < 1: tau = " + tau
                    + ", sigma = " + sigma + " and ||K||_2 = " + norm + " (power iteration) give " + product);
        }
        int n = problem.primalDimension();
        int m = problem.dualDimension();
        double[] kx = new double[m];
        double[] previousKx = new double[m];
        double[] kty = new double[n];
        return (k, x, y, average) -> {
            if (k == 0) {
                operator.k(x, kx);
                System.arraycopy(kx, 0, previousKx, 0, m); // x̄₀ = x₀
            }
            for (int i = 0; i < m; i++) {
                y[i] += sigma * (2 * kx[i] - previousKx[i]);
            }
            problem.proxFStar(sigma, y);
            operator.kt(y, kty);
            for (int j = 0; j < n; j++) {
                x[j] -= tau * kty[j];
            }
            problem.proxG(tau, x);
            System.arraycopy(kx, 0, previousKx, 0, m);
            operator.k(x, kx);
            average.add(x, y, 1);
        };
    }
}
