package org.banach.plugins.games.finitesum;

import java.util.SplittableRandom;

import org.banach.plugins.games.problems.SeededDraws;

/**
 * The finite-sum instances, all affine (Fᵢ(z) = Mᵢ z + bᵢ, {@link LinearFiniteSum}) and built from a
 * seed: each draws an average M̄, n heterogeneous components Mᵢ = M̄ + Δᵢ (Δᵢ Gaussian, centred so that
 * Σᵢ Δᵢ = 0 exactly and the average is M̄), a solution z* of norm {@value #SOLUTION_NORM} and offsets
 * bᵢ = b̄ + eᵢ (eᵢ Gaussian, centred) with b̄ chosen so that z* solves the averaged VI. The start is 0, so
 * ‖z₀ − z*‖ = {@value #SOLUTION_NORM}: a residual tolerance of 1e−6 asks for about five orders of
 * magnitude below the starting residual (about 0.05), which O(1/k) methods reach in 10⁴–10⁵ steps.
 */
final class FiniteSumFactory {

    static final String LINEAR = "games/finite-sum-linear";
    static final String BILINEAR = "games/finite-sum-bilinear";
    static final String QUADRATIC = "games/finite-sum-quadratic";

    static final double SOLUTION_NORM = 0.01;
    /** Scale of the heterogeneity Δᵢ relative to the average's entries. */
    private static final double HETEROGENEITY = 0.3;
    /** Scale of the linear family's average operator. */
    private static final double SCALE = 8;

    private FiniteSumFactory() {
    }

