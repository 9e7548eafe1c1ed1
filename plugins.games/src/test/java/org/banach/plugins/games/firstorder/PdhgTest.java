package org.banach.plugins.games.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.MatrixGame;
import org.junit.jupiter.api.Test;

/**
 * Chambolle–Pock PDHG on matrix games: rock–paper–scissors from a skewed start to exploitability
 * &lt; 1e-6; on random 30×40 games the averaged gap falls like 1/k and stays under Theorem 1's bound
 * (sup_Δ‖x − x₀‖²/(2τ) + sup_Δ‖y − y₀‖²/(2σ))/k at every k; steps with τσ‖A‖₂² = 4 are refused.
 */
class PdhgTest {

    @Test
    void solvesRockPaperScissorsFromASkewedStart() {
        MatrixGame rps = Games.matrix(3, 3, Games.rps().rowPayoffs(), Games.rps().columnPayoffs(),
                new double[] {0.6, 0.3, 0.1, 0.2, 0.2, 0.6});
        TestMonitor m = Games.monitor();
        Result r = Games.solve(new Pdhg(), rps, m, "tolerance=1e-8");
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        double exploitability = MatrixGameSolversTest.gap(rps, r.solution());
        assertTrue(exploitability < 1e-6, "exploitability " + exploitability);
        assertEquals(exploitability, r.certificate().value(), 1e-14);
        for (double p : r.solution()) {
            assertEquals(1.0 / 3, p, 1e-6, Arrays.toString(r.solution()));
        }
        assertEquals(0, r.objective(), 1e-6, "game value");
        assertEquals(2 * m.counter(ViSolver.OPERATOR), m.counter(DeviceProducts.MATVEC));
        assertEquals(r.iterations() + 1, m.counter(ViSolver.OPERATOR), "one operator evaluation per iteration");
        System.out.printf("RPS pdhg: %d iterations, exploitability %.2e%n", r.iterations(), exploitability);
    }

    @Test
    void averagedGapFallsLikeOneOverKUnderTheoremOne() {
        for (long seed : new long[] {21, 22, 23}) {
            averagedGap(Games.random(30, 40, seed), seed, "");
        }
        averagedGap(Games.random(30, 40, 24), 24, "tau=0.05");
    }

    private static void averagedGap(MatrixGame g, long seed, String tau) {
        int m = g.rows();
        int n = g.cols();
        int iterations = 4000;
        TestMonitor mon = Games.monitor();
        Result r = tau.isEmpty()
                ? Games.solve(new Pdhg(), g, mon, "restart=none", "output=average", "tolerance=0",
                        "maxIterations=" + iterations)
                : Games.solve(new Pdhg(), g, mon, "restart=none", "output=average", "tolerance=0",
                        "maxIterations=" + iterations, tau);
        assertEquals(Status.ITERATION_LIMIT, r.status(), String.valueOf(r));
        double norm = SimplexSteps.spectralNorm(g.rowPayoffs(), m, n);
        double t = tau.isEmpty() ? 0.99 / norm : 0.05;
        double s = tau.isEmpty() ? t : 0.99 / (norm * norm * t);
        double[] z0 = g.start();
        double bound0 = diameter(z0, 0, m) / (2 * t) + diameter(z0, m, n) / (2 * s);
        double worst = 0;
        for (int k = 1; k <= iterations; k++) {
            double gap = mon.trace().get(k).measure();
            assertTrue(gap <= bound0 / k, "seed " + seed + ": gap " + gap + " above Theorem 1's " + bound0 / k + " at k=" + k);
            worst = Math.max(worst, gap * k / bound0);
        }
        double[] ks = new double[iterations / 2];
        double[] gaps = new double[ks.length];
        for (int i = 0; i < ks.length; i++) {
            TestMonitor.Point p = mon.trace().get(iterations / 2 + i);
            ks[i] = p.iteration();
            gaps[i] = p.measure();
        }
        RateFit fit = RateFit.logLog(ks, gaps);
        assertTrue(fit.slope() <= -0.9, "seed " + seed + ": " + fit);
        assertEquals(MatrixGameSolversTest.gap(g, r.solution()), r.certificate().value(), 1e-12);
        System.out.printf("random 30x40 seed %d pdhg %s average gap %.3e at k=%d (Theorem 1 bound %.3e, "
                + "max gap*k/bound %.3f), fit %s%n", seed, tau.isEmpty() ? "default steps" : tau,
                r.certificate().value(), iterations, bound0 / iterations, worst, fit);
    }

