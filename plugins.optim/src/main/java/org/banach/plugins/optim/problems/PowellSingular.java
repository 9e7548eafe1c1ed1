package org.banach.plugins.optim.problems;

/**
 * MGH problem 13, Powell singular: r₁ = x₁ + 10x₂, r₂ = √5(x₃ − x₄), r₃ = (x₂ − 2x₃)², r₄ = √10(x₁ − x₄)²;
 * x₀ = (3, −1, 0, 1); f* = 0 at the origin, where the Hessian is singular.
 */
final class PowellSingular extends LeastSquaresWithHessians {

    private static final double S5 = Math.sqrt(5);
    private static final double S10 = Math.sqrt(10);

    PowellSingular() {
        super("powell-singular", 13, 4, 4, new double[] {3, -1, 0, 1}, 0.0, 0, "f* = 0 at the origin",
                "Powell's singular function, 4 variables; singular Hessian at the solution");
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        double a = x[1] - 2 * x[2];
        double b = x[0] - x[3];
        r[0] = x[0] + 10 * x[1];
        r[1] = S5 * (x[2] - x[3]);
        r[2] = a * a;
        r[3] = S10 * b * b;
    }

    @Override
    protected void jacobian(double[] x, double[][] j) {
        double a = x[1] - 2 * x[2];
        double b = x[0] - x[3];
        j[0][0] = 1;
        j[0][1] = 10;
        j[1][2] = S5;
        j[1][3] = -S5;
        j[2][1] = 2 * a;
        j[2][2] = -4 * a;
        j[3][0] = 2 * S10 * b;
        j[3][3] = -2 * S10 * b;
    }

    @Override
    public java.util.Optional<double[]> knownMinimizer() {
        return java.util.Optional.of(new double[4]);
    }

    @Override
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        curvature(x, 0, w, v, out);
    }

    /** Block starting at k of r = (…, (x_{k+1} − 2x_{k+2})², √10(x_k − x_{k+3})²): ∇² = 2ggᵀ and 2√10hhᵀ. */
    static void curvature(double[] x, int k, double[] w, double[] v, double[] out) {
        double gv = v[k + 1] - 2 * v[k + 2];
        out[k + 1] += 2 * w[k + 2] * gv;
        out[k + 2] += -4 * w[k + 2] * gv;
        double hv = v[k] - v[k + 3];
        out[k] += 2 * S10 * w[k + 3] * hv;
        out[k + 3] += -2 * S10 * w[k + 3] * hv;
    }
}
