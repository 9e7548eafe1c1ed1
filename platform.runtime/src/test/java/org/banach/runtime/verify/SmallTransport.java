package org.banach.runtime.verify;

import org.banach.api.optim.OptimalTransport;

/** An optimal-transport instance from explicit a, b and C, for the verifier tests. */
final class SmallTransport implements OptimalTransport {

    private final double[] a;
    private final double[] b;
    private final double[] c;

    SmallTransport(double[] a, double[] b, double[] c) {
        this.a = a.clone();
        this.b = b.clone();
        this.c = c.clone();
    }

    @Override
    public String name() {
        return "test/transport";
    }

    @Override
    public double[] source() {
        return a.clone();
    }

    @Override
    public double[] target() {
        return b.clone();
    }

    @Override
    public double[] cost() {
        return c.clone();
    }
}
