package org.banach.plugins.optim.problems;

/**
 * MGH problem 27, Brown almost-linear: rᵢ = xᵢ + Σ_j x_j − (n + 1), 1 ≤ i &lt; n; r_n = Π_j x_j − 1;
 * x₀ = (½, …, ½); f* = 0 at (α, …, α, α^{1−n}) with nα^n − (n + 1)α^{n−1} + 1 = 0 (MGH also list
 * f = 1 at (0, …, 0, n + 1)). Shipped with n = 10.
 */
final class BrownAlmostLinear extends LeastSquaresWithHessians {

    BrownAlmostLinear(int n) {
        super("brown-almost-linear", 27, n, n, filled(n, 0.5), 0.0, 0,
                "f* = 0 at (a, ..., a, a^(1-n)); MGH also list f = 1 at (0, ..., 0, n+1)",
                "Brown's almost-linear function, n = " + n);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        double sum = 0;
        double prod = 1;
        for (double v : x) {
            sum += v;
            prod *= v;
        }
        for (int i = 0; i < n - 1; i++) {
            r[i] = x[i] + sum - (n + 1);
        }
        r[n - 1] = prod - 1;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        for (int i = 0; i < n - 1; i++) {
            java.util.Arrays.fill(jac[i], 1.0);
            jac[i][i] = 2;
        }
        for (int j = 0; j < n; j++) {
            double p = 1;
            for (int k = 0; k < n; k++) {
                if (k != j) {
                    p *= x[k];
                }
            }
            jac[n - 1][j] = p;
        }
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        int n = x.length;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                if (k == j) {
                    continue;
                }
                double p = 1;
                for (int l = 0; l < n; l++) {
                    if (l != j && l != k) {
                        p *= x[l];
                    }
                }
                s += p * v[k];
            }
            out[j] += w[n - 1] * s;
        }
    }
}
