package org.banach.plugins.optim.problems;

/**
 * MGH problem 9, Gaussian: rᵢ = x₁ exp(−x₂(tᵢ − x₃)²/2) − yᵢ, tᵢ = (8 − i)/2, i = 1..15;
 * x₀ = (0.4, 1, 0); f = 1.12793·10⁻⁸.
 */
final class Gaussian extends LeastSquaresProblem {

    private static final double[] Y = {0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989, 0.3521,
        0.2420, 0.1295, 0.0540, 0.0175, 0.0044, 0.0009};

    Gaussian() {
        super("gaussian", 9, 3, 15, new double[] {0.4, 1, 0}, 1.12793e-8, 5e-14, "f = 1.12793e-8",
                "Gaussian function fit, 3 variables, 15 residuals");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 1; i <= 15; i++) {
            double t = (8 - i) / 2.0;
            double d = t - x[2];
            r[i - 1] = x[0] * Math.exp(-x[1] * d * d / 2) - Y[i - 1];
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 1; i <= 15; i++) {
            double t = (8 - i) / 2.0;
            double d = t - x[2];
            double e = Math.exp(-x[1] * d * d / 2);
            j[i - 1][0] = e;
            j[i - 1][1] = -x[0] * e * d * d / 2;
            j[i - 1][2] = x[0] * e * x[1] * d;
        }
    }
}
