package org.banach.plugins.optim.handbook;

import java.util.ArrayList;
import java.util.List;

import java.util.OptionalDouble;

import org.banach.api.optim.FiniteSumObjective;
import org.banach.api.optim.ProblemConstants;

/**
 * A finite sum that records every point at which its full gradient is asked: the reported iterates of
 * the stochastic solvers of this package (mini-batch steps use the components), and every iterate of
 * {@code optim.gd}. Everything else (constants included) goes to the wrapped problem.
 */
final class RecordingSum implements FiniteSumObjective, ProblemConstants {

    private final FiniteSumObjective p;
    final List<double[]> points = new ArrayList<>();

    RecordingSum(FiniteSumObjective p) {
        this.p = p;
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
    public int components() {
        return p.components();
    }

    @Override
    public double componentValueAndGradient(int i, double[] x, double[] gradient) {
        return p.componentValueAndGradient(i, x, gradient);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        points.add(x.clone());
        return p.valueAndGradient(x, gradient);
    }

    @Override
    public double value(double[] x) {
        return p.value(x);
    }

    @Override
    public double[] start() {
        return p.start();
    }

    private ProblemConstants constants() {
        return p instanceof ProblemConstants ? (ProblemConstants) p : new ProblemConstants() { };
    }

    @Override
    public OptionalDouble smoothness() {
        return constants().smoothness();
    }

    @Override
    public OptionalDouble componentSmoothness() {
        return constants().componentSmoothness();
    }

    @Override
    public OptionalDouble strongConvexity() {
        return constants().strongConvexity();
    }

    @Override
    public OptionalDouble polyakLojasiewicz() {
        return constants().polyakLojasiewicz();
    }
}
