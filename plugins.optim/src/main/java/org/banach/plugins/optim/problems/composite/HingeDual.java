package org.banach.plugins.optim.problems.composite;

import java.util.function.ToDoubleFunction;

/**
 * The reference optimum of the ℓ2-regularised hinge loss by stochastic dual coordinate ascent in cyclic
 * order (Shalev-Shwartz &amp; Zhang, JMLR 14, 2013, closed-form hinge step): the dual
 * D(α) = (1/N) Σ αᵢ − (λ/2)‖w(α)‖², w(α) = (1/(λN)) Σ αᵢ yᵢ aᵢ, α ∈ [0, 1]^N, is maximised one
 * coordinate at a time exactly; weak duality f(w) ≥ f* ≥ D(α) brackets the optimum and the sweeps stop
 * once the gap f(w) − D(α) is below 1e-13·max(1, |D|) (or after 200 000 sweeps).
 */
final class HingeDual {

    private static final int MAX_SWEEPS = 200_000;
    private static final double RELATIVE_GAP = 1e-13;

    private final double[] w;
    private final double dualValue;
    private final double gap;

    private HingeDual(double[] w, double dualValue, double gap) {
        this.w = w;
        this.dualValue = dualValue;
        this.gap = gap;
    }

    static HingeDual solve(double[][] a, double[] y, double lambda, ToDoubleFunction<double[]> primal) {
        int n = a.length;
        int d = a[0].length;
        double[] alpha = new double[n];
        double[] w = new double[d];
        double[] sq = new double[n];
        for (int i = 0; i < n; i++) {
            sq[i] = RandomMatrices.dot(a[i], a[i]);
        }
        double dual = 0;
        double gap = Double.POSITIVE_INFINITY;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            for (int i = 0; i < n; i++) {
                if (sq[i] == 0) {
                    alpha[i] = 1;
                    continue;
                }
                double step = lambda * n * (1 - y[i] * RandomMatrices.dot(a[i], w)) / sq[i];
                double next = Math.min(1, Math.max(0, alpha[i] + step));
                double delta = next - alpha[i];
                if (delta != 0) {
                    alpha[i] = next;
                    double c = delta * y[i] / (lambda * n);
                    for (int k = 0; k < d; k++) {
                        w[k] += c * a[i][k];
                    }
                }
            }
            if (sweep % 10 == 9) {
                double sum = 0;
                for (double v : alpha) {
                    sum += v;
                }
                dual = sum / n - 0.5 * lambda * RandomMatrices.dot(w, w);
                gap = primal.applyAsDouble(w) - dual;
                if (gap <= RELATIVE_GAP * Math.max(1, Math.abs(dual))) {
                    break;
                }
            }
        }
        return new HingeDual(w, dual, gap);
    }

    double[] primal() {
        return w.clone();
    }

    double dualValue() {
        return dualValue;
    }

    double gap() {
        return gap;
    }
}
