package org.banach.plugins.optim.problems;

/**
 * MGH problem 10, Meyer: rᵢ = x₁ exp(x₂/(tᵢ + x₃)) − yᵢ, tᵢ = 45 + 5i, i = 1..16;
 * x₀ = (0.02, 4000, 250); f = 87.9458.
 */
final class Meyer extends LeastSquaresProblem {

    private static final double[] Y = {34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744, 8261, 7030, 6005,
        5147, 4427, 3820, 3307, 2872};

    Meyer() {
        super("meyer", 10, 3, 16, new double[] {0.02, 4000, 250}, 87.9458, 5e-5, "f = 87.9458",
                "Meyer's thermistor data fit, 3 variables, 16 residuals; badly scaled");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 1; i <= 16; i++) {
            double t = 45 + 5 * i;
            r[i - 1] = x[0] * Math.exp(x[1] / (t + x[2])) - Y[i - 1];
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 1; i <= 16; i++) {
            double t = 45 + 5 * i;
            double d = t + x[2];
            double e = Math.exp(x[1] / d);
            j[i - 1][0] = e;
            j[i - 1][1] = x[0] * e / d;
            j[i - 1][2] = -x[0] * e * x[1] / (d * d);
        }
    }
}
