package org.banach.plugins.optim.problems;

/**
 * MGH problem 4, Brown badly scaled: r₁ = x₁ − 10⁶, r₂ = x₂ − 2·10⁻⁶, r₃ = x₁x₂ − 2; x₀ = (1, 1);
 * f* = 0 at (10⁶, 2·10⁻⁶).
 */
final class BrownBadlyScaled extends LeastSquaresWithHessians {

    BrownBadlyScaled() {
        super("brown-badly-scaled", 4, 2, 3, new double[] {1, 1}, 0.0, 0, "f* = 0 at (1e6, 2e-6)",
                "Brown's badly scaled function, 2 variables, 3 residuals");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        r[0] = x[0] - 1e6;
        r[1] = x[1] - 2e-6;
        r[2] = x[0] * x[1] - 2;
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        j[0][0] = 1;
        j[1][1] = 1;
        j[2][0] = x[1];
        j[2][1] = x[0];
    }

    @Override
    public java.util.Optional<double[]> knownMinimizer() {
        return java.util.Optional.of(new double[] {1e6, 2e-6});
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        out[0] += w[2] * v[1];
        out[1] += w[2] * v[0];
    }
}
