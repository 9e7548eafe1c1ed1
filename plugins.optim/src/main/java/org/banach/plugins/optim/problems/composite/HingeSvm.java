package org.banach.plugins.optim.problems.composite;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.banach.api.optim.NonsmoothObjective;
import org.banach.api.optim.ProblemConstants;

/**
 * The soft-margin linear SVM in its primal form f(x) = (1/N) Σᵢ max(0, 1 − yᵢ aᵢᵀx) + (λ/2)‖x‖²
 * (Shalev-Shwartz et al., Pegasos, ICML 2007): convex, λ-strongly convex, nonsmooth at the margin. Data:
 * Gaussian features, labels from a random hyperplane with a fraction {@code flip} flipped (so the
 * data are not separable). The subgradient returned at a kink takes the hinge's zero branch.
 *
 * <p>Constants: μ = λ; G = 2·maxᵢ‖aᵢ‖ bounds the subgradients on the ball ‖x‖ ≤ R = maxᵢ‖aᵢ‖/λ, which
 * holds the minimiser (0 ∈ ∂f(x*) gives λ‖x*‖ ≤ R·λ) and every subgradient iterate from 0 with steps
 * γₜλ ≤ 1 (‖x − γ(h + λx)‖ ≤ (1 − γλ)‖x‖ + γ·maxᵢ‖aᵢ‖). The optimum is computed when the instance
 * is made, by dual coordinate ascent ({@link HingeDual}); the published optimal value is the dual value,
 * a certified lower bound within the reported duality gap of f*, and the minimiser is the primal point.
 */
public final class HingeSvm implements NonsmoothObjective, ProblemConstants {

    public static final String ID = "optim/hinge-svm";

    private final double[][] a;
    private final double[] y;
    private final double lambda;
    private final double maxRowNorm;
    private final HingeDual dual;

    public HingeSvm(int samples, int d, double lambda, double flip, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] w = RandomMatrices.gaussian(random, d);
        a = new double[samples][];
        y = new double[samples];
        double max = 0;
        for (int i = 0; i < samples; i++) {
            a[i] = RandomMatrices.gaussian(random, d);
            double label = RandomMatrices.dot(a[i], w) >= 0 ? 1 : -1;
            y[i] = random.nextDouble() < flip ? -label : label;
            max = Math.max(max, Math.sqrt(RandomMatrices.dot(a[i], a[i])));
        }
        this.lambda = lambda;
        this.maxRowNorm = max;
        this.dual = HingeDual.solve(a, y, lambda, this::value);
    }

    @Override
    public String name() {
        return ID;
    }

    @Override
    public int dimension() {
        return a[0].length;
    }

    public double lambda() {
        return lambda;
    }

    @Override
    public double value(double[] x) {
        return valueAndSubgradient(x, null);
    }

    @Override
    public double valueAndSubgradient(double[] x, double[] s) {
        int n = a.length;
        if (s != null) {
            for (int k = 0; k < s.length; k++) {
                s[k] = lambda * x[k];
            }
        }
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double margin = 1 - y[i] * RandomMatrices.dot(a[i], x);
            if (margin > 0) {
                loss += margin;
                if (s != null) {
                    for (int k = 0; k < s.length; k++) {
                        s[k] -= y[i] * a[i][k] / n;
                    }
                }
            }
        }
        return loss / n + 0.5 * lambda * RandomMatrices.dot(x, x);
    }

    @Override
    public double[] start() {
        return new double[dimension()];
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return OptionalDouble.of(dual.dualValue());
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(dual.primal());
    }

    /** The duality gap of the reference optimum: f* lies in [dual value, dual value + gap]. */
    public double referenceGap() {
        return dual.gap();
    }

    @Override
    public OptionalDouble strongConvexity() {
        return OptionalDouble.of(lambda);
    }

    @Override
    public OptionalDouble lipschitz() {
        return OptionalDouble.of(2 * maxRowNorm);
    }

    /** R = maxᵢ‖aᵢ‖/λ: the radius of the ball on which {@link #lipschitz()} holds. */
    public double lipschitzRadius() {
        return maxRowNorm / lambda;
    }
}
