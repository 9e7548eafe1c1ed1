package org.banach.plugins.games.problems;

import java.util.SplittableRandom;

/**
 * Seeded random draws shared by the instance factories ({@link ViFactory}, the finite sums): standard
 * normal draws that depend only on {@link SplittableRandom}'s stream, and the box solution with a known
 * active set that makes a closed-form solution of an affine VI on [−1, 1]ᵈ.
 */
public final class SeededDraws {

    /**
     * A point z* of [−1, 1]ᵈ and the value w = F(z*) that makes it a solution of the VI on the box:
     * w_i = 0 where z*_i is interior, w_i &lt; 0 at the upper bound, w_i &gt; 0 at the lower bound.
     */
    public record BoxSolution(double[] z, double[] w) {
    }

    private SeededDraws() {
    }

    /** A standard normal draw (Box–Muller), so the stream depends only on SplittableRandom. */
    public static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** n independent standard normal draws. */
    public static double[] gaussian(SplittableRandom rng, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = gaussian(rng);
        }
        return v;
    }

    /**
     * The solution pattern of {@code games/monotone-linear-vi}, drawn coordinate by coordinate: i ≡ 0
     * (mod 3) interior, z_i uniform in [−1/2, 1/2), w_i = 0; i ≡ 1 at the upper bound z_i = 1 with
     * w_i = −(1 + u_i); i ≡ 2 at the lower bound z_i = −1 with w_i = 1 + u_i (u_i uniform in [0, 1)).
     * With q = w − M z* ({@link #offset}), F(z) = M z + q has F(z*) = w and z* solves the VI on the box
     * with strict complementarity.
     */
    public static BoxSolution boxSolution(SplittableRandom rng, int d) {
        double[] z = new double[d];
        double[] w = new double[d];
        for (int i = 0; i < d; i++) {
            switch (i % 3) {
                case 0:
                    z[i] = rng.nextDouble(-0.5, 0.5);
                    break;
                case 1:
                    z[i] = 1;
                    w[i] = -(1 + rng.nextDouble());
                    break;
                default:
                    z[i] = -1;
                    w[i] = 1 + rng.nextDouble();
            }
        }
        return new BoxSolution(z, w);
    }

    /** q = w − M z for the d×d row-major M (d = z.length): the offset that makes F(z) = M z + q equal w at z. */
    public static double[] offset(double[] m, double[] z, double[] w) {
        int d = z.length;
        double[] q = new double[d];
        for (int i = 0; i < d; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += m[i * d + j] * z[j];
            }
            q[i] = w[i] - s;
        }
        return q;
    }
}
