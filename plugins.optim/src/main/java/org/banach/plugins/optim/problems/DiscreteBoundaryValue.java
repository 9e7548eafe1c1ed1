package org.banach.plugins.optim.problems;

/**
 * MGH problem 28, discrete boundary value: rᵢ = 2xᵢ − x_{i−1} − x_{i+1} + h²(xᵢ + tᵢ + 1)³/2, h = 1/(n + 1),
 * tᵢ = ih, x₀ = x_{n+1} = 0 (boundary values); start x_j = t_j(t_j − 1); f* = 0. Shipped with n = 10.
 */
final class DiscreteBoundaryValue extends LeastSquaresWithHessians {

    DiscreteBoundaryValue(int n) {
        super("discrete-boundary-value", 28, n, n, start(n), 0.0, 0, "f* = 0",
                "discrete boundary value problem, n = " + n);
    }

    static double[] start(int n) {
        double h = 1.0 / (n + 1);
        double[] s = new double[n];
        for (int j = 1; j <= n; j++) {
            double t = j * h;
            s[j - 1] = t * (t - 1);
        }
        return s;
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        double h = 1.0 / (n + 1);
        for (int i = 0; i < n; i++) {
            double t = (i + 1) * h;
            double left = i > 0 ? x[i - 1] : 0;
            double right = i < n - 1 ? x[i + 1] : 0;
            double c = x[i] + t + 1;
            r[i] = 2 * x[i] - left - right + h * h * c * c * c / 2;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        double h = 1.0 / (n + 1);
        for (int i = 0; i < n; i++) {
            double t = (i + 1) * h;
            double c = x[i] + t + 1;
            jac[i][i] = 2 + 1.5 * h * h * c * c;
            if (i > 0) {
                jac[i][i - 1] = -1;
            }
            if (i < n - 1) {
                jac[i][i + 1] = -1;
            }
        }
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        int n = x.length;
        double h = 1.0 / (n + 1);
        for (int i = 0; i < n; i++) {
            double c = x[i] + (i + 1) * h + 1;
            out[i] += 3 * h * h * c * w[i] * v[i];
        }
    }
}
