package org.banach.plugins.optim.problems.finitesum;

import java.util.SplittableRandom;

/**
 * Deterministic pseudo-random data for the synthetic instances: standard normals by the Box–Muller
 * transform (Box &amp; Muller, Ann. Math. Statist. 29, 1958) on {@link SplittableRandom#nextDouble()},
 * whose algorithm is fixed, so a seed gives the same instance on every JVM.
 */
final class SyntheticData {

    private final SplittableRandom random;
    private double spare = Double.NaN;

    SyntheticData(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A standard normal variate. */
    double gaussian() {
        if (!Double.isNaN(spare)) {
            double s = spare;
            spare = Double.NaN;
            return s;
        }
        double u = 1.0 - random.nextDouble(); // in (0, 1]
        double v = random.nextDouble();
        double r = Math.sqrt(-2 * Math.log(u));
        spare = r * Math.sin(2 * Math.PI * v);
        return r * Math.cos(2 * Math.PI * v);
    }

    /** Uniform on [0, 1). */
    double uniform() {
        return random.nextDouble();
    }
}
