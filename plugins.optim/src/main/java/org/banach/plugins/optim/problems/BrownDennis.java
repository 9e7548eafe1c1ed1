package org.banach.plugins.optim.problems;

/**
 * MGH problem 16, Brown and Dennis with m = 20: rᵢ = (x₁ + tᵢx₂ − e^{tᵢ})² + (x₃ + x₄ sin tᵢ − cos tᵢ)²,
 * tᵢ = i/5; x₀ = (25, 5, −5, −1); f = 85822.2 (for m = 20).
 */
final class BrownDennis extends LeastSquaresProblem {

    private static final int M = 20;

    BrownDennis() {
        super("brown-dennis", 16, 4, M, new double[] {25, 5, -5, -1}, 85822.2, 0.05, "f = 85822.2 for m = 20",
                "Brown and Dennis function, 4 variables, 20 residuals");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 1; i <= M; i++) {
            double t = i / 5.0;
            double a = x[0] + t * x[1] - Math.exp(t);
            double b = x[2] + x[3] * Math.sin(t) - Math.cos(t);
            r[i - 1] = a * a + b * b;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 1; i <= M; i++) {
            double t = i / 5.0;
            double a = x[0] + t * x[1] - Math.exp(t);
            double b = x[2] + x[3] * Math.sin(t) - Math.cos(t);
            j[i - 1][0] = 2 * a;
            j[i - 1][1] = 2 * a * t;
            j[i - 1][2] = 2 * b;
            j[i - 1][3] = 2 * b * Math.sin(t);
        }
    }
}
