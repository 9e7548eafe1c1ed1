package org.banach.plugins.optim.problems;

/**
 * MGH problem 31, Broyden banded: rᵢ = xᵢ(2 + 5xᵢ²) + 1 − Σ_{j∈Jᵢ} x_j(1 + x_j),
 * Jᵢ = {j ≠ i : max(1, i − 5) ≤ j ≤ min(n, i + 1)}; start (−1, …, −1); f* = 0. Shipped with n = 10.
 */
final class BroydenBanded extends LeastSquaresWithHessians {

    private static final int LOWER = 5;
    private static final int UPPER = 1;

    BroydenBanded(int n) {
        super("broyden-banded", 31, n, n, filled(n, -1), 0.0, 0, "f* = 0", "Broyden banded function, n = " + n);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = Math.max(0, i - LOWER); j <= Math.min(n - 1, i + UPPER); j++) {
                if (j != i) {
                    s += x[j] * (1 + x[j]);
                }
            }
            r[i] = x[i] * (2 + 5 * x[i] * x[i]) + 1 - s;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - LOWER); j <= Math.min(n - 1, i + UPPER); j++) {
                jac[i][j] = j == i ? 2 + 15 * x[i] * x[i] : -(1 + 2 * x[j]);
            }
        }
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - LOWER); j <= Math.min(n - 1, i + UPPER); j++) {
                out[j] += w[i] * (j == i ? 30 * x[i] : -2) * v[j];
            }
        }
    }
}
