package org.banach.plugins.optim.problems;

/**
 * MGH problem 19, Osborne 2: rᵢ = yᵢ − (x₁e^{−tᵢx₅} + x₂e^{−(tᵢ−x₉)²x₆} + x₃e^{−(tᵢ−x₁₀)²x₇}
 * + x₄e^{−(tᵢ−x₁₁)²x₈}), tᵢ = (i − 1)/10, i = 1..65; x₀ = (1.3, 0.65, 0.65, 0.7, 0.6, 3, 5, 7, 2, 4.5, 5.5);
 * f = 4.01377·10⁻².
 */
final class Osborne2 extends LeastSquaresProblem {

    private static final double[] Y = {1.366, 1.191, 1.112, 1.013, 0.991, 0.885, 0.831, 0.847, 0.786, 0.725, 0.746,
        0.679, 0.608, 0.655, 0.616, 0.606, 0.602, 0.626, 0.651, 0.724, 0.649, 0.649, 0.694, 0.644, 0.624, 0.661,
        0.612, 0.558, 0.533, 0.495, 0.500, 0.423, 0.395, 0.375, 0.372, 0.391, 0.396, 0.405, 0.428, 0.429, 0.523,
        0.562, 0.607, 0.653, 0.672, 0.708, 0.633, 0.668, 0.645, 0.632, 0.591, 0.559, 0.597, 0.625, 0.739, 0.710,
        0.729, 0.720, 0.636, 0.581, 0.428, 0.292, 0.162, 0.098, 0.054};

    Osborne2() {
        super("osborne-2", 19, 11, 65, new double[] {1.3, 0.65, 0.65, 0.7, 0.6, 3, 5, 7, 2, 4.5, 5.5}, 4.01377e-2,
                5e-8, "f = 4.01377e-2", "Osborne's second (Gaussian peaks) fit, 11 variables, 65 residuals");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < 65; i++) {
            double t = i / 10.0;
            double a = t - x[8];
            double b = t - x[9];
            double c = t - x[10];
            r[i] = Y[i] - (x[0] * Math.exp(-t * x[4]) + x[1] * Math.exp(-a * a * x[5])
                    + x[2] * Math.exp(-b * b * x[6]) + x[3] * Math.exp(-c * c * x[7]));
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 0; i < 65; i++) {
            double t = i / 10.0;
            double a = t - x[8];
            double b = t - x[9];
            double c = t - x[10];
            double e1 = Math.exp(-t * x[4]);
            double e2 = Math.exp(-a * a * x[5]);
            double e3 = Math.exp(-b * b * x[6]);
            double e4 = Math.exp(-c * c * x[7]);
            double[] row = j[i];
            row[0] = -e1;
            row[1] = -e2;
            row[2] = -e3;
            row[3] = -e4;
            row[4] = x[0] * t * e1;
            row[5] = x[1] * a * a * e2;
            row[6] = x[2] * b * b * e3;
            row[7] = x[3] * c * c * e4;
            row[8] = -2 * x[1] * x[5] * a * e2;
            row[9] = -2 * x[2] * x[6] * b * e3;
            row[10] = -2 * x[3] * x[7] * c * e4;
        }
    }
}