    /** sup over the simplex of ‖v − v₀‖² = 1 + ‖v₀‖² − 2·min v₀ (attained at a vertex). */
    private static double diameter(double[] z, int from, int size) {
        double sq = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = from; i < from + size; i++) {
            sq += z[i] * z[i];
            min = Math.min(min, z[i]);
        }
        return 1 + sq - 2 * min;
    }

    @Test
    void refusesStepsViolatingTheCondition() {
        MatrixGame g = Games.random(30, 40, 25);
        double norm = SimplexSteps.spectralNorm(g.rowPayoffs(), 30, 40);
        TestMonitor m = Games.monitor();
        Result r = Games.solve(new Pdhg(), g, m, "tau=" + 2 / norm, "sigma=" + 2 / norm); // tau*sigma*||A||^2 = 4
        assertEquals(Status.INVALID_INPUT, r.status(), String.valueOf(r));
        assertTrue(r.message().contains(Pdhg.CONDITION), r.message());
        assertEquals(0, m.counter(DeviceProducts.MATVEC));
        Result oneGiven = Games.solve(new Pdhg(), g, Games.monitor(), "sigma=" + 2 / norm, "maxIterations=5");
        assertEquals(Status.ITERATION_LIMIT, oneGiven.status(), "the other step follows: " + oneGiven);
    }

    /** The last iterate after k steps equals Algorithm 1 written out on the host with an explicit x̄. */
    @Test
    void iteratesFollowAlgorithmOne() {
        int m = 4;
        int n = 3;
        MatrixGame g = Games.random(m, n, 26);
        double[] a = g.rowPayoffs();
        double tau = 0.2;
        double sigma = 0.3;
        double[] x = Arrays.copyOfRange(g.start(), 0, m);
        double[] y = Arrays.copyOfRange(g.start(), m, m + n);
        double[] xBar = x.clone();
        double[] scratch = new double[m + n];
        for (int k = 1; k <= 6; k++) {
            double[] yNext = new double[n];
            for (int j = 0; j < n; j++) {
                double atx = 0;
                for (int i = 0; i < m; i++) {
                    atx += a[i * n + j] * xBar[i];
                }
                yNext[j] = y[j] - sigma * atx;
            }
            Simplex.project(yNext, 0, n, scratch);
            double[] xNext = new double[m];
            for (int i = 0; i < m; i++) {
                double ay = 0;
                for (int j = 0; j < n; j++) {
                    ay += a[i * n + j] * yNext[j];
                }
                xNext[i] = x[i] + tau * ay;
            }
            Simplex.project(xNext, 0, m, scratch);
            for (int i = 0; i < m; i++) {
                xBar[i] = 2 * xNext[i] - x[i];
            }
            x = xNext;
            y = yNext;
            Result r = Games.solve(new Pdhg(), g, Games.monitor(), "restart=none", "tau=" + tau, "sigma=" + sigma,
                    "output=last",
                    "tolerance=0", "maxIterations=" + k);
            double[] z = r.solution();
            for (int i = 0; i < m; i++) {
                assertEquals(x[i], z[i], 1e-14, "x at k=" + k);
            }
            for (int j = 0; j < n; j++) {
                assertEquals(y[j], z[m + j], 1e-14, "y at k=" + k);
            }
        }
    }

    @Test
    void powerIterationMatchesAKnownSpectralNorm() {
        // [[3, 0], [4, 5]]: AᵀA = [[25, 20], [20, 25]], eigenvalues 45 and 5, so ‖A‖₂ = √45.
        assertEquals(Math.sqrt(45), SimplexSteps.spectralNorm(new double[] {3, 0, 4, 5}, 2, 2), 1e-12);
        assertEquals(3, SimplexSteps.spectralNorm(new double[] {3, 0, 0}, 1, 3), 1e-12);
        assertEquals(Math.sqrt(3), SimplexSteps.spectralNorm(Games.rps().rowPayoffs(), 3, 3), 1e-12);
    }
}
