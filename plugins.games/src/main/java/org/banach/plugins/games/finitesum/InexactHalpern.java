package org.banach.plugins.games.finitesum;

import java.util.SplittableRandom;

import org.banach.api.Result;

/**
 * Algorithm 2 of Cai, Alacaoglu &amp; Diakonikolas (ICLR 2024), for F monotone and L-Lipschitz in mean
 * square: the inexact Halpern iteration u_{k+1} = λ_k u₀ + (1 − λ_k) ṽ_k, λ_k = 1/(k+2), where ṽ_k
 * approximates the resolvent J_{η(F + N_Z)}(u_k), η = √n/L, i.e. the solution of the 1-strongly
 * monotone VI of Φ(v) = η F(v) + v − u_k (components Φ_j = η F_j + v − u_k, mean-square Lipschitz
 * ηL + 1). The subsolver is VR-FoRB (Alacaoglu &amp; Malitsky, COLT 2022, loopless variance-reduced
 * forward-reflected-backward) started at v = w = u_k:
 * v̄ = α v_t + (1 − α) w_t, v_{t+1} = P_Z(v̄ − γ [Φ(w_t) + Φ_j(v_t) − Φ_j(w_{t−1})]) for a uniform j,
 * w_{t+1} = v_{t+1} with probability p (a full F) else w_t; p = 1/n, α = 1 − p,
 * γ = c_γ √(p(1−p))/(ηL + 1) (c_γ = 1/2 is the VR-FoRB theory step), and M_k = ⌈c_M n ln(k+2)⌉ inner
 * steps (the authors' experiment code uses c_M = 0.05 with c_γ = 5). The checked point of outer step k
 * is ṽ_k, not u_{k+1}: unconstrained, F(J(u)) = (u − J(u))/η, so the residual at ṽ_k is about
 * 1/(ηL) = 1/√n times the one at u_{k+1}; ṽ_k is measured (paid as residual calls) and returned.
 */
final class InexactHalpern {

    private final FiniteSumRun run;
    private final double eta;
    private final double gamma;
    private final double innerFactor;
    private final double p;
    private final long maxIterations;
    private final SplittableRandom rng;

    InexactHalpern(FiniteSumRun run, double eta, double lipschitz, double innerStep, double innerFactor,
            long maxIterations, long seed) {
        this.run = run;
        this.eta = eta;
        this.p = 1.0 / Math.max(2, run.components());
        this.gamma = innerStep * Math.sqrt(p * (1 - p)) / (eta * lipschitz + 1);
        this.innerFactor = innerFactor;
        this.maxIterations = maxIterations;
        this.rng = new SplittableRandom(seed);
    }

    Result solve(double[] u0) {
        int d = run.dimension();
        double[] u = u0.clone();
        double[] v = new double[d];
        for (long k = 0;; k++) {
            Result end = resolvent(k, u0, u, v);
            if (end != null) {
                return end;
            }
            end = run.check(k + 1, v, run.paidResidual(v), maxIterations);
            if (end != null) {
                return end;
            }
            double lambda = 1.0 / (k + 2);
            for (int i = 0; i < d; i++) {
                u[i] = lambda * u0[i] + (1 - lambda) * v[i];
            }
        }
    }

    /**
     * v := VR-FoRB's approximation of J(u) after M_k steps. At k = 0 its first full F (at u = u₀) checks
     * the start for free; returns a result only when that check (or a non-finite value) ends the run.
     */
    private Result resolvent(long k, double[] u0, double[] u, double[] v) {
        int n = run.components();
        int d = run.dimension();
        double alpha = 1 - p;
        long steps = (long) Math.ceil(innerFactor * n * Math.log(k + 2));
        double[] w = u.clone();
        double[] wPrev = u.clone();
        double[] phiW = new double[d];
        double[] a = new double[d];
        double[] c = new double[d];
        double[] next = new double[d];
        System.arraycopy(u, 0, v, 0, d);
        run.full(w, phiW);
        if (k == 0) {
            Result start = run.check(0, u0, run.residual(u0, phiW), maxIterations);
            if (start != null) {
                return start;
            }
        }
        snapshot(phiW, w, u);
        for (long t = 0; t < steps; t++) {
            int j = rng.nextInt(n);
            run.component(j, v, a);
            run.component(j, wPrev, c);
            for (int i = 0; i < d; i++) {
                double estimate = phiW[i] + eta * (a[i] - c[i]) + (v[i] - wPrev[i]);
                next[i] = alpha * v[i] + (1 - alpha) * w[i] - gamma * estimate;
            }
            run.project(next);
            System.arraycopy(w, 0, wPrev, 0, d);
            if (rng.nextDouble() < p) {
                System.arraycopy(next, 0, w, 0, d);
                run.full(w, phiW);
                snapshot(phiW, w, u);
            }
            System.arraycopy(next, 0, v, 0, d);
            if (FiniteSumRun.firstNonFinite(v) >= 0) {
                return run.check(k + 1, v, Double.NaN, maxIterations);
            }
        }
        return null;
    }

    /** phiW := Φ(w) = η F(w) + w − u, from F(w) in phiW. */
    private void snapshot(double[] phiW, double[] w, double[] u) {
        for (int i = 0; i < phiW.length; i++) {
            phiW[i] = eta * phiW[i] + w[i] - u[i];
        }
    }
}
