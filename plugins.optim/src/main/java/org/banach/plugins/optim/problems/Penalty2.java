package org.banach.plugins.optim.problems;

/**
 * MGH problem 24, penalty function II with n = 10, m = 2n: r₁ = x₁ − 0.2;
 * rᵢ = a^{1/2}(e^{xᵢ/10} + e^{x_{i−1}/10} − yᵢ), 2 ≤ i ≤ n; rᵢ = a^{1/2}(e^{x_{i−n+1}/10} − e^{−1/10}),
 * n &lt; i &lt; 2n; r_{2n} = Σ_j (n − j + 1)x_j² − 1; a = 10⁻⁵, yᵢ = e^{i/10} + e^{(i−1)/10};
 * x₀ = (½, …, ½); f = 2.93660·10⁻⁴ for n = 10.
 */
final class Penalty2 extends LeastSquaresProblem {

    private static final int N = 10;
    private static final double SA = Math.sqrt(1e-5);

    Penalty2() {
        super("penalty-2", 24, N, 2 * N, filled(N, 0.5), 2.93660e-4, 5e-10, "f = 2.93660e-4 for n = 10",
                "penalty function II, 10 variables, 20 residuals");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        r[0] = x[0] - 0.2;
        for (int i = 2; i <= N; i++) {
            double y = Math.exp(i / 10.0) + Math.exp((i - 1) / 10.0);
            r[i - 1] = SA * (Math.exp(x[i - 1] / 10) + Math.exp(x[i - 2] / 10) - y);
        }
        for (int i = N + 1; i < 2 * N; i++) {
            r[i - 1] = SA * (Math.exp(x[i - N] / 10) - Math.exp(-0.1));
        }
        double s = 0;
        for (int j = 1; j <= N; j++) {
            s += (N - j + 1) * x[j - 1] * x[j - 1];
        }
        r[2 * N - 1] = s - 1;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        jac[0][0] = 1;
        for (int i = 2; i <= N; i++) {
            jac[i - 1][i - 1] = SA * Math.exp(x[i - 1] / 10) / 10;
            jac[i - 1][i - 2] = SA * Math.exp(x[i - 2] / 10) / 10;
        }
        for (int i = N + 1; i < 2 * N; i++) {
            jac[i - 1][i - N] = SA * Math.exp(x[i - N] / 10) / 10;
        }
        for (int j = 1; j <= N; j++) {
            jac[2 * N - 1][j - 1] = 2 * (N - j + 1) * x[j - 1];
        }
    }
}
