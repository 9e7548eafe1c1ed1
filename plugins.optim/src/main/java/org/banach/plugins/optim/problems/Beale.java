package org.banach.plugins.optim.problems;

/**
 * MGH problem 5, Beale: rᵢ = yᵢ − x₁(1 − x₂ⁱ), i = 1..3, y = (1.5, 2.25, 2.625); x₀ = (1, 1);
 * f* = 0 at (3, 0.5).
 */
final class Beale extends LeastSquaresWithHessians {

    private static final double[] Y = {1.5, 2.25, 2.625};

    Beale() {
        super("beale", 5, 2, 3, new double[] {1, 1}, 0.0, 0, "f* = 0 at (3, 0.5)", "Beale's function, 2 variables");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 1; i <= 3; i++) {
            r[i - 1] = Y[i - 1] - x[0] * (1 - Math.pow(x[1], i));
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 1; i <= 3; i++) {
            j[i - 1][0] = -(1 - Math.pow(x[1], i));
            j[i - 1][1] = x[0] * i * Math.pow(x[1], i - 1);
        }
    }

    @Override
    public java.util.Optional<double[]> knownMinimizer() {
        return java.util.Optional.of(new double[] {3, 0.5});
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        for (int i = 1; i <= 3; i++) {
            double cross = i * Math.pow(x[1], i - 1);
            double second = i >= 2 ? x[0] * i * (i - 1) * Math.pow(x[1], i - 2) : 0;
            out[0] += w[i - 1] * cross * v[1];
            out[1] += w[i - 1] * (cross * v[0] + second * v[1]);
        }
    }
}
