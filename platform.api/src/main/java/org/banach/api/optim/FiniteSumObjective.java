package org.banach.api.optim;

/**
 * f(x) = (1/N) Σᵢ fᵢ(x): a smooth objective that is an average of N components (data points),
 * so stochastic methods can sample them. {@link #value} and {@link #valueAndGradient} are the full
 * average; component and mini-batch oracles are counted separately by solvers ({@code component}).
 */
public interface FiniteSumObjective extends SmoothObjective {

    String FAMILY = "optim.finite-sum";

    @Override
    default String family() {
        return FAMILY;
    }

    /** Number of components N. */
    int components();

    /** Writes ∇fᵢ(x) into {@code gradient} and returns fᵢ(x). */
    double componentValueAndGradient(int i, double[] x, double[] gradient);

    /** Mean of the components in {@code batch}: writes the mean gradient and returns the mean value. */
    default double batchValueAndGradient(int[] batch, double[] x, double[] gradient) {
        java.util.Arrays.fill(gradient, 0.0);
        double[] g = new double[gradient.length];
        double f = 0;
        for (int i : batch) {
            f += componentValueAndGradient(i, x, g);
            for (int j = 0; j < g.length; j++) {
                gradient[j] += g[j];
            }
        }
        double inv = 1.0 / batch.length;
        for (int j = 0; j < gradient.length; j++) {
            gradient[j] *= inv;
        }
        return f * inv;
    }

    /** Full average, from the components (implementations may override with a faster form). */
    @Override
    default double valueAndGradient(double[] x, double[] gradient) {
        int[] all = new int[components()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return batchValueAndGradient(all, x, gradient);
    }

    @Override
    default double value(double[] x) {
        return valueAndGradient(x, new double[dimension()]);
    }
}
