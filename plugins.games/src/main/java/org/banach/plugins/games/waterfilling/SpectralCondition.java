package org.banach.plugins.games.waterfilling;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.banach.api.games.WaterFillingGame;

/**
 * The sufficient condition for iterative water-filling of Scutari, Palomar &amp; Barbarossa (IEEE Trans.
 * Inf. Theory 54 (2008), condition (C1) with S^max): the normalised interference matrix
 * [S]_qr = max_k |H_qr(k)|² / |H_qq(k)|² for r ≠ q, [S]_qq = 0, and its spectral radius ρ(S). When
 * ρ(S) &lt; 1 the Nash equilibrium is unique and the sequential, simultaneous and (totally)
 * asynchronous water-filling iterations all converge to it, the simultaneous map being a contraction
 * in a weighted block-max norm with modulus as close to ρ(S) as one likes. Deviation: the paper may
 * restrict the maximum to carriers both users can use (D_q ∩ D_r); here it runs over all carriers,
 * which gives a larger S, so the condition checked is (slightly) more conservative.
 */
final class SpectralCondition {

    private SpectralCondition() {
    }

    /** S of the game (Q×Q); a carrier with zero direct gain makes its entries +∞. */
    static double[][] matrix(WaterFillingGame game) {
        int users = game.users();
        double[][] s = new double[users][users];
        for (int q = 0; q < users; q++) {
            for (int r = 0; r < users; r++) {
                if (r == q) {
                    continue;
                }
                double max = 0;
                for (int k = 0; k < game.carriers(); k++) {
                    double cross = game.gain(q, r, k);
                    if (cross > 0) {
                        double direct = game.gain(q, q, k);
                        max = Math.max(max, direct > 0 ? cross / direct : Double.POSITIVE_INFINITY);
                    }
                }
                s[q][r] = max;
            }
        }
        return s;
    }

    /** ρ(S), the largest eigenvalue modulus (+∞ when an entry is infinite). */
    static double spectralRadius(double[][] s) {
        for (double[] row : s) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return Double.POSITIVE_INFINITY;
                }
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(s, false));
        double[] re = eigen.getRealEigenvalues();
        double[] im = eigen.getImagEigenvalues();
        double rho = 0;
        for (int i = 0; i < re.length; i++) {
            rho = Math.max(rho, Math.hypot(re[i], im[i]));
        }
        return rho;
    }
}