    /**
     * The monotone, on-average cocoercive linear finite sum on Rᵈ: M̄ = 8 (S + K) with
     * S = 0.1 I + GᵀG/(4d) (symmetric positive definite, eigenvalues in about [0.1, 1.1]) and
     * K = 0.3 (H − Hᵀ)/√(2d) (skew), Δᵢ = 2.4 Gᵢ/√d (G, H, Gᵢ standard Gaussian d×d). So F = M̄z + b̄ is
     * strongly monotone (modulus at least 0.8) and cocoercive, the components Fᵢ are not monotone one by
     * one, and the mean-square Lipschitz constant is close to ‖M̄‖₂ (about 8.4). The scale 8 puts
     * games.halpern's default step 0.1 just inside its nonexpansive range η ≤ 2β(F) (2β(F) ≈ 0.114 at
     * d = 20, seed 0), so the default comparison with it is at a near-best step for Halpern.
     * Unconstrained: z* = M̄⁻¹(−b̄).
     */
    static LinearFiniteSum linear(int n, int d, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] g = SeededDraws.gaussian(rng, d * d);
        double[] h = SeededDraws.gaussian(rng, d * d);
        double[] mean = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = i == j ? 0.1 : 0;
                for (int k = 0; k < d; k++) {
                    s += g[k * d + i] * g[k * d + j] / (4.0 * d);
                }
                mean[i * d + j] = SCALE * (s + 0.3 * (h[i * d + j] - h[j * d + i]) / Math.sqrt(2.0 * d));
            }
        }
        double[] m = components(rng, n, d, mean, SCALE * HETEROGENEITY / Math.sqrt(d), null);
        double[] z = direction(rng, d);
        return build(LINEAR + "[n=" + n + ",d=" + d + ",seed=" + seed + "]", rng, n, m, mean, z, new double[d], false);
    }

    /**
     * The finite-sum bilinear game min_x max_y (1/n) Σᵢ (xᵀAᵢy + aᵢᵀx − cᵢᵀy), x, y ∈ Rᵐ, as the VI of
     * Fᵢ(x, y) = (Aᵢ y + aᵢ, −Aᵢᵀ x + cᵢ): every Mᵢ = [[0, Aᵢ], [−Aᵢᵀ, 0]] is skew, so F is monotone but
     * not cocoercive (β = 0; plain forward Halpern does not apply). Ā = G/√m, Aᵢ = Ā + 0.3 Gᵢ/√m.
     * Unconstrained, d = 2m; z* unique because Ā is nonsingular (almost surely).
     */
    static LinearFiniteSum bilinear(int n, int half, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = coupling(rng, half);
        int d = 2 * half;
        double[] mean = saddle(half, a, null, null);
        double[] m = components(rng, n, d, mean, HETEROGENEITY / Math.sqrt(half), half);
        double[] z = direction(rng, d);
        return build(BILINEAR + "[n=" + n + ",m=" + half + ",seed=" + seed + "]", rng, n, m, mean, z, new double[d],
                false);
    }

    /**
     * The finite-sum convex–concave quadratic min_x max_y (1/n) Σᵢ (½xᵀPᵢx + xᵀAᵢy − ½yᵀRᵢy + aᵢᵀx − cᵢᵀy)
     * over the box x, y ∈ [−1, 1]ᵐ: Fᵢ(x, y) = (Pᵢx + Aᵢy + aᵢ, −Aᵢᵀx + Rᵢy + cᵢ) with
     * P̄ = GᵀG/(2m), R̄ = HᵀH/(2m) (positive semidefinite, here rank m/2, so F is monotone and neither
     * strongly monotone nor cocoercive in general), Ā Gaussian/√m, and Gaussian heterogeneity in every
     * block. The solution is drawn first with the pattern of {@code games/monotone-linear-vi}: entries
     * i ≡ 0 (mod 3) interior, i ≡ 1 at +1, i ≡ 2 at −1, and b̄ = w − M̄z* with w the complementary
     * multipliers (0 inside, −(1+u) at +1, +(1+u) at −1), so z* solves the averaged VI on the box in closed
     * form ({@link SeededDraws#boxSolution}).
     */
    static LinearFiniteSum quadratic(int n, int half, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int r = Math.max(1, half / 2);
        double[] p = gram(SeededDraws.gaussian(rng, r * half), r, half);
        double[] q = gram(SeededDraws.gaussian(rng, r * half), r, half);
        double[] a = coupling(rng, half);
        int d = 2 * half;
        double[] mean = saddle(half, a, p, q);
        double[] m = components(rng, n, d, mean, HETEROGENEITY / Math.sqrt(half), null);
        SeededDraws.BoxSolution zw = SeededDraws.boxSolution(rng, d);
        return build(QUADRATIC + "[n=" + n + ",m=" + half + ",seed=" + seed + "]", rng, n, m, mean, zw.z(), zw.w(),
                true);
    }

    /** Ā = G/√m for an m×m standard Gaussian G, row-major. */
    private static double[] coupling(SplittableRandom rng, int half) {
        double[] a = SeededDraws.gaussian(rng, half * half);
        for (int k = 0; k < a.length; k++) {
            a[k] /= Math.sqrt(half);
        }
        return a;
    }

    /** [[P, A], [−Aᵀ, R]] (2m×2m); P, R null for zero blocks. */
    private static double[] saddle(int half, double[] a, double[] p, double[] r) {
        int d = 2 * half;
        double[] out = new double[d * d];
        for (int i = 0; i < half; i++) {
            for (int j = 0; j < half; j++) {
                out[i * d + half + j] = a[i * half + j];
                out[(half + j) * d + i] = -a[i * half + j];
                if (p != null) {
                    out[i * d + j] = p[i * half + j];
                    out[(half + i) * d + half + j] = r[i * half + j];
                }
            }
        }
        return out;
    }

    /** GᵀG/(2m) for G r×m. */
    private static double[] gram(double[] g, int r, int half) {
        double[] out = new double[half * half];
        for (int i = 0; i < half; i++) {
            for (int j = 0; j < half; j++) {
                double s = 0;
                for (int k = 0; k < r; k++) {
                    s += g[k * half + i] * g[k * half + j];
                }
                out[i * half + j] = s / (2.0 * half);
            }
        }
        return out;
    }

    /**
     * n matrices M̄ + Δᵢ, Δᵢ = scale·(Gaussian), centred over i. With {@code skewHalf} non-null, Δᵢ is the
     * skew block matrix [[0, Eᵢ], [−Eᵢᵀ, 0]] of an m×m Gaussian Eᵢ (bilinear components stay skew).
     */
    private static double[] components(SplittableRandom rng, int n, int d, double[] mean, double scale,
            Integer skewHalf) {
        double[] m = new double[n * d * d];
        double[] sum = new double[d * d];
        for (int i = 0; i < n; i++) {
            int off = i * d * d;
            if (skewHalf == null) {
                for (int k = 0; k < d * d; k++) {
                    m[off + k] = scale * SeededDraws.gaussian(rng);
                }
            } else {
                int half = skewHalf;
                for (int r = 0; r < half; r++) {
                    for (int c = 0; c < half; c++) {
                        double e = scale * SeededDraws.gaussian(rng);
                        m[off + r * d + half + c] = e;
                        m[off + (half + c) * d + r] = -e;
                    }
                }
            }
            for (int k = 0; k < d * d; k++) {
                sum[k] += m[off + k];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d * d; k++) {
                m[i * d * d + k] += mean[k] - sum[k] / n;
            }
        }
        return m;
    }

    /** Offsets bᵢ = b̄ + eᵢ with b̄ = w − M̄z* (so F(z*) = w), eᵢ centred Gaussian, then the instance. */
    private static LinearFiniteSum build(String name, SplittableRandom rng, int n, double[] m, double[] mean,
            double[] z, double[] w, boolean box) {
        int d = z.length;
        double[] bbar = SeededDraws.offset(mean, z, w);
        double[] b = new double[n * d];
        double[] sum = new double[d];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < d; r++) {
                b[i * d + r] = SeededDraws.gaussian(rng);
                sum[r] += b[i * d + r];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < d; r++) {
                b[i * d + r] += bbar[r] - sum[r] / n;
            }
        }
        return new LinearFiniteSum(name, n, m, b, box, new double[d], z);
    }

    /** A Gaussian direction of norm {@link #SOLUTION_NORM}. */
    private static double[] direction(SplittableRandom rng, int d) {
        double[] z = SeededDraws.gaussian(rng, d);
        double s = 0;
        for (double v : z) {
            s += v * v;
        }
        double scale = SOLUTION_NORM / Math.sqrt(s);
        for (int i = 0; i < d; i++) {
            z[i] *= scale;
        }
        return z;
    }
}
