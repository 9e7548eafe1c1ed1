package org.banach.plugins.optim.problems;

/**
 * MGH problem 12, Box three-dimensional with m = 10: rᵢ = e^{−tᵢx₁} − e^{−tᵢx₂} − x₃(e^{−tᵢ} − e^{−10tᵢ}),
 * tᵢ = 0.1i; x₀ = (0, 10, 20); f* = 0 at (1, 10, 1), (10, 1, −1) and wherever x₁ = x₂, x₃ = 0.
 */
final class Box3d extends LeastSquaresProblem {

    private static final int M = 10;

    Box3d() {
        super("box-3d", 12, 3, M, new double[] {0, 10, 20}, 0.0, 0,
                "f* = 0 at (1, 10, 1), (10, 1, -1) and on x1 = x2, x3 = 0", "Box's three-dimensional function, 10 residuals");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 1; i <= M; i++) {
            double t = 0.1 * i;
            r[i - 1] = Math.exp(-t * x[0]) - Math.exp(-t * x[1]) - x[2] * (Math.exp(-t) - Math.exp(-10 * t));
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 1; i <= M; i++) {
            double t = 0.1 * i;
            j[i - 1][0] = -t * Math.exp(-t * x[0]);
            j[i - 1][1] = t * Math.exp(-t * x[1]);
            j[i - 1][2] = -(Math.exp(-t) - Math.exp(-10 * t));
        }
    }
}
