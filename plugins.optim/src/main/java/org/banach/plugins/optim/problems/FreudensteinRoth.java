package org.banach.plugins.optim.problems;

/**
 * MGH problem 2, Freudenstein and Roth: r₁ = −13 + x₁ + ((5 − x₂)x₂ − 2)x₂,
 * r₂ = −29 + x₁ + ((x₂ + 1)x₂ − 14)x₂; x₀ = (0.5, −2). MGH publish f = 0 at (5, 4) and
 * f = 48.9842… at (11.41…, −0.8968…); descent methods from x₀ reach the latter, a local minimum,
 * and that is the value this instance reports as its known optimum.
 */
final class FreudensteinRoth extends LeastSquaresProblem {

    FreudensteinRoth() {
        super("freudenstein-roth", 2, 2, 2, new double[] {0.5, -2}, 48.9842, 5e-5,
                "f = 48.9842 at (11.41..., -0.8968...), the LOCAL minimum reached from x0 (global: f = 0 at (5, 4))",
                "Freudenstein and Roth, 2 variables; a local minimum attracts descent methods");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        r[0] = -13 + x[0] + ((5 - x[1]) * x[1] - 2) * x[1];
        r[1] = -29 + x[0] + ((x[1] + 1) * x[1] - 14) * x[1];
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        j[0][0] = 1;
        j[0][1] = (10 - 3 * x[1]) * x[1] - 2;
        j[1][0] = 1;
        j[1][1] = (3 * x[1] + 2) * x[1] - 14;
    }
}
