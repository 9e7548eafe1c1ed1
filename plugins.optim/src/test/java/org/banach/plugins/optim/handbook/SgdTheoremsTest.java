package org.banach.plugins.optim.handbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.banach.api.RateFit;
import org.banach.api.conformance.TestMonitor;
import org.banach.plugins.optim.problems.composite.SpectralLeastSquares;
import org.junit.jupiter.api.Test;

/**
 * Handbook Sec. 5–6 on a strongly convex least-squares sum (rank = d, exact L, μ, L_max), with the
 * expectation replaced by the mean over {@value #SEEDS} seeds. σ* = (1/N) Σ‖∇fᵢ(x*)‖², K = L_b/μ.
 * <ul>
 * <li>constant γ = 1/(2L_max): E‖xₜ − x*‖² ≤ (1 − γμ)ᵗ‖x₀ − x*‖² + 2γσ* / μ;</li>
 * <li>mini-batches of b without replacement: the same with L_b and σ_b* = (N − b)/(b(N − 1))·σ*;</li>
 * <li>switching steps (Gower et al. 2019, Thm 3.2): for t ≥ 4⌈K⌉,
 * E‖xₜ − x*‖² ≤ 8σ* / (μ²t) + 16⌈K⌉²‖x₀ − x*‖²/(e²t²), and the fitted log-log slope is about −1.</li>
 * </ul>
 * The mean of {@value #SEEDS} runs may exceed an expectation bound by chance; a margin of
 * {@value #MARGIN} is allowed (the measured worst ratios are printed).
 */
class SgdTheoremsTest {

    static final int SEEDS = 20;
    static final double MARGIN = 1.25;

    static final SpectralLeastSquares P = Theorems.leastSquares("samples=50", "d=10", "rank=0", "condition=5",
            "noise=0.5");

    /** Mean ‖xₜ − x*‖² over the seeds at the reported steps t = 0, every, 2·every, …, steps. */
    static double[] meanDistance(int steps, int every, String... settings) {
        double[] xStar = P.knownMinimizer().orElseThrow();
        double[] mean = new double[steps / every + 1];
        for (int seed = 1; seed <= SEEDS; seed++) {
            RecordingSum p = new RecordingSum(P);
            String[] all = Arrays.copyOf(settings, settings.length + 3);
            all[settings.length] = "maxIterations=" + steps;
            all[settings.length + 1] = "reportEvery=" + every;
            all[settings.length + 2] = "tolerance=0";
            Theorems.solve(new HandbookSgd(), p, new TestMonitor(), seed, all);
            assertTrue(p.points.size() == mean.length, "one report per " + every + " steps");
            for (int i = 0; i < mean.length; i++) {
                mean[i] += Theorems.distanceSquared(p.points.get(i), xStar) / SEEDS;
            }
        }
        return mean;
    }

    /** max over reports of mean/bound, for the constant-step bound with L_b and σ_b. */
    static double[] constantStep(int batch, int steps, int every) {
        int n = P.components();
        double l = P.smoothness().getAsDouble();
        double lMax = P.componentSmoothness().getAsDouble();
        double lb = n * (batch - 1.0) / (batch * (n - 1.0)) * l + (n - batch) / (batch * (n - 1.0)) * lMax;
        double sigmaB = (n - batch) / (batch * (n - 1.0)) * Theorems.noiseAt(P, P.knownMinimizer().orElseThrow());
        double mu = P.strongConvexity().getAsDouble();
        double gamma = 1 / (2 * lb);
        double[] mean = meanDistance(steps, every, "batchSize=" + batch);
        double worst = 0;
        for (int i = 0; i < mean.length; i++) {
            double bound = Math.pow(1 - gamma * mu, (double) i * every) * mean[0] + 2 * gamma * sigmaB / mu;
            worst = Math.max(worst, mean[i] / bound);
        }
        double plateau = 0;
        for (int i = mean.length / 2; i < mean.length; i++) {
            plateau += mean[i] / (mean.length - mean.length / 2);
        }
        return new double[] {worst, plateau, 2 * gamma * sigmaB / mu};
    }

    @Test
    void constantStepStaysBelowTheLinearRatePlusNeighbourhoodBound() {
        double[] single = constantStep(1, 6000, 20);
        System.out.printf("SGD b=1, gamma=1/(2 L_max): max_t mean/bound = %.3f, plateau %.3e vs neighbourhood 2 gamma sigma/mu = %.3e%n",
                single[0], single[1], single[2]);
        assertTrue(single[0] <= MARGIN, "bound holds at every t: " + single[0]);
        assertTrue(single[1] > 0.01 * single[2], "the plateau is a real fraction of the neighbourhood: " + single[1]);
    }

