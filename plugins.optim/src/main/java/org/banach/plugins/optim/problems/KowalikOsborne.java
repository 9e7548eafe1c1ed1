package org.banach.plugins.optim.problems;

/**
 * MGH problem 15, Kowalik and Osborne: rᵢ = yᵢ − x₁(uᵢ² + uᵢx₂)/(uᵢ² + uᵢx₃ + x₄), i = 1..11;
 * x₀ = (0.25, 0.39, 0.415, 0.39); f = 3.07505·10⁻⁴ (MGH also list f = 1.02734·10⁻³ at infinity).
 */
final class KowalikOsborne extends LeastSquaresProblem {

    private static final double[] Y = {0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323,
        0.0235, 0.0246};
    private static final double[] U = {4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625};

    KowalikOsborne() {
        super("kowalik-osborne", 15, 4, 11, new double[] {0.25, 0.39, 0.415, 0.39}, 3.07505e-4, 5e-10,
                "f = 3.07505e-4 (finite minimum; f = 1.02734e-3 at (+inf, -14.07, -inf, -inf))",
                "Kowalik and Osborne's enzyme kinetics fit, 4 variables, 11 residuals");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < 11; i++) {
            double u = U[i];
            r[i] = Y[i] - x[0] * (u * u + u * x[1]) / (u * u + u * x[2] + x[3]);
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 0; i < 11; i++) {
            double u = U[i];
            double num = u * u + u * x[1];
            double den = u * u + u * x[2] + x[3];
            j[i][0] = -num / den;
            j[i][1] = -x[0] * u / den;
            j[i][2] = x[0] * num * u / (den * den);
            j[i][3] = x[0] * num / (den * den);
        }
    }
}
