package org.banach.plugins.optim.problems;

/**
 * MGH problem 14, Wood: r₁ = 10(x₂ − x₁²), r₂ = 1 − x₁, r₃ = √90(x₄ − x₃²), r₄ = 1 − x₃,
 * r₅ = √10(x₂ + x₄ − 2), r₆ = 10^{−1/2}(x₂ − x₄); x₀ = (−3, −1, −3, −1); f* = 0 at (1, 1, 1, 1).
 */
final class Wood extends LeastSquaresWithHessians {

    private static final double S90 = Math.sqrt(90);
    private static final double S10 = Math.sqrt(10);

    Wood() {
        super("wood", 14, 4, 6, new double[] {-3, -1, -3, -1}, 0.0, 0, "f* = 0 at (1, 1, 1, 1)",
                "Wood's function (Colville), 4 variables");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        r[0] = 10 * (x[1] - x[0] * x[0]);
        r[1] = 1 - x[0];
        r[2] = S90 * (x[3] - x[2] * x[2]);
        r[3] = 1 - x[2];
        r[4] = S10 * (x[1] + x[3] - 2);
        r[5] = (x[1] - x[3]) / S10;
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        j[0][0] = -20 * x[0];
        j[0][1] = 10;
        j[1][0] = -1;
        j[2][2] = -2 * S90 * x[2];
        j[2][3] = S90;
        j[3][2] = -1;
        j[4][1] = S10;
        j[4][3] = S10;
        j[5][1] = 1 / S10;
        j[5][3] = -1 / S10;
    }

    @Override
    public java.util.Optional<double[]> knownMinimizer() {
        return java.util.Optional.of(new double[] {1, 1, 1, 1});
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        out[0] += -20 * w[0] * v[0];
        out[2] += -2 * S90 * w[2] * v[2];
    }
}
