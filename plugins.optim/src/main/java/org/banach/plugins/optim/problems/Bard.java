package org.banach.plugins.optim.problems;

/**
 * MGH problem 8, Bard: rᵢ = yᵢ − (x₁ + uᵢ/(vᵢx₂ + wᵢx₃)), uᵢ = i, vᵢ = 16 − i, wᵢ = min(uᵢ, vᵢ),
 * i = 1..15; x₀ = (1, 1, 1); f = 8.21487·10⁻³ (MGH also list f = 17.4286 at (0.8406, −∞, −∞)).
 */
final class Bard extends LeastSquaresProblem {

    private static final double[] Y = {0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96,
        1.34, 2.10, 4.39};

    Bard() {
        super("bard", 8, 3, 15, new double[] {1, 1, 1}, 8.21487e-3, 5e-9,
                "f = 8.21487e-3 (the finite minimum; f = 17.4286 at (0.8406, -inf, -inf) is the other one MGH list)",
                "Bard's data fitting, 3 variables, 15 residuals");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 1; i <= 15; i++) {
            double u = i;
            double v = 16 - i;
            double w = Math.min(u, v);
            r[i - 1] = Y[i - 1] - (x[0] + u / (v * x[1] + w * x[2]));
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 1; i <= 15; i++) {
            double u = i;
            double v = 16 - i;
            double w = Math.min(u, v);
            double d = v * x[1] + w * x[2];
            j[i - 1][0] = -1;
            j[i - 1][1] = u * v / (d * d);
            j[i - 1][2] = u * w / (d * d);
        }
    }
}
