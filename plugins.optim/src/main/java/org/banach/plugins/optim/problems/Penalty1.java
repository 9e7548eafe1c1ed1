package org.banach.plugins.optim.problems;

/**
 * MGH problem 23, penalty function I with n = 10, m = n + 1: rᵢ = a^{1/2}(xᵢ − 1), i ≤ n,
 * r_{n+1} = Σ x_j² − 1/4, a = 10⁻⁵; x₀ = (1, 2, …, n); f = 7.08765·10⁻⁵ for n = 10.
 */
final class Penalty1 extends LeastSquaresWithHessians {

    private static final int N = 10;
    private static final double SA = Math.sqrt(1e-5);

    Penalty1() {
        super("penalty-1", 23, N, N + 1, standardStart(), 7.08765e-5, 5e-11, "f = 7.08765e-5 for n = 10",
                "penalty function I, 10 variables, 11 residuals");
    }

    private static double[] standardStart() {
        double[] s = new double[N];
        for (int j = 0; j < N; j++) {
            s[j] = j + 1;
        }
        return s;
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        double sum = 0;
        for (int i = 0; i < N; i++) {
            r[i] = SA * (x[i] - 1);
            sum += x[i] * x[i];
        }
        r[N] = sum - 0.25;
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 0; i < N; i++) {
            j[i][i] = SA;
            j[N][i] = 2 * x[i];
        }
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        for (int i = 0; i < N; i++) {
            out[i] += 2 * w[N] * v[i];
        }
    }
}
