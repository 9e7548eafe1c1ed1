package org.banach.plugins.optim.problems;

/**
 * MGH problem 17, Osborne 1: rᵢ = yᵢ − (x₁ + x₂e^{−tᵢx₄} + x₃e^{−tᵢx₅}), tᵢ = 10(i − 1), i = 1..33;
 * x₀ = (0.5, 1.5, −1, 0.01, 0.02); f = 5.46489·10⁻⁵.
 */
final class Osborne1 extends LeastSquaresProblem {

    private static final double[] Y = {0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850, 0.818, 0.784, 0.751,
        0.718, 0.685, 0.658, 0.628, 0.603, 0.580, 0.558, 0.538, 0.522, 0.506, 0.490, 0.478, 0.467, 0.457, 0.448,
        0.438, 0.431, 0.424, 0.420, 0.414, 0.411, 0.406};

    Osborne1() {
        super("osborne-1", 17, 5, 33, new double[] {0.5, 1.5, -1, 0.01, 0.02}, 5.46489e-5, 5e-11, "f = 5.46489e-5",
                "Osborne's first exponential fit, 5 variables, 33 residuals");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < 33; i++) {
            double t = 10.0 * i;
            r[i] = Y[i] - (x[0] + x[1] * Math.exp(-t * x[3]) + x[2] * Math.exp(-t * x[4]));
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        for (int i = 0; i < 33; i++) {
            double t = 10.0 * i;
            double e4 = Math.exp(-t * x[3]);
            double e5 = Math.exp(-t * x[4]);
            j[i][0] = -1;
            j[i][1] = -e4;
            j[i][2] = -e5;
            j[i][3] = t * x[1] * e4;
            j[i][4] = t * x[2] * e5;
        }
    }
}
