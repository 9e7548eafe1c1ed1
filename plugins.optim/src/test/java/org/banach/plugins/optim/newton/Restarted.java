package org.banach.plugins.optim.newton;

import org.banach.api.optim.SmoothObjective;

/** A smooth objective with another start: everything but {@link #start()} is delegated. */
final class Restarted implements SmoothObjective {

    private final SmoothObjective p;
    private final double[] start;

    Restarted(SmoothObjective p, double[] start) {
        this.p = p;
        this.start = start.clone();
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
    public double value(double[] x) {
        return p.value(x);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        return p.valueAndGradient(x, gradient);
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public boolean hasHessianVector() {
        return p.hasHessianVector();
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        p.hessianVector(x, v, out);
    }
}
