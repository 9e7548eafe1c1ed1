package org.banach.plugins.optim.problems;

/**
 * MGH problem 30, Broyden tridiagonal: rᵢ = (3 − 2xᵢ)xᵢ − x_{i−1} − 2x_{i+1} + 1, x₀ = x_{n+1} = 0;
 * start (−1, …, −1); f* = 0. Shipped with n = 10.
 */
final class BroydenTridiagonal extends LeastSquaresWithHessians {

    BroydenTridiagonal(int n) {
        super("broyden-tridiagonal", 30, n, n, filled(n, -1), 0.0, 0, "f* = 0",
                "Broyden tridiagonal function, n = " + n);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double left = i > 0 ? x[i - 1] : 0;
            double right = i < n - 1 ? x[i + 1] : 0;
            r[i] = (3 - 2 * x[i]) * x[i] - left - 2 * right + 1;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            jac[i][i] = 3 - 4 * x[i];
            if (i > 0) {
                jac[i][i - 1] = -1;
            }
            if (i < n - 1) {
                jac[i][i + 1] = -2;
            }
        }
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] += -4 * w[i] * v[i];
        }
    }
}
