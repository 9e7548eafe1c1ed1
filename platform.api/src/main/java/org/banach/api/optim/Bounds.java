package org.banach.api.optim;

/** Box bounds lower ≤ x ≤ upper (infinite entries for free variables). */
public final class Bounds {

    private final double[] lower;
    private final double[] upper;

    public Bounds(double[] lower, double[] upper) {
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("bounds of different lengths: " + lower.length + " and " + upper.length);
        }
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] <= upper[i])) {
                throw new IllegalArgumentException("empty bound at index " + i + ": " + lower[i] + " > " + upper[i]);
            }
        }
        this.lower = lower.clone();
        this.upper = upper.clone();
    }

    public double[] lower() {
        return lower.clone();
    }

    public double[] upper() {
        return upper.clone();
    }

    public int dimension() {
        return lower.length;
    }

    /** Projects x onto the box, in place. */
    public void project(double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.min(upper[i], Math.max(lower[i], x[i]));
        }
    }
}
