package org.banach.plugins.optim.problems;

/**
 * MGH problem 25, variably dimensioned: rᵢ = xᵢ − 1, i ≤ n; r_{n+1} = Σ j(x_j − 1); r_{n+2} = (Σ j(x_j − 1))²;
 * x₀ = (1 − j/n); f* = 0 at (1, …, 1). Shipped with n = 10.
 */
final class VariablyDimensioned extends LeastSquaresWithHessians {

    VariablyDimensioned(int n) {
        super("variably-dimensioned", 25, n, n + 2, start(n), 0.0, 0, "f* = 0 at (1, ..., 1)",
                "variably dimensioned function, n = " + n);
    }

    private static double[] start(int n) {
        double[] s = new double[n];
        for (int j = 1; j <= n; j++) {
            s[j - 1] = 1 - (double) j / n;
        }
        return s;
    }

    private static double weighted(double[] x) {
        double s = 0;
        for (int j = 1; j <= x.length; j++) {
            s += j * (x[j - 1] - 1);
        }
        return s;
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            r[i] = x[i] - 1;
        }
        double s = weighted(x);
        r[n] = s;
        r[n + 1] = s * s;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        double s = weighted(x);
        for (int j = 1; j <= n; j++) {
            jac[j - 1][j - 1] = 1;
            jac[n][j - 1] = j;
            jac[n + 1][j - 1] = 2 * s * j;
        }
    }

    @Override
    public java.util.Optional<double[]> knownMinimizer() {
        return java.util.Optional.of(filled(dimension(), 1));
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        int n = x.length;
        double cv = 0;
        for (int j = 1; j <= n; j++) {
            cv += j * v[j - 1];
        }
        for (int j = 1; j <= n; j++) {
            out[j - 1] += 2 * w[n + 1] * j * cv;
        }
    }
}
