package org.banach.plugins.optim.problems;

/**
 * MGH problem 7, helical valley: r₁ = 10[x₃ − 10θ(x₁, x₂)], r₂ = 10[(x₁² + x₂²)^{1/2} − 1], r₃ = x₃,
 * with θ = arctan(x₂/x₁)/(2π) for x₁ &gt; 0 and arctan(x₂/x₁)/(2π) + 0.5 for x₁ &lt; 0 (at x₁ = 0, where
 * MGH leave θ undefined, the limit from x₁ &gt; 0, ±0.25, is used); x₀ = (−1, 0, 0); f* = 0 at (1, 0, 0).
 */
final class HelicalValley extends LeastSquaresProblem {

    HelicalValley() {
        super("helical-valley", 7, 3, 3, new double[] {-1, 0, 0}, 0.0, 0, "f* = 0 at (1, 0, 0)",
                "Fletcher and Powell's helical valley, 3 variables");
    }

    private static double theta(double x1, double x2) {
        if (x1 == 0) {
            return Math.copySign(0.25, x2);
        }
        double t = Math.atan(x2 / x1) / (2 * Math.PI);
        return x1 > 0 ? t : t + 0.5;
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        r[0] = 10 * (x[2] - 10 * theta(x[0], x[1]));
        r[1] = 10 * (Math.hypot(x[0], x[1]) - 1);
        r[2] = x[2];
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        double rho2 = x[0] * x[0] + x[1] * x[1];
        double rho = Math.sqrt(rho2);
        j[0][0] = 100 * x[1] / (2 * Math.PI * rho2);
        j[0][1] = -100 * x[0] / (2 * Math.PI * rho2);
        j[0][2] = 10;
        j[1][0] = 10 * x[0] / rho;
        j[1][1] = 10 * x[1] / rho;
        j[2][2] = 1;
    }

    @Override
    public java.util.Optional<double[]> knownMinimizer() {
        return java.util.Optional.of(new double[] {1, 0, 0});
    }
}
