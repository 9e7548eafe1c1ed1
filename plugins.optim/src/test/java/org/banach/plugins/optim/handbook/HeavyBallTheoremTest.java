package org.banach.plugins.optim.handbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.conformance.TestMonitor;
import org.banach.plugins.optim.problems.composite.SpectralLeastSquares;
import org.junit.jupiter.api.Test;

/**
 * Handbook Sec. 7, stochastic heavy ball with αₜ = 2η/(t + 3), βₜ = t/(t + 3) (an iterate moving average, λₜ = t/2)
 * and η = 1/(4L_max), on a convex (rank-deficient) least-squares sum: the last iterate satisfies
 * E[f(xₜ) − f*] ≤ ‖x₀ − x*‖²/(η(t + 1)) + 2ησ*, x* the minimiser closest to x₀ (the minimum-norm one
 * from x₀ = 0). Mean over {@value #SEEDS} seeds with margin {@value #MARGIN}; with the full batch there
 * is no noise and the bound is deterministic.
 */
class HeavyBallTheoremTest {

    static final int SEEDS = 20;
    static final double MARGIN = 1.25;

    static final SpectralLeastSquares P = Theorems.leastSquares("samples=50", "d=20", "rank=8", "condition=20",
            "noise=0.5");

    /** max over reports of mean gap / bound. */
    static double worstRatio(int batch, int seeds, int steps) {
        double fStar = P.knownOptimalValue().getAsDouble();
        double r0 = Theorems.distanceSquared(P.start(), P.knownMinimizer().orElseThrow());
        int n = P.components();
        double lb = n * (batch - 1.0) / (batch * (n - 1.0)) * P.smoothness().getAsDouble()
                + (n - batch) / (batch * (n - 1.0)) * P.componentSmoothness().getAsDouble();
        double sigma = (n - batch) / (batch * (n - 1.0)) * Theorems.noiseAt(P, P.knownMinimizer().orElseThrow());
        double eta = 1 / (4 * lb);
        int every = 10;
        double[] mean = new double[steps / every + 1];
        for (int seed = 1; seed <= seeds; seed++) {
            TestMonitor m = new TestMonitor();
            Theorems.solve(new HeavyBall(), P, m, seed, "batchSize=" + batch, "maxIterations=" + steps,
                    "reportEvery=" + every, "tolerance=0");
            for (int i = 0; i < mean.length; i++) {
                mean[i] += (m.trace().get(i).objective() - fStar) / seeds;
            }
        }
        double worst = 0;
        for (int i = 0; i < mean.length; i++) {
            double t = (double) i * every;
            worst = Math.max(worst, mean[i] / (r0 / (eta * (t + 1)) + 2 * eta * sigma));
        }
        return worst;
    }

    @Test
    void lastIterateGapStaysBelowTheHandbookBound() {
        double single = worstRatio(1, SEEDS, 4000);
        double full = worstRatio(P.components(), 1, 400);
        System.out.printf("SHB eta = 1/(4 L_b): max_t mean gap/bound = %.3f (b = 1), %.3f (b = N, deterministic)%n",
                single, full);
        assertTrue(single <= MARGIN, "stochastic bound: " + single);
        assertTrue(full <= 1 + 1e-12, "deterministic bound: " + full);
        assertTrue(single > 0.01 && full > 0.01, "the bounds are not vacuous");
    }
}
