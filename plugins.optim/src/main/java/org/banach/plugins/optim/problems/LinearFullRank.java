package org.banach.plugins.optim.problems;

/**
 * MGH problem 32, linear function – full rank: rᵢ = xᵢ − (2/m)Σ_j x_j − 1 for i ≤ n,
 * rᵢ = −(2/m)Σ_j x_j − 1 for i &gt; n; x₀ = (1, …, 1); f* = m − n at (−1, …, −1).
 * Shipped with n = 10, m = 20 (f* = 10).
 */
final class LinearFullRank extends LeastSquaresWithHessians {

    LinearFullRank(int n, int m) {
        super("linear-full-rank", 32, n, m, filled(n, 1), (double) (m - n), 0, "f* = m - n = " + (m - n)
                + " at (-1, ..., -1)", "linear function of full rank, n = " + n + ", m = " + m);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        int m = residualCount();
        double s = 0;
        for (double v : x) {
            s += v;
        }
        for (int i = 0; i < m; i++) {
            r[i] = (i < n ? x[i] : 0) - 2.0 / m * s - 1;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        int m = residualCount();
        for (int i = 0; i < m; i++) {
            java.util.Arrays.fill(jac[i], -2.0 / m);
            if (i < n) {
                jac[i][i] += 1;
            }
        }
    }

    @Override
    public java.util.Optional<double[]> knownMinimizer() {
        return java.util.Optional.of(filled(dimension(), -1));
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        // linear residuals: no curvature
    }
}
