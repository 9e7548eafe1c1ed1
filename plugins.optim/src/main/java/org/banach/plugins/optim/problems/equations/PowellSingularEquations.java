package org.banach.plugins.optim.problems.equations;

import java.util.Optional;

import org.banach.api.optim.NonlinearEquations;

/**
 * Powell's singular function as the equations F(x) = 0 (Moré, Garbow &amp; Hillstrom, ACM TOMS 7(1), 1981,
 * problem 13): F = (x₁ + 10x₂, √5(x₃ − x₄), (x₂ − 2x₃)², √10(x₁ − x₄)²) from (3, −1, 0, 1). The solution
 * x* = 0 is isolated but the Jacobian has rank 2 there, so ‖F(x)‖ grows only like dist(x, x*)² along
 * some directions: metric subregularity holds with Hölder order 1/2, not 1.
 */
final class PowellSingularEquations implements NonlinearEquations {

    static final String ID = "optim/powell-singular-equations";

    private static final double S5 = Math.sqrt(5);
    private static final double S10 = Math.sqrt(10);

    @Override
    public String name() {
        return ID;
    }

    @Override
    public int dimension() {
        return 4;
    }

    @Override
    public int equationCount() {
        return 4;
    }

    @Override
    public void residual(double[] x, double[] out) {
        double a = x[1] - 2 * x[2];
        double b = x[0] - x[3];
        out[0] = x[0] + 10 * x[1];
        out[1] = S5 * (x[2] - x[3]);
        out[2] = a * a;
        out[3] = S10 * b * b;
    }

    @Override
    public void jacobian(double[] x, double[] out) {
        double a = x[1] - 2 * x[2];
        double b = x[0] - x[3];
        double[] j = {
            1, 10, 0, 0,
            0, 0, S5, -S5,
            0, 2 * a, -4 * a, 0,
            2 * S10 * b, 0, 0, -2 * S10 * b};
        System.arraycopy(j, 0, out, 0, 16);
    }

    @Override
    public double[] start() {
        return new double[] {3, -1, 0, 1};
    }

    @Override
    public Optional<double[]> knownSolution() {
        return Optional.of(new double[4]);
    }

    @Override
    public String solutionSet() {
        return "isolated: x* = 0, where the Jacobian has rank 2 (Hoelder metric subregularity of order 1/2)";
    }
}
