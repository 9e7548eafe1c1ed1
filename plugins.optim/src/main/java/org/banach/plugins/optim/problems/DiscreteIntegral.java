package org.banach.plugins.optim.problems;

/**
 * MGH problem 29, discrete integral equation: rᵢ = xᵢ + h[(1 − tᵢ)Σ_{j≤i} t_j(x_j + t_j + 1)³
 * + tᵢ Σ_{j&gt;i} (1 − t_j)(x_j + t_j + 1)³]/2, h = 1/(n + 1), tᵢ = ih; start x_j = t_j(t_j − 1); f* = 0.
 * Shipped with n = 10.
 */
final class DiscreteIntegral extends LeastSquaresWithHessians {

    DiscreteIntegral(int n) {
        super("discrete-integral", 29, n, n, DiscreteBoundaryValue.start(n), 0.0, 0, "f* = 0",
                "discrete integral equation, n = " + n);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        double h = 1.0 / (n + 1);
        for (int i = 1; i <= n; i++) {
            double ti = i * h;
            double s1 = 0;
            double s2 = 0;
            for (int j = 1; j <= n; j++) {
                double tj = j * h;
                double c = x[j - 1] + tj + 1;
                if (j <= i) {
                    s1 += tj * c * c * c;
                } else {
                    s2 += (1 - tj) * c * c * c;
                }
            }
            r[i - 1] = x[i - 1] + h * ((1 - ti) * s1 + ti * s2) / 2;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        double h = 1.0 / (n + 1);
        for (int i = 1; i <= n; i++) {
            double ti = i * h;
            for (int j = 1; j <= n; j++) {
                double tj = j * h;
                double c = x[j - 1] + tj + 1;
                double w = j <= i ? (1 - ti) * tj : ti * (1 - tj);
                jac[i - 1][j - 1] = h * w * 3 * c * c / 2;
            }
            jac[i - 1][i - 1] += 1;
        }
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        int n = x.length;
        double h = 1.0 / (n + 1);
        for (int j = 1; j <= n; j++) {
            double tj = j * h;
            double c = x[j - 1] + tj + 1;
            double sum = 0;
            for (int i = 1; i <= n; i++) {
                double ti = i * h;
                sum += w[i - 1] * (j <= i ? (1 - ti) * tj : ti * (1 - tj));
            }
            out[j - 1] += 3 * h * c * sum * v[j - 1];
        }
    }
}
