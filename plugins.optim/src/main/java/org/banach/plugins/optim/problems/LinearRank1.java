package org.banach.plugins.optim.problems;

/**
 * MGH problem 33, linear function – rank 1: rᵢ = i(Σ_j j·x_j) − 1; x₀ = (1, …, 1);
 * f* = m(m − 1)/(2(2m + 1)) on the hyperplane Σ j·x_j = 3/(2m + 1). Shipped with n = 10, m = 20.
 */
final class LinearRank1 extends LeastSquaresWithHessians {

    LinearRank1(int n, int m) {
        super("linear-rank-1", 33, n, m, filled(n, 1), m * (m - 1) / (2.0 * (2 * m + 1)), 0,
                "f* = m(m-1)/(2(2m+1)) on sum j*x_j = 3/(2m+1)", "linear function of rank 1, n = " + n + ", m = " + m);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        double s = 0;
        for (int j = 1; j <= x.length; j++) {
            s += j * x[j - 1];
        }
        for (int i = 1; i <= residualCount(); i++) {
            r[i - 1] = i * s - 1;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 1; i <= residualCount(); i++) {
            for (int j = 1; j <= x.length; j++) {
                jac[i - 1][j - 1] = (double) i * j;
            }
        }
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        // linear residuals: no curvature
    }
}
