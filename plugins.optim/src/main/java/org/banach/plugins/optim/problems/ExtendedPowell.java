package org.banach.plugins.optim.problems;

/**
 * MGH problem 22, extended Powell singular (n a multiple of 4): for each block i,
 * r_{4i−3} = x_{4i−3} + 10x_{4i−2}, r_{4i−2} = √5(x_{4i−1} − x_{4i}), r_{4i−1} = (x_{4i−2} − 2x_{4i−1})²,
 * r_{4i} = √10(x_{4i−3} − x_{4i})²; x₀ = (3, −1, 0, 1, …); f* = 0 at the origin. Shipped with n = 12.
 */
final class ExtendedPowell extends LeastSquaresWithHessians {

    private static final double S5 = Math.sqrt(5);
    private static final double S10 = Math.sqrt(10);

    ExtendedPowell(int n) {
        super("extended-powell", 22, n, n, start(n), 0.0, 0, "f* = 0 at the origin",
                "extended Powell singular function, n = " + n + "; singular Hessian at the solution");
    }

    private static double[] start(int n) {
        double[] block = {3, -1, 0, 1};
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = block[i % 4];
        }
        return s;
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int k = 0; k < x.length; k += 4) {
            double a = x[k + 1] - 2 * x[k + 2];
            double b = x[k] - x[k + 3];
            r[k] = x[k] + 10 * x[k + 1];
            r[k + 1] = S5 * (x[k + 2] - x[k + 3]);
            r[k + 2] = a * a;
            r[k + 3] = S10 * b * b;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int k = 0; k < x.length; k += 4) {
            double a = x[k + 1] - 2 * x[k + 2];
            double b = x[k] - x[k + 3];
            j[k][k] = 1;
            j[k][k + 1] = 10;
            j[k + 1][k + 2] = S5;
            j[k + 1][k + 3] = -S5;
            j[k + 2][k + 1] = 2 * a;
            j[k + 2][k + 2] = -4 * a;
            j[k + 3][k] = 2 * S10 * b;
            j[k + 3][k + 3] = -2 * S10 * b;
        }
    }

    @Override
    public java.util.Optional<double[]> knownMinimizer() {
        return java.util.Optional.of(new double[dimension()]);
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        for (int k = 0; k < x.length; k += 4) {
            PowellSingular.curvature(x, k, w, v, out);
        }
    }
}
