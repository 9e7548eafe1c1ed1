package org.banach.plugins.optim.problems;

/**
 * MGH problem 35, Chebyquad with m = n = 8: rᵢ = (1/n)Σ_j Tᵢ(x_j) − ∫₀¹Tᵢ(x)dx, Tᵢ the i-th Chebyshev
 * polynomial shifted to [0, 1], ∫₀¹Tᵢ = 0 for odd i and −1/(i² − 1) for even i; x₀_j = j/(n + 1);
 * f = 3.51687·10⁻³ for m = n = 8.
 */
final class Chebyquad extends LeastSquaresProblem {

    private static final int N = 8;

    Chebyquad() {
        super("chebyquad", 35, N, N, standardStart(), 3.51687e-3, 5e-9, "f = 3.51687e-3 for m = n = 8",
                "Fletcher's Chebyquad, 8 variables, 8 residuals");
    }

    private static double[] standardStart() {
        double[] s = new double[N];
        for (int j = 1; j <= N; j++) {
            s[j - 1] = j / (N + 1.0);
        }
        return s;
    }

    private static double integral(int i) {
        return i % 2 == 1 ? 0 : -1.0 / (i * i - 1.0);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        java.util.Arrays.fill(r, 0);
        for (double xj : x) {
            double y = 2 * xj - 1;
            double tPrev = 1;
            double t = y;
            for (int i = 1; i <= N; i++) {
                r[i - 1] += t / N;
                double next = 2 * y * t - tPrev;
                tPrev = t;
                t = next;
            }
        }
        for (int i = 1; i <= N; i++) {
            r[i - 1] -= integral(i);
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int j = 0; j < N; j++) {
            double y = 2 * x[j] - 1;
            double tPrev = 1;
            double t = y;
            double dPrev = 0;
            double d = 1;
            for (int i = 1; i <= N; i++) {
                jac[i - 1][j] = 2 * d / N;
                double next = 2 * y * t - tPrev;
                double dNext = 2 * t + 2 * y * d - dPrev;
                tPrev = t;
                t = next;
                dPrev = d;
                d = dNext;
            }
        }
    }
}