    @Test
    void miniBatchesWithoutReplacementShrinkTheNeighbourhoodAsTheHandbookSays() {
        double[] single = constantStep(1, 6000, 20);
        double[] batch = constantStep(10, 6000, 20);
        System.out.printf("SGD b=10: max_t mean/bound = %.3f, plateau %.3e vs neighbourhood %.3e (b=1 plateau %.3e)%n",
                batch[0], batch[1], batch[2], single[1]);
        assertTrue(batch[0] <= MARGIN, "mini-batch bound holds at every t: " + batch[0]);
        // the bound's neighbourhood halves (larger step 1/(2L_b), much smaller σ_b*); so does the measured plateau
        assertTrue(batch[2] < 0.6 * single[2] && batch[1] < 0.75 * single[1], "a smaller neighbourhood with b = 10");
        // all N components without replacement: no noise left, the iterates reach x* (σ_N* = 0)
        double[] full = constantStep(P.components(), 400, 20);
        assertTrue(full[1] < 1e-10 && full[0] <= 1 + 1e-9, "b = N is gradient descent: " + full[0] + ", " + full[1]);
    }

    @Test
    void switchingStepsGiveTheOneOverTRate() {
        double mu = P.strongConvexity().getAsDouble();
        double lMax = P.componentSmoothness().getAsDouble();
        double sigma = Theorems.noiseAt(P, P.knownMinimizer().orElseThrow());
        double k = Math.ceil(lMax / mu);
        int every = 50;
        int steps = 40_000;
        double[] mean = meanDistance(steps, every, "stepRule=switching");
        double worst = 0;
        int from = (int) Math.ceil(4 * k / every);
        double[] t = new double[mean.length];
        double[] y = new double[mean.length];
        int n = 0;
        for (int i = Math.max(1, from); i < mean.length; i++) {
            double ti = (double) i * every;
            double bound = 8 * sigma / (mu * mu * ti) + 16 * k * k * mean[0] / (Math.E * Math.E * ti * ti);
            worst = Math.max(worst, mean[i] / bound);
            if (ti >= 4000) {
                t[n] = ti;
                y[n++] = mean[i];
            }
        }
        RateFit fit = RateFit.logLog(Arrays.copyOf(t, n), Arrays.copyOf(y, n));
        System.out.printf("SGD switching steps (switch at t = %d): max_t mean/bound = %.3f, log-log slope %s%n",
                (long) (4 * k), worst, fit);
        assertTrue(worst <= MARGIN, "Thm bound for t >= 4 ceil(K): " + worst);
        assertTrue(fit.slope() < -0.7 && fit.slope() > -1.3, "E||x_t - x*||^2 = O(1/t): " + fit);
    }

    /**
     * Convex (rank-deficient) least squares, γ = 1/(4L_max), averaged output:
     * E f(x̄_T) − f* ≤ ‖x₀ − x*‖²/(2γ(1 − 2γL_max)T) + γσ* / (1 − 2γL_max).
     */
    @Test
    void averagedIterateMeetsTheConvexBound() {
        SpectralLeastSquares p = Theorems.leastSquares("samples=50", "d=20", "rank=8", "condition=20", "noise=0.5");
        double lMax = p.componentSmoothness().getAsDouble();
        double gamma = 1 / (4 * lMax);
        double fStar = p.knownOptimalValue().getAsDouble();
        double r0 = Theorems.distanceSquared(p.start(), p.knownMinimizer().orElseThrow());
        double sigma = Theorems.noiseAt(p, p.knownMinimizer().orElseThrow());
        int steps = 4000;
        int every = 20;
        double[] mean = new double[steps / every + 1];
        for (int seed = 1; seed <= SEEDS; seed++) {
            TestMonitor m = new TestMonitor();
            Theorems.solve(new HandbookSgd(), p, m, seed, "step=" + gamma, "output=average", "maxIterations=" + steps,
                    "reportEvery=" + every, "tolerance=0");
            for (int i = 0; i < mean.length; i++) {
                mean[i] += (m.trace().get(i).objective() - fStar) / SEEDS;
            }
        }
        double c = 1 - 2 * gamma * lMax;
        double worst = 0;
        for (int i = 1; i < mean.length; i++) {
            double t = (double) i * every;
            worst = Math.max(worst, mean[i] / (r0 / (2 * gamma * c * t) + gamma * sigma / c));
        }
        System.out.printf("SGD convex, gamma = 1/(4 L_max), averaged iterate: max_T mean gap/bound = %.3f%n", worst);
        assertTrue(worst <= MARGIN && worst > 0.01, "convex bound at every T: " + worst);
    }
}
