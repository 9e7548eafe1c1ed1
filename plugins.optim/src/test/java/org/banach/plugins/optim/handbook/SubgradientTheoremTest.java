package org.banach.plugins.optim.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import org.banach.api.Result;
import org.banach.api.RateFit;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.NonsmoothObjective;
import org.banach.plugins.optim.problems.composite.CompositeProblemProvider;
import org.banach.plugins.optim.problems.composite.HingeSvm;
import org.banach.runtime.verify.OptimalityGapVerifier;
import org.junit.jupiter.api.Test;

/**
 * Handbook Sec. 9, the subgradient method on the hinge-loss SVM (G-bounded subgradients on a ball that
 * holds the iterates): for the step-weighted average x̄_T, f(x̄_T) − f* ≤ (‖x₀ − x*‖² + G²Σ_{t&lt;T}γₜ²) /
 * (2Σ_{t&lt;T}γₜ), with γₜ = γ/√(t + 1) (O(log T/√T)) and with the constant γ = ‖x₀ − x*‖/(G√T)
 * (‖x₀ − x*‖G/√T at T). f* is the problem's dual value (a lower bound, so the measured gap is at least
 * the true one).
 */
class SubgradientTheoremTest {

    static final HingeSvm P = (HingeSvm) new CompositeProblemProvider().create(HingeSvm.ID, new HashMap<>());

    @Test
    void referenceOptimumIsCertifiedByDuality() {
        assertTrue(P.referenceGap() < 1e-10, "dual coordinate ascent closes the gap: " + P.referenceGap());
        assertEquals(P.knownOptimalValue().getAsDouble(), P.value(P.knownMinimizer().orElseThrow()), 1e-10);
    }

    @Test
    void decreasingStepsStayBelowTheBoundWithTheHandbookRate() {
        int steps = 20_000;
        TestMonitor m = new TestMonitor();
        Result r = Theorems.solve(new SubgradientMethod(), P, m, 0, "maxIterations=" + steps, "reportEvery=100",
                "tolerance=0");
        double g = P.lipschitz().getAsDouble();
        double gamma = 1 / g;
        double r0 = Theorems.distanceSquared(P.start(), P.knownMinimizer().orElseThrow());
        double worst = 0;
        List<TestMonitor.Point> trace = m.trace();
        double[] t = new double[trace.size()];
        double[] gap = new double[trace.size()];
        int n = 0;
        for (TestMonitor.Point p : trace) {
            long k = p.iteration();
            if (k == 0) {
                continue;
            }
            double sum = 0;
            double sumSq = 0;
            for (long s = 0; s < k; s++) {
                sum += gamma / Math.sqrt(s + 1);
                sumSq += gamma * gamma / (s + 1);
            }
            double bound = (r0 + g * g * sumSq) / (2 * sum);
            worst = Math.max(worst, p.measure() / bound);
            if (k >= 1000) {
                t[n] = k;
                gap[n++] = p.measure();
            }
        }
        RateFit fit = RateFit.logLog(Arrays.copyOf(t, n), Arrays.copyOf(gap, n));
        System.out.printf("subgradient gamma/sqrt(t+1): max_t gap/bound = %.4f, final gap %.3e, log-log slope %s%n",
                worst, trace.get(trace.size() - 1).measure(), fit);
        assertTrue(worst <= 1, "bound at every reported T: " + worst);
        assertTrue(worst > 1e-3, "not vacuous: " + worst);
        assertTrue(fit.slope() < -0.5, "at least the O(1/sqrt T) rate: " + fit);
        double verified = new OptimalityGapVerifier().verify((NonsmoothObjective) P, r.solution(), 1e-6).value();
        assertEquals(r.certificate().value(), verified, 1e-12, "the runtime recomputes the claimed gap");
    }

    @Test
    void constantStepTunedToTheHorizonMeetsTheDgOverRootTBound() {
        double g = P.lipschitz().getAsDouble();
        double d = Math.sqrt(Theorems.distanceSquared(P.start(), P.knownMinimizer().orElseThrow()));
        double[] ratios = new double[3];
        int i = 0;
        for (int steps : new int[] {100, 1000, 10_000}) {
            TestMonitor m = new TestMonitor();
            Result r = Theorems.solve(new SubgradientMethod(), P, m, 0, "maxIterations=" + steps,
                    "reportEvery=" + steps, "tolerance=0", "stepRule=constant", "step=" + d / (g * Math.sqrt(steps)));
            ratios[i++] = r.certificate().value() / (d * g / Math.sqrt(steps));
        }
        System.out.printf("subgradient constant D/(G sqrt T): gap/(DG/sqrt T) at T = 100, 1000, 10000: %s%n",
                Arrays.toString(ratios));
        for (double ratio : ratios) {
            assertTrue(ratio <= 1 && ratio > 0, "bound DG/sqrt(T): " + ratio);
        }
    }

    @Test
    void stronglyConvexStepsMeetTheTwoGSquaredOverMuTBound() {
        double g = P.lipschitz().getAsDouble();
        double mu = P.strongConvexity().getAsDouble();
        TestMonitor m = new TestMonitor();
        RecordingSvm recording = new RecordingSvm();
        double[] seen = recording.largestSquared;
        Theorems.solve(new SubgradientMethod(), recording, m, 0, "maxIterations=20000", "reportEvery=100",
                "tolerance=0", "stepRule=strongly-convex", "step=0");
        double worst = 0;
        double observed = 0;
        double[] t = new double[m.trace().size()];
        double[] gap = new double[m.trace().size()];
        int n = 0;
        for (TestMonitor.Point p : m.trace()) {
            if (p.iteration() > 0) {
                worst = Math.max(worst, p.measure() / (2 * g * g / (mu * (p.iteration() + 1))));
                // the proof only uses the subgradients the method met: the bound with their largest norm
                observed = Math.max(observed, p.measure() / (2 * seen[0] / (mu * (p.iteration() + 1))));
                if (p.iteration() >= 1000) {
                    t[n] = p.iteration();
                    gap[n++] = p.measure();
                }
            }
        }
        RateFit fit = RateFit.logLog(Arrays.copyOf(t, n), Arrays.copyOf(gap, n));
        System.out.printf("subgradient 2/(mu(t+2)), (t+1)-weighted average: max_t gap/(2G^2/(mu(T+1))) = %.2e with G = %.3f,"
                + " %.2e with the largest subgradient met (%.3f), log-log slope %s%n", worst, g, observed, Math.sqrt(seen[0]), fit);
        assertTrue(worst <= 1 && observed <= 1, "bound at every reported T: " + worst + ", " + observed);
        assertTrue(fit.slope() < -0.8, "O(1/T): " + fit);
    }

    /** The SVM, recording the largest squared subgradient norm the method met. */
    static final class RecordingSvm implements NonsmoothObjective, org.banach.api.optim.ProblemConstants {
        final double[] largestSquared = new double[1];

        @Override
        public String name() {
            return P.name();
        }

        @Override
        public int dimension() {
            return P.dimension();
        }

        @Override
        public double value(double[] x) {
            return P.value(x);
        }

        @Override
        public double valueAndSubgradient(double[] x, double[] s) {
            double f = P.valueAndSubgradient(x, s);
            largestSquared[0] = Math.max(largestSquared[0], Theorems.distanceSquared(s, new double[s.length]));
            return f;
        }

        @Override
        public double[] start() {
            return P.start();
        }

        @Override
        public java.util.OptionalDouble knownOptimalValue() {
            return P.knownOptimalValue();
        }

        @Override
        public java.util.OptionalDouble strongConvexity() {
            return P.strongConvexity();
        }
    }
}
