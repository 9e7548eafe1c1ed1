package org.banach.plugins.optim.problems;

/**
 * MGH problem 21, extended Rosenbrock (n even): r_{2i−1} = 10(x_{2i} − x_{2i−1}²), r_{2i} = 1 − x_{2i−1};
 * x₀ = (−1.2, 1, …, −1.2, 1); f* = 0 at (1, …, 1). Shipped with n = 10.
 */
final class ExtendedRosenbrock extends LeastSquaresWithHessians {

    ExtendedRosenbrock(int n) {
        super("extended-rosenbrock", 21, n, n, start(n), 0.0, 0, "f* = 0 at (1, ..., 1)",
                "extended Rosenbrock, n = " + n + " (n/2 independent 2-D Rosenbrock blocks)");
    }

    private static double[] start(int n) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = i % 2 == 0 ? -1.2 : 1;
        }
        return s;
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < x.length; i += 2) {
            r[i] = 10 * (x[i + 1] - x[i] * x[i]);
            r[i + 1] = 1 - x[i];
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 0; i < x.length; i += 2) {
            j[i][i] = -20 * x[i];
            j[i][i + 1] = 10;
            j[i + 1][i] = -1;
        }
    }

    @Override
    public java.util.Optional<double[]> knownMinimizer() {
        return java.util.Optional.of(filled(dimension(), 1));
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        for (int i = 0; i < x.length; i += 2) {
            out[i] += -20 * w[i] * v[i];
        }
    }
}
