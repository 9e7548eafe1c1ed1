package org.banach.plugins.optim.problems.transport;

import java.util.OptionalDouble;

import org.banach.api.optim.OptimalTransport;

/** One discrete optimal-transport instance (a, b, C row-major), with its exact optimal cost when known. Immutable. */
public final class TransportInstance implements OptimalTransport {

    private final String name;
    private final double[] a;
    private final double[] b;
    private final double[] c;
    private final double known;

    /**
     * @param known the exact optimal transport cost, or NaN when unknown
     * @throws IllegalArgumentException when C is not a.length × b.length
     */
    public TransportInstance(String name, double[] a, double[] b, double[] c, double known) {
        if (c.length != (long) a.length * b.length) {
            throw new IllegalArgumentException("cost matrix has " + c.length + " entries but the marginals are "
                    + a.length + " and " + b.length + " long");
        }
        this.name = name;
        this.a = a.clone();
        this.b = b.clone();
        this.c = c.clone();
        this.known = known;
    }

    @Override
    public String name() {
        return name;
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

    @Override
    public int sourceSize() {
        return a.length;
    }

    @Override
    public int targetSize() {
        return b.length;
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return Double.isNaN(known) ? OptionalDouble.empty() : OptionalDouble.of(known);
    }
}
