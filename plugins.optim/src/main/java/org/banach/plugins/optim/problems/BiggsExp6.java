package org.banach.plugins.optim.problems;

/**
 * MGH problem 18, Biggs EXP6 with m = 13: rᵢ = x₃e^{−tᵢx₁} − x₄e^{−tᵢx₂} + x₆e^{−tᵢx₅} − yᵢ, tᵢ = 0.1i,
 * yᵢ = e^{−tᵢ} − 5e^{−10tᵢ} + 3e^{−4tᵢ}; x₀ = (1, 2, 1, 1, 1, 1). MGH publish f = 5.65565·10⁻³ for
 * m = 13 and f = 0 at (1, 10, 1, 5, 4, 3); descent methods from x₀ reach the former, a local minimum,
 * and that is the value this instance reports as its known optimum.
 */
final class BiggsExp6 extends LeastSquaresProblem {

    private static final int M = 13;

    BiggsExp6() {
        super("biggs-exp6", 18, 6, M, new double[] {1, 2, 1, 1, 1, 1}, 5.65565e-3, 5e-9,
                "f = 5.65565e-3 for m = 13, the LOCAL minimum reached from x0 (global: f = 0 at (1, 10, 1, 5, 4, 3))",
                "Biggs' EXP6 exponential fit, 6 variables, 13 residuals");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 1; i <= M; i++) {
            double t = 0.1 * i;
            double y = Math.exp(-t) - 5 * Math.exp(-10 * t) + 3 * Math.exp(-4 * t);
            r[i - 1] = x[2] * Math.exp(-t * x[0]) - x[3] * Math.exp(-t * x[1]) + x[5] * Math.exp(-t * x[4]) - y;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 1; i <= M; i++) {
            double t = 0.1 * i;
            double e1 = Math.exp(-t * x[0]);
            double e2 = Math.exp(-t * x[1]);
            double e5 = Math.exp(-t * x[4]);
            j[i - 1][0] = -t * x[2] * e1;
            j[i - 1][1] = t * x[3] * e2;
            j[i - 1][2] = e1;
            j[i - 1][3] = -e2;
            j[i - 1][4] = -t * x[5] * e5;
            j[i - 1][5] = e5;
        }
    }
}
