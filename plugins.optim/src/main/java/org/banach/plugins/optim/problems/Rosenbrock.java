package org.banach.plugins.optim.problems;

/**
 * MGH problem 1, Rosenbrock: r₁ = 10(x₂ − x₁²), r₂ = 1 − x₁; x₀ = (−1.2, 1); f* = 0 at (1, 1).
 * Moré, Garbow &amp; Hillstrom, ACM TOMS 7(1), 1981.
 */
final class Rosenbrock extends LeastSquaresWithHessians {

    Rosenbrock() {
        super("rosenbrock", 1, 2, 2, new double[] {-1.2, 1}, 0.0, 0, "f* = 0 at (1, 1)",
                "Rosenbrock's banana valley, 2 variables");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        r[0] = 10 * (x[1] - x[0] * x[0]);
        r[1] = 1 - x[0];
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        j[0][0] = -20 * x[0];
        j[0][1] = 10;
        j[1][0] = -1;
    }

    @Override
    public java.util.Optional<double[]> knownMinimizer() {
        return java.util.Optional.of(new double[] {1, 1});
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        out[0] += -20 * w[0] * v[0];
    }
}
