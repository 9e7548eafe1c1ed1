package org.banach.plugins.optim.handbook;

import org.banach.plugins.optim.problems.composite.Lasso;
import org.banach.plugins.optim.problems.composite.SpectralLeastSquares;
import org.banach.runtime.verify.ProxGradientMappingVerifier;

/**
 * A high-accuracy Lasso minimiser by cyclic coordinate descent (Friedman, Hastie &amp; Tibshirani, J.
 * Stat. Softw. 33, 2010): xⱼ ← S(cⱼ, λ)/(‖Aⱼ‖²/N) with cⱼ = Aⱼᵀ(b − A x + Aⱼxⱼ)/N, residual kept up to
 * date; an algorithm independent of the proximal gradient methods under test. It sweeps until the
 * runtime's gradient-mapping norm is below 1e-13 (or 200 000 sweeps).
 */
final class LassoReference {

    private LassoReference() {
    }

    static double[] solve(Lasso p) {
        SpectralLeastSquares ls = p.leastSquares();
        int n = ls.components();
        int d = ls.dimension();
        double[][] a = new double[n][];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = ls.row(i);
            r[i] = ls.target(i);
        }
        double[] col = new double[d];
        for (double[] row : a) {
            for (int j = 0; j < d; j++) {
                col[j] += row[j] * row[j] / n;
            }
        }
        double[] x = new double[d];
        for (int sweep = 0; sweep < 200_000; sweep++) {
            for (int j = 0; j < d; j++) {
                if (col[j] == 0) {
                    continue;
                }
                double c = 0;
                for (int i = 0; i < n; i++) {
                    c += a[i][j] * r[i];
                }
                c = c / n + col[j] * x[j];
                double m = Math.abs(c) - p.lambda();
                double next = m > 0 ? Math.copySign(m, c) / col[j] : 0;
                double delta = next - x[j];
                if (delta != 0) {
                    for (int i = 0; i < n; i++) {
                        r[i] -= a[i][j] * delta;
                    }
                    x[j] = next;
                }
            }
            if (sweep % 20 == 19 && ProxGradientMappingVerifier.mappingNorm(p, x, p.certificateStep()) < 1e-13) {
                break;
            }
        }
        return x;
    }
}
