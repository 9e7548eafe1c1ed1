package org.banach.plugins.optim.problems;

/**
 * MGH problem 20, Watson with n = 6, m = 31: for i = 1..29, tᵢ = i/29,
 * rᵢ = Σ_{j=2}^{n} (j − 1)x_j tᵢ^{j−2} − (Σ_{j=1}^{n} x_j tᵢ^{j−1})² − 1; r₃₀ = x₁, r₃₁ = x₂ − x₁² − 1;
 * x₀ = 0; f = 2.28767·10⁻³ for n = 6.
 */
final class Watson extends LeastSquaresProblem {

    private static final int N = 6;

    Watson() {
        super("watson", 20, N, 31, new double[N], 2.28767e-3, 5e-9, "f = 2.28767e-3 for n = 6",
                "Watson's polynomial fit, 6 variables, 31 residuals");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 1; i <= 29; i++) {
            double t = i / 29.0;
            double s1 = 0;
            double s2 = x[0];
            double p = 1;
            for (int j = 2; j <= N; j++) {
                s1 += (j - 1) * x[j - 1] * p;
                p *= t;
                s2 += x[j - 1] * p;
            }
            r[i - 1] = s1 - s2 * s2 - 1;
        }
        r[29] = x[0];
        r[30] = x[1] - x[0] * x[0] - 1;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 1; i <= 29; i++) {
            double t = i / 29.0;
            double s2 = 0;
            double p = 1;
            for (int j = 1; j <= N; j++) {
                s2 += x[j - 1] * p;
                p *= t;
            }
            double pm = 0;
            p = 1;
            for (int j = 1; j <= N; j++) {
                jac[i - 1][j - 1] = (j - 1) * pm - 2 * s2 * p;
                pm = p;
                p *= t;
            }
        }
        jac[29][0] = 1;
        jac[30][0] = -2 * x[0];
        jac[30][1] = 1;
    }
}
