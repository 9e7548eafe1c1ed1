package org.banach.plugins.games.problems;

import java.util.SplittableRandom;

/** The variational inequalities of the library, built from a seed ({@link LinearVi} instances). */
final class ViFactory {

    static final String BILINEAR = "games/bilinear";
    static final String MONOTONE_LINEAR = "games/monotone-linear-vi";

    private ViFactory() {
    }

    /**
     * The unconstrained bilinear saddle min_x max_y xᵀAy, x, y ∈ Rⁿ, as the VI of
     * F(x, y) = (A y, −Aᵀ x): M = [[0, A], [−Aᵀ, 0]] is skew, so F is monotone but not strongly
     * monotone, and for nonsingular A the unique solution is 0. A is the identity, or a random
     * orthogonal matrix (Gram–Schmidt on a Gaussian matrix, condition number 1). Start: all ones.
     */
    static LinearVi bilinear(int n, long seed, boolean identity) {
        double[] a = identity ? identity(n) : randomOrthogonal(n, new SplittableRandom(seed));
        int d = 2 * n;
        double[] m = new double[d * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i * d + n + j] = a[i * n + j];
                m[(n + j) * d + i] = -a[i * n + j];
            }
        }
        double[] ones = new double[d];
        java.util.Arrays.fill(ones, 1.0);
        String name = BILINEAR + "[n=" + n + (identity ? ",A=I" : ",seed=" + seed) + "]";
        return new LinearVi(name, m, new double[d], false, ones, new double[d]);
    }

    /**
     * F(z) = M z + q on the box [−1, 1]ᵈ with M = S + K: S = GᵀG/d (G a ⌊d/2⌋×d standard Gaussian
     * matrix, so S is positive semidefinite and singular for d ≥ 2) and K = (H − Hᵀ)/√d (H standard
     * Gaussian, skew). The solution z* is drawn first: components i ≡ 0 (mod 3) interior, uniform in
     * [−1/2, 1/2]; i ≡ 1 at the upper bound 1; i ≡ 2 at the lower bound −1. Then q = w − M z* with
     * w_i = 0 inside and w_i = −(1 + u_i) at 1, +(1 + u_i) at −1 (u_i uniform in [0,1)), so F(z*) = w
     * satisfies the VI's complementarity conditions: z* solves it in closed form (with strict
     * complementarity; {@link SeededDraws#boxSolution}). Start: 0.
     */
    static LinearVi monotoneLinear(int d, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int r = d / 2;
        double[] g = SeededDraws.gaussian(rng, r * d);
        double[] h = SeededDraws.gaussian(rng, d * d);
        double[] m = new double[d * d];
        double scale = 1.0 / Math.sqrt(d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int k = 0; k < r; k++) {
                    s += g[k * d + i] * g[k * d + j];
                }
                m[i * d + j] = s / d + (h[i * d + j] - h[j * d + i]) * scale;
            }
        }
        SeededDraws.BoxSolution zw = SeededDraws.boxSolution(rng, d);
        double[] z = zw.z();
        double[] q = SeededDraws.offset(m, z, zw.w());
        return new LinearVi(MONOTONE_LINEAR + "[d=" + d + ",seed=" + seed + "]", m, q, true, new double[d], z);
    }

    static double[] identity(int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 1;
        }
        return a;
    }

    /** Rows of a Gaussian matrix orthonormalised by modified Gram–Schmidt with reorthogonalisation (a row redrawn if degenerate). */
    static double[] randomOrthogonal(int n, SplittableRandom rng) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            double norm;
            do {
                for (int j = 0; j < n; j++) {
                    a[i * n + j] = SeededDraws.gaussian(rng);
                }
                for (int pass = 0; pass < 2; pass++) { // twice is enough (Giraud et al. 2005)
                    for (int k = 0; k < i; k++) {
                        double dot = 0;
                        for (int j = 0; j < n; j++) {
                            dot += a[i * n + j] * a[k * n + j];
                        }
                        for (int j = 0; j < n; j++) {
                            a[i * n + j] -= dot * a[k * n + j];
                        }
                    }
                }
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[i * n + j] * a[i * n + j];
                }
                norm = Math.sqrt(s);
            } while (norm < 1e-3);
            for (int j = 0; j < n; j++) {
                a[i * n + j] /= norm;
            }
        }
        return a;
    }
}
