package org.banach.plugins.optim.problems;

/**
 * MGH problem 34, linear function – rank 1 with zero columns and rows: r₁ = −1,
 * rᵢ = (i − 1)(Σ_{j=2}^{n−1} j·x_j) − 1 for 2 ≤ i ≤ m − 1, r_m = −1; x₀ = (1, …, 1);
 * f* = (m² + 3m − 6)/(2(2m − 3)) on Σ_{j=2}^{n−1} j·x_j = 3/(2m − 3). Shipped with n = 10, m = 20.
 */
final class LinearRank1Zero extends LeastSquaresWithHessians {

    LinearRank1Zero(int n, int m) {
        super("linear-rank-1-zero", 34, n, m, filled(n, 1), (m * m + 3.0 * m - 6) / (2.0 * (2 * m - 3)), 0,
                "f* = (m^2+3m-6)/(2(2m-3)) on sum_{j=2}^{n-1} j*x_j = 3/(2m-3)",
                "linear function of rank 1 with zero columns and rows, n = " + n + ", m = " + m);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        int m = residualCount();
        double s = 0;
        for (int j = 2; j <= n - 1; j++) {
            s += j * x[j - 1];
        }
        r[0] = -1;
        for (int i = 2; i <= m - 1; i++) {
            r[i - 1] = (i - 1) * s - 1;
        }
        r[m - 1] = -1;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        for (int i = 2; i <= residualCount() - 1; i++) {
            for (int j = 2; j <= n - 1; j++) {
                jac[i - 1][j - 1] = (double) (i - 1) * j;
            }
        }
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        // linear residuals: no curvature
    }
}
