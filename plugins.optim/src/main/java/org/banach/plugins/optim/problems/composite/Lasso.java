package org.banach.plugins.optim.problems.composite;

import java.util.OptionalDouble;

import org.banach.api.optim.CompositeObjective;
import org.banach.api.optim.ProblemConstants;
import org.banach.api.optim.SmoothObjective;

/**
 * The Lasso F(x) = (1/2N)‖Ax − b‖² + λ‖x‖₁ (Tibshirani 1996) on {@link SpectralLeastSquares} data:
 * the smooth part is a finite sum with exact constants L = 1, L_max, and μ = 1/condition when A has
 * full column rank (then F is strongly convex; with fewer samples than features it is only convex).
 * prox_{γλ‖·‖₁} is soft thresholding at γλ. The optimum has no closed form; tests compute it by a
 * high-accuracy reference (coordinate descent).
 */
public final class Lasso implements CompositeObjective, ProblemConstants {

    public static final String ID = "optim/lasso";

    private final SpectralLeastSquares leastSquares;
    private final double lambda;

    public Lasso(SpectralLeastSquares leastSquares, double lambda) {
        this.leastSquares = leastSquares;
        this.lambda = lambda;
    }

    @Override
    public String name() {
        return ID;
    }

    @Override
    public SmoothObjective smoothPart() {
        return leastSquares;
    }

    /** The data term, as its finite-sum type. */
    public SpectralLeastSquares leastSquares() {
        return leastSquares;
    }

    public double lambda() {
        return lambda;
    }

    @Override
    public double regularizer(double[] x) {
        double s = 0;
        for (double v : x) {
            s += Math.abs(v);
        }
        return lambda * s;
    }

    @Override
    public void prox(double[] v, double gamma, double[] out) {
        double t = gamma * lambda;
        for (int i = 0; i < v.length; i++) {
            double m = Math.abs(v[i]) - t;
            out[i] = m > 0 ? Math.copySign(m, v[i]) : 0.0;
        }
    }

    @Override
    public OptionalDouble smoothness() {
        return leastSquares.smoothness();
    }

    @Override
    public OptionalDouble componentSmoothness() {
        return leastSquares.componentSmoothness();
    }

    @Override
    public OptionalDouble strongConvexity() {
        return leastSquares.strongConvexity();
    }
}
