package org.banach.plugins.optim.constrained;

import org.banach.api.optim.EqualityConstrainedProblem;

/** A problem that delegates to another with its own start, and returns NaN from the {@code nanAfter}-th value call on (−1: never). */
final class Wrapped implements EqualityConstrainedProblem {

    private final EqualityConstrainedProblem inner;
    private final double[] start;
    private final int nanAfter;
    private int calls;

    Wrapped(EqualityConstrainedProblem inner, double[] start, int nanAfter) {
        this.inner = inner;
        this.start = start.clone();
        this.nanAfter = nanAfter;
    }

    @Override
    public String name() {
        return inner.name() + "/wrapped";
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public int constraintCount() {
        return inner.constraintCount();
    }

    @Override
    public double value(double[] x) {
        return inner.value(x);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        double f = inner.valueAndGradient(x, gradient);
        return nanAfter >= 0 && calls++ >= nanAfter ? Double.NaN : f;
    }

    @Override
    public void constraints(double[] x, double[] c) {
        inner.constraints(x, c);
    }

    @Override
    public void jacobian(double[] x, double[] jacobian) {
        inner.jacobian(x, jacobian);
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public boolean hasLagrangianHessianVector() {
        return inner.hasLagrangianHessianVector();
    }

    @Override
    public void lagrangianHessianVector(double[] x, double[] lambda, double[] v, double[] out) {
        inner.lagrangianHessianVector(x, lambda, v, out);
    }
}
