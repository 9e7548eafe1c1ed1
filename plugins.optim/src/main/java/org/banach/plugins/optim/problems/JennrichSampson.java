package org.banach.plugins.optim.problems;

/**
 * MGH problem 6, Jennrich and Sampson with m = 10: rᵢ = 2 + 2i − (e^{ix₁} + e^{ix₂}); x₀ = (0.3, 0.4);
 * f = 124.362 at x₁ = x₂ = 0.2578 (the value MGH publish for m = 10).
 */
final class JennrichSampson extends LeastSquaresProblem {

    private static final int M = 10;

    JennrichSampson() {
        super("jennrich-sampson", 6, 2, M, new double[] {0.3, 0.4}, 124.362, 5e-4,
                "f = 124.362 at x1 = x2 = 0.2578 for m = 10", "Jennrich and Sampson, 2 variables, 10 residuals");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 1; i <= M; i++) {
            r[i - 1] = 2 + 2 * i - (Math.exp(i * x[0]) + Math.exp(i * x[1]));
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 1; i <= M; i++) {
            j[i - 1][0] = -i * Math.exp(i * x[0]);
            j[i - 1][1] = -i * Math.exp(i * x[1]);
        }
    }
}
