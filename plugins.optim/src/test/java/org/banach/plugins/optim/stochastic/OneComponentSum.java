package org.banach.plugins.optim.stochastic;

import java.util.Optional;
import java.util.OptionalDouble;

import org.banach.api.optim.Bounds;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.api.optim.SmoothObjective;

/**
 * A smooth objective seen as a finite sum of one component (f₀ = f), so the smooth-family
 * conformance kit can drive the finite-sum solvers: every call goes to the wrapped problem,
 * including the kit's NaN-injecting and badly started wrappers.
 */
final class OneComponentSum implements FiniteSumObjective {

    private final SmoothObjective p;

    OneComponentSum(SmoothObjective p) {
        this.p = p;
    }

    @Override
    public int components() {
        return 1;
    }

    @Override
    public double componentValueAndGradient(int i, double[] x, double[] gradient) {
        return p.valueAndGradient(x, gradient);
    }

    @Override
    public double batchValueAndGradient(int[] batch, double[] x, double[] gradient) {
        return p.valueAndGradient(x, gradient);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        return p.valueAndGradient(x, gradient);
    }

    @Override
    public double value(double[] x) {
        return p.value(x);
    }

    @Override
    public String name() {
        return p.name();
    }

    @Override
    public int dimension() {
        return p.dimension();
    }

    @Override
    public double[] start() {
        return p.start();
    }

    @Override
    public Optional<Bounds> bounds() {
        return p.bounds();
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return p.knownMinimizer();
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return p.knownOptimalValue();
    }
}
