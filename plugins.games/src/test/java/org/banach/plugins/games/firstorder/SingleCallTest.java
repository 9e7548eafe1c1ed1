package org.banach.plugins.games.firstorder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.TracePoint;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.VariationalInequality;
import org.banach.plugins.games.dynamics.DynamicsProblemProvider;
import org.banach.plugins.games.problems.GamesProblemProvider;
import org.junit.jupiter.api.Test;

/**
 * G5, Hsieh, Iutzeler, Malick &amp; Mertikopoulos (NeurIPS 2019): the single-call methods (past
 * extra-gradient, optimistic gradient, reflected gradient) make one operator call per iteration, their
 * ergodic average has residual O(1/t) (log-log fits) with half of extragradient's calls for the same
 * accuracy, and they converge locally on a non-monotone VI at a second-order sufficient solution.
 */
class SingleCallTest {

    private static final double ETA = 0.2;

    private static List<TracePoint> trace(TestMonitor m) {
        return m.trace().stream().map(p -> new TracePoint(p.iteration(), 0, p.objective(), p.measure())).toList();
    }

    private static VariationalInequality bilinear(int n) {
        return (VariationalInequality) new GamesProblemProvider().create("games/bilinear",
                Map.of("n", Integer.toString(n), "seed", "3"));
    }

    @Test
    void pastExtragradientHasOptimisticIteratesWithoutConstraints() {
        VariationalInequality vi = bilinear(4);
        for (int t : new int[] {1, 2, 7, 50}) {
            Result peg = Games.solve(new PastExtragradient(), vi, Games.monitor(), "step=" + ETA, "tolerance=0",
                    "maxIterations=" + t);
            Result og = Games.solve(new OptimisticGda(), vi, Games.monitor(), "step=" + ETA, "tolerance=0",
                    "maxIterations=" + t);
            assertArrayEquals(og.solution(), peg.solution(), 1e-13);
        }
    }

    @Test
    void reflectedGradientFollowsTheOptimisticRecursion() {
        VariationalInequality vi = bilinear(3);
        double[][] z = new double[4][];
        double[][] f = new double[4][];
        for (int t = 0; t < 4; t++) {
            z[t] = Games.solve(new ReflectedGradient(), vi, Games.monitor(), "step=" + ETA, "tolerance=0",
                    "maxIterations=" + t).solution();
            f[t] = new double[z[t].length];
            vi.operator(z[t], f[t]);
        }
        for (int i = 0; i < z[0].length; i++) {
            assertEquals(z[0][i] - 2 * ETA * f[0][i], z[1][i], 1e-14); // z₁ = z₀ − 2ηF(z₀)
            for (int t = 1; t < 3; t++) {
                assertEquals(z[t][i] - 2 * ETA * f[t][i] + ETA * f[t - 1][i], z[t + 1][i], 1e-13);
            }
        }
    }

    @Test
    void oneOperatorCallPerIterationAgainstExtragradientsTwo() {
        for (ViSolver<VariationalInequality> s : List.of(new PastExtragradient(), new ReflectedGradient(),
                new OptimisticGda(), new Extragradient())) {
            TestMonitor m = Games.monitor();
            Result r = Games.solve(s, bilinear(5), m, "step=" + ETA, "tolerance=0", "maxIterations=300");
            long perIteration = s instanceof Extragradient ? 2 : 1;
            assertEquals(perIteration * r.iterations() + 1, m.counter(ViSolver.OPERATOR), s.id());
        }
    }

    /** Without constraints and with F linear, Σ F(z_t) over the single-call points telescopes: ‖F(z̄_T)‖ = ‖X₀ − X_T‖/(ηT). */
    @Test
    void ergodicResidualFallsLikeOneOverT() {
        for (ViSolver<VariationalInequality> s : List.of(new PastExtragradient(), new ReflectedGradient(),
                new OptimisticGda(), new Extragradient())) {
            TestMonitor m = Games.monitor();
            Result r = Games.solve(s, bilinear(5), m, "step=" + ETA, "tolerance=0", "maxIterations=2000",
                    "output=average");
            assertEquals(Status.ITERATION_LIMIT, r.status());
            RateFit fit = RateFit.logLog(trace(m), 200, 2000);
            assertEquals(-1, fit.slope(), 0.02, s.id() + " " + fit);
            // the last iterate has converged, so the average's residual is ‖X₀ − z*‖/(ηT) = ‖1‖/(0.2·2000)
            assertEquals(Math.sqrt(10) / (ETA * 2000), r.certificate().value(), 0.03 * r.certificate().value(), s.id());
            assertEquals(r.iterations(), m.counter(ViSolver.OPERATOR_AT_AVERAGE));
            assertEquals(Games.naturalResidual(bilinear(5), r.solution()), r.certificate().value(), 1e-14);
        }
    }

    private static long callsToReach(ViSolver<VariationalInequality> s, VariationalInequality vi, double eps,
            String... more) {
        TestMonitor m = Games.monitor();
        String[] settings = java.util.stream.Stream.concat(
                java.util.stream.Stream.of("step=" + ETA, "tolerance=" + eps, "output=average"),
                java.util.stream.Stream.of(more)).toArray(String[]::new);
        Result r = Games.solve(s, vi, m, settings);
        assertEquals(Status.CONVERGED, r.status(), s.id() + " " + r);
        return m.counter(ViSolver.OPERATOR);
    }

    @Test
    void halfOfExtragradientsCallsForTheSameErgodicAccuracy() {
        VariationalInequality vi = bilinear(5);
        long eg = callsToReach(new Extragradient(), vi, 1e-3);
        for (ViSolver<VariationalInequality> s : List.of(new PastExtragradient(), new ReflectedGradient())) {
            double ratio = (double) callsToReach(s, vi, 1e-3) / eg;
            assertEquals(0.5, ratio, 0.02, s.id() + ": calls ratio " + ratio);
        }
    }

    @Test
    void ergodicResidualOnAConstrainedMonotoneVi() {
        VariationalInequality vi = (VariationalInequality) new GamesProblemProvider().create("games/monotone-linear-vi",
                Map.of("d", "12", "seed", "2"));
        for (ViSolver<VariationalInequality> s : List.of(new PastExtragradient(), new ReflectedGradient())) {
            TestMonitor m = Games.monitor();
            Result r = Games.solve(s, vi, m, "step=0.1", "tolerance=0", "maxIterations=4000", "output=average");
            RateFit fit = RateFit.logLog(trace(m), 400, 4000);
            assertTrue(fit.slope() < -0.9 && fit.slope() > -1.1, s.id() + " " + fit);
            assertEquals(Games.naturalResidual(vi, r.solution()), r.certificate().value(), 1e-14);
        }
    }

    @Test
    void localConvergenceAtASecondOrderSufficientSolution() {
        VariationalInequality vi = (VariationalInequality) new DynamicsProblemProvider().create("games/nonmonotone-vi",
                Map.of("r", "0.5"));
        for (ViSolver<VariationalInequality> s : List.of(new PastExtragradient(), new ReflectedGradient(),
                new OptimisticGda(), new Extragradient())) {
            TestMonitor m = Games.monitor();
            Result r = Games.solve(s, vi, m, "step=0.2", "tolerance=1e-12");
            assertEquals(Status.CONVERGED, r.status(), s.id() + " " + r);
            assertArrayEquals(new double[2], r.solution(), 1e-11, s.id());
            assertEquals(0, m.counter(ViSolver.MONOTONICITY_VIOLATIONS), s.id());
        }
    }
}
