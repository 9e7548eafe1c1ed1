package org.banach.plugins.games.finitesum;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The on-average constants of a linear finite sum Fᵢ(z) = Mᵢ z + bᵢ, computed exactly (symmetric
 * eigenproblems, Commons Math): with Q = (1/n) Σᵢ MᵢᵀMᵢ and S = (M̄ + M̄ᵀ)/2,
 * (1/n) Σᵢ ‖Fᵢ(z) − Fᵢ(w)‖² = (z − w)ᵀQ(z − w) and ⟨F(z) − F(w), z − w⟩ = (z − w)ᵀS(z − w), so the
 * mean-square Lipschitz constant is L = √λ_max(Q) and the on-average cocoercivity is
 * β = min_{u≠0} uᵀSu / uᵀQu = λ_min(C⁻¹ S C⁻ᵀ) for the Cholesky factor Q = CCᵀ. Each is returned with a
 * relative safety margin of 1e−9 (L a little larger, β a little smaller) so that it remains a bound
 * after rounding; |β| below 1e−10 times the largest eigenvalue (a skew or singular symmetric part, up to
 * rounding) is reported as 0.
 */
final class FiniteSumConstants {

    private static final double MARGIN = 1e-9;

    private final double lipschitz;
    private final double cocoercivity;

    private FiniteSumConstants(double lipschitz, double cocoercivity) {
        this.lipschitz = lipschitz;
        this.cocoercivity = cocoercivity;
    }

    static FiniteSumConstants of(int n, int d, double[] m, double[] mean) {
        double[][] q = new double[d][d];
        for (int i = 0; i < n; i++) {
            int off = i * d * d;
            for (int k = 0; k < d; k++) {
                for (int a = 0; a < d; a++) {
                    double mka = m[off + k * d + a];
                    if (mka == 0) {
                        continue;
                    }
                    for (int c = a; c < d; c++) {
                        q[a][c] += mka * m[off + k * d + c];
                    }
                }
            }
        }
        double[][] s = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int c = a; c < d; c++) {
                q[a][c] /= n;
                q[c][a] = q[a][c];
                s[a][c] = 0.5 * (mean[a * d + c] + mean[c * d + a]);
                s[c][a] = s[a][c];
            }
        }
        RealMatrix qm = new Array2DRowRealMatrix(q, false);
        double lmax = 0;
        for (double e : new EigenDecomposition(qm).getRealEigenvalues()) {
            lmax = Math.max(lmax, e);
        }
        double lipschitz = Math.sqrt(lmax) * (1 + MARGIN);
        double beta;
        try {
            RealMatrix inv = new LUDecomposition(new CholeskyDecomposition(qm, 1e-12, 1e-14).getL())
                    .getSolver().getInverse();
            RealMatrix c = inv.multiply(new Array2DRowRealMatrix(s, false)).multiply(inv.transpose());
            RealMatrix sym = c.add(c.transpose()).scalarMultiply(0.5);
            double[] ev = new EigenDecomposition(sym).getRealEigenvalues();
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            for (double e : ev) {
                min = Math.min(min, e);
                max = Math.max(max, Math.abs(e));
            }
            beta = Math.abs(min) <= 1e-10 * max ? 0 : min * (1 - MARGIN);
        } catch (RuntimeException singular) {
            beta = Double.NaN;
        }
        return new FiniteSumConstants(lipschitz, beta < 0 ? Double.NaN : beta);
    }

    /** L = √λ_max(Q). */
    double lipschitz() {
        return lipschitz;
    }

    /** β = λ_min of S relative to Q; 0 for a skew average; NaN when Q is singular or S indefinite. */
    double cocoercivity() {
        return cocoercivity;
    }
}
