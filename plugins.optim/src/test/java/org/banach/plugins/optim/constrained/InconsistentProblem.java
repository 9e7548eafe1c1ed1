package org.banach.plugins.optim.constrained;

import org.banach.api.optim.EqualityConstrainedProblem;

/** min x₁² + x₂² s.t. x₁ = 0 and x₁ = 1: no feasible point; ‖c‖² is least at x₁ = ½. */
class InconsistentProblem implements EqualityConstrainedProblem {

    @Override
    public String name() {
        return "test/inconsistent";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public int constraintCount() {
        return 2;
    }

    @Override
    public double value(double[] x) {
        return x[0] * x[0] + x[1] * x[1];
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        gradient[0] = 2 * x[0];
        gradient[1] = 2 * x[1];
        return value(x);
    }

    @Override
    public void constraints(double[] x, double[] c) {
        c[0] = x[0];
        c[1] = x[0] - 1;
    }

    @Override
    public void jacobian(double[] x, double[] jacobian) {
        jacobian[0] = 1;
        jacobian[1] = 0;
        jacobian[2] = 1;
        jacobian[3] = 0;
    }

    @Override
    public double[] start() {
        return new double[] {2, 1};
    }
}
