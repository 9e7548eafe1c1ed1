package org.banach.plugins.optim.problems;

/**
 * MGH problem 3, Powell badly scaled: r₁ = 10⁴x₁x₂ − 1, r₂ = e^{−x₁} + e^{−x₂} − 1.0001;
 * x₀ = (0, 1); f* = 0 at (1.098…·10⁻⁵, 9.106…).
 */
final class PowellBadlyScaled extends LeastSquaresProblem {

    PowellBadlyScaled() {
        super("powell-badly-scaled", 3, 2, 2, new double[] {0, 1}, 0.0, 0, "f* = 0 at (1.098e-5, 9.106)",
                "Powell's badly scaled function, 2 variables");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        r[0] = 1e4 * x[0] * x[1] - 1;
        r[1] = Math.exp(-x[0]) + Math.exp(-x[1]) - 1.0001;
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        j[0][0] = 1e4 * x[1];
        j[0][1] = 1e4 * x[0];
        j[1][0] = -Math.exp(-x[0]);
        j[1][1] = -Math.exp(-x[1]);
    }
}
