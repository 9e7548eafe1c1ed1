package org.banach.plugins.games.saddle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

import org.banach.api.Certificate;
import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.SaddlePoint;
import org.banach.runtime.verify.SaddleGapVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Both primal–dual solvers on random assignment programmes, checked against the exact Hungarian optimum. */
class AssignmentSolversTest {

    static Stream<Arguments> solversAndSizes() {
        return Stream.of(Arguments.of(new ChambollePock(), 50), Arguments.of(new AdaptivePdhg(), 50),
                Arguments.of(new ChambollePock(), 100), Arguments.of(new AdaptivePdhg(), 100));
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("solversAndSizes")
    void reachesTheHungarianOptimum(Solver<SaddlePoint> solver, int n) {
        AssignmentLp lp = AssignmentLp.random(n, 0, 100);
        double optimum = lp.knownOptimalValue().getAsDouble();
        Result r = Saddles.solve(solver, lp, Saddles.monitor(), "tolerance=1e-8", "maxIterations=200000");
        assertEquals(Status.CONVERGED, r.status(), r.message());
        assertEquals(optimum, r.objective(), 1e-6 * optimum, "|c'x - Hungarian| <= 1e-6 relative");
        // the runtime's verifier agrees with the claim
        assertEquals(Certificate.DUALITY_GAP, r.certificate().criterion());
        assertEquals(SaddleGapVerifier.gap(lp, r.solution()), r.certificate().value(), 0);
        assertTrue(r.certificate().value() <= 1e-8);
        // x lies on the optimal face: a permutation inside its support (entries > 1e-3) is an optimal assignment
        int[] p = Saddles.roundInSupport(lp, r.solution(), 1e-3);
        assertNotNull(p, "the support of x contains a permutation");
        assertEquals(optimum, Saddles.cost(lp, p), 0);
    }

    /**
     * The G7 claim: at the same relative KKT tolerance the average-spectrum steps need fewer iterations (and
     * fewer K products) than Chambolle–Pock at its maximal steps τ = σ = 0.99/‖K‖. Figures (n = 50,
     * tolerance 1e-8): see the printed lines; e.g. seed 0: 6800 vs 20510 iterations.
     */
    @Test
    void adaptivePdhgNeedsFewerIterationsThanChambollePockAtMaximalSteps() {
        for (long seed = 0; seed < 3; seed++) {
            AssignmentLp lp = AssignmentLp.random(50, seed, 100);
            TestMonitor cpMonitor = Saddles.monitor();
            TestMonitor adaptiveMonitor = Saddles.monitor();
            Result cp = Saddles.solve(new ChambollePock(), lp, cpMonitor, "tolerance=1e-8", "maxIterations=200000");
            Result adaptive = Saddles.solve(new AdaptivePdhg(), lp, adaptiveMonitor, "tolerance=1e-8",
                    "maxIterations=200000");
            assertEquals(Status.CONVERGED, cp.status());
            assertEquals(Status.CONVERGED, adaptive.status());
            long cpProducts = cpMonitor.counter(SaddleOperator.MATVEC);
            long adaptiveProducts = adaptiveMonitor.counter(SaddleOperator.MATVEC);
            System.out.printf("assignment n=50 seed=%d tol=1e-8: Chambolle-Pock %d iterations (%d products),"
                    + " adaptive PDHG %d iterations (%d products, %d step shrinks)%n", seed, cp.iterations(),
                    cpProducts, adaptive.iterations(), adaptiveProducts, adaptiveMonitor.counter(AdaptivePdhg.SHRINK));
            assertTrue(adaptive.iterations() < cp.iterations(), "seed " + seed);
            assertTrue(adaptiveProducts < cpProducts, "seed " + seed);
        }
    }

    /** Theorem 1 of Chambolle–Pock: the ergodic average's error decays like 1/k (log-log slope −1). */
    @Test
    void chambollePockErgodicErrorDecaysLikeOneOverK() {
        AssignmentLp lp = AssignmentLp.random(50, 0, 100);
        Result r = Saddles.solve(new ChambollePock(), lp, Saddles.monitor(), "tolerance=0", "maxIterations=5000",
                "output=average", "checkEvery=10");
        double[] k = r.series().get("check-iteration");
        double[] gap = r.series().get("gap-average");
        int from = 50; // k >= 500
        RateFit fit = RateFit.logLog(Arrays.copyOfRange(k, from, k.length), Arrays.copyOfRange(gap, from, gap.length));
        System.out.printf("Chambolle-Pock ergodic relative KKT error, k = 500..5000: slope %.3f, R^2 %.3f%n",
                fit.slope(), fit.rSquared());
        assertTrue(fit.slope() <= -0.9 && fit.slope() >= -1.1, "slope " + fit.slope());
        assertTrue(fit.rSquared() > 0.99, "R^2 " + fit.rSquared());
    }
}
