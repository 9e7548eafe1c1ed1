package org.banach.plugins.optim.problems;

/**
 * MGH problem 11, Gulf research and development with m = 99: rᵢ = exp(−|yᵢ − x₂|^{x₃}/x₁) − tᵢ,
 * tᵢ = i/100, yᵢ = 25 + (−50 ln tᵢ)^{2/3}; x₀ = (5, 2.5, 0.15); f* = 0 at (50, 25, 1.5) for every
 * 3 ≤ m ≤ 100.
 */
final class Gulf extends LeastSquaresProblem {

    private static final int M = 99;

    Gulf() {
        super("gulf", 11, 3, M, new double[] {5, 2.5, 0.15}, 0.0, 0, "f* = 0 at (50, 25, 1.5)",
                "Gulf research and development function, 3 variables, 99 residuals");
    }

    private static double y(int i) {
        return 25 + Math.pow(-50 * Math.log(i / 100.0), 2.0 / 3.0);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 1; i <= M; i++) {
            double a = Math.abs(y(i) - x[1]);
            r[i - 1] = Math.exp(-Math.pow(a, x[2]) / x[0]) - i / 100.0;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 1; i <= M; i++) {
            double diff = y(i) - x[1];
            double a = Math.abs(diff);
            double q = Math.pow(a, x[2]);
            double e = Math.exp(-q / x[0]);
            j[i - 1][0] = e * q / (x[0] * x[0]);
            if (a > 0) {
                j[i - 1][1] = e * x[2] * Math.pow(a, x[2] - 1) * Math.signum(diff) / x[0];
                j[i - 1][2] = -e * q * Math.log(a) / x[0];
            }
        }
    }

    @Override
    public java.util.Optional<double[]> knownMinimizer() {
        return java.util.Optional.of(new double[] {50, 25, 1.5});
    }
}
