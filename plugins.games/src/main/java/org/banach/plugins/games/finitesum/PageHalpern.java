package org.banach.plugins.games.finitesum;

import java.util.SplittableRandom;

import org.banach.api.Result;

/**
 * Algorithm 1 of Cai, Alacaoglu &amp; Diakonikolas (ICLR 2024), for F cocoercive on average: the
 * one-step Halpern iteration u_{k+1} = P_Z(λ_k u₀ + (1 − λ_k) u_k − η F̃_k) with the recursive (PAGE)
 * estimator F̃_k = F(u_k) with probability p_k, else F̃_{k−1} + (1/b) Σ_{j∈S_k} (F_j(u_k) − F_j(u_{k−1}))
 * for a batch S_k of b indices drawn without replacement. Parameters as in the authors' released
 * experiment code (github.com/zephyr-cai/Finite-Sum-Halpern-Iteration, matrix_game.py): λ_k = 2/(k+4),
 * full evaluations at k ≤ 1, p_k = 4/(k+4) while k − 1 ≤ √n and 4/(√n+5) after, b = ⌊√n⌋. A full
 * evaluation also yields the natural residual of u_k for free; those are the checked points.
 */
final class PageHalpern {

    private final FiniteSumRun run;
    private final double eta;
    private final int batch;
    private final long maxIterations;
    private final SplittableRandom rng;

    PageHalpern(FiniteSumRun run, double eta, int batch, long maxIterations, long seed) {
        this.run = run;
        this.eta = eta;
        this.batch = batch;
        this.maxIterations = maxIterations;
        this.rng = new SplittableRandom(seed);
    }

    Result solve(double[] u0) {
        int n = run.components();
        int d = run.dimension();
        double sqrtN = Math.sqrt(n);
        double[] u = u0.clone();
        double[] prev = u0.clone();
        double[] g = new double[d];
        double[] a = new double[d];
        double[] c = new double[d];
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (long k = 0;; k++) {
            boolean full = k <= 1 || rng.nextDouble() < (k - 1 <= sqrtN ? 4.0 / (k + 4) : 4.0 / (sqrtN + 5));
            if (full) {
                run.full(u, g);
                Result end = run.check(k, u, run.residual(u, g), maxIterations);
                if (end != null) {
                    return end;
                }
            } else {
                if (k >= maxIterations) {
                    return run.check(k, u, run.paidResidual(u), maxIterations);
                }
                for (int s = 0; s < batch; s++) {
                    int pick = s + rng.nextInt(n - s);
                    int j = perm[pick];
                    perm[pick] = perm[s];
                    perm[s] = j;
                    run.component(j, u, a);
                    run.component(j, prev, c);
                    for (int i = 0; i < d; i++) {
                        g[i] += (a[i] - c[i]) / batch;
                    }
                }
            }
            double lambda = 2.0 / (k + 4);
            System.arraycopy(u, 0, prev, 0, d);
            for (int i = 0; i < d; i++) {
                u[i] = lambda * u0[i] + (1 - lambda) * u[i] - eta * g[i];
            }
            run.project(u);
            if (FiniteSumRun.firstNonFinite(u) >= 0) {
                return run.check(k + 1, u, Double.NaN, maxIterations);
            }
        }
    }
}
