package org.banach.plugins.optim.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.LinearSystemSequence;
import org.banach.plugins.optim.problems.linear.PoissonSequence;
import org.junit.jupiter.api.Test;

/**
 * Learning to Relax (seed O4): over a sequence of shifted Laplacians the online choice of ω, fed only
 * iteration counts, costs little more than the best fixed ω in hindsight, found in the test by running
 * every grid ω on every system with the same SOR code.
 */
class LearnedSorTest {

    /** cost[t][i]: SOR iterations of system t at grid ω_i, to the default tolerance 10⁻⁸. */
    static long[][] costTable(LinearSystemSequence seq, int grid) {
        double[] omegas = SequenceSorSolver.grid(grid);
        long[][] cost = new long[seq.length()][omegas.length];
        for (int t = 0; t < seq.length(); t++) {
            SystemCheck chk = new SystemCheck(seq.system(t));
            CsrSweeps sweeps = new CsrSweeps(chk.a);
            for (int i = 0; i < omegas.length; i++) {
                Outcome o = StationaryIteration.run(chk, sweeps, StationaryIteration.Method.SOR, omegas[i], 10_000,
                        1e-8, new TestMonitor(), false);
                assertEquals(Status.CONVERGED, o.status());
                cost[t][i] = o.iterations();
            }
        }
        return cost;
    }

    /** Per-system cost of the learner, from the sweep counter at each per-system report. */
    static long[] learnerCosts(LinearTestSupport.BackendMonitor m, int T) {
        assertEquals(T, m.sweepsAtIteration.size());
        long[] c = new long[T];
        long prev = 0;
        for (int t = 0; t < T; t++) {
            c[t] = m.sweepsAtIteration.get(t) - prev;
            prev = m.sweepsAtIteration.get(t);
        }
        return c;
    }

    /** {total of the learner, best fixed total, regret per system in the first half, in the second half}. */
    static double[] regret(long[][] cost, long[] learner) {
        int T = cost.length;
        int best = 0;
        long bestTotal = Long.MAX_VALUE;
        for (int i = 0; i < cost[0].length; i++) {
            long s = 0;
            for (long[] row : cost) {
                s += row[i];
            }
            if (s < bestTotal) {
                bestTotal = s;
                best = i;
            }
        }
        double[] half = new double[2];
        long total = 0;
        for (int t = 0; t < T; t++) {
            half[t < T / 2 ? 0 : 1] += learner[t] - cost[t][best];
            total += learner[t];
        }
        return new double[] {total, bestTotal, half[0] / (T / 2), half[1] / (T - T / 2)};
    }

    /** The regret claim is the runtime's own replay of the recorded omegas against every fixed omega. */
    @Test
    void regretClaimIsConfirmedByTheRuntimesReplay() {
        int T = 40;
        PoissonSequence seq = new PoissonSequence(8, T, 0.1, true, 1);
        LearnedSor solver = new LearnedSor();
        java.util.Map<String, String> given = new java.util.HashMap<>();
        given.put("certificate", "regret");
        given.put("regretTolerance", "0.5");
        org.banach.api.Settings settings = org.banach.api.Settings.validate(solver.parameters(), given, 0);
        Result r = solver.solve(seq, settings, new LinearTestSupport.BackendMonitor());
        assertEquals(T, r.series().get("omega").length, "one omega recorded per system");
        assertEquals(20, r.series().get("omega-grid").length);
        assertEquals(org.banach.api.Certificate.REGRET, r.certificate().criterion());
        assertTrue(r.certificate().value() >= 0, r::toString);
        Result stamped = r.toBuilder().settings(settings.asMap()).build();
        org.banach.api.Certificate replayed = new org.banach.runtime.verify.SequenceRegretVerifier()
                .verify(seq, stamped, 0.5);
        assertEquals(r.certificate().value(), replayed.value(), 1e-12, "claim " + r.certificate() + " vs " + replayed);
        assertEquals(r.certificate().satisfied(), replayed.satisfied());
        assertEquals(r.status() == Status.CONVERGED, replayed.satisfied(), r::toString);
    }

    @Test
    void learnedSorApproachesTheBestFixedOmega() {
        int T = 200;
        PoissonSequence seq = new PoissonSequence(16, T, 0.1, true, 1);
        long[][] cost = costTable(seq, 20);
        LinearTestSupport.BackendMonitor m = new LinearTestSupport.BackendMonitor();
        Result r = LinearTestSupport.solve(new LearnedSor(), seq, m);
        assertEquals(Status.CONVERGED, r.status(), r::toString);
        assertEquals(T * seq.dimension(), r.solution().length);
        assertTrue(LinearTestSupport.distanceToOnes(r.solution()) < 1e-5);
        assertTrue(r.certificate().satisfied());
        double[] g = regret(cost, learnerCosts(m, T));
        System.out.printf("learned-sor (unimodal): total %.0f vs best fixed %.0f (ratio %.3f); regret/system "
                + "first half %.2f, second half %.2f%n", g[0], g[1], g[0] / g[1], g[2], g[3]);
        assertEquals(g[0], r.iterations());
        assertTrue(g[0] <= 1.15 * g[1], "total " + g[0] + " vs best fixed " + g[1]);
        assertTrue(g[3] < g[2], "average regret must decrease: " + g[2] + " then " + g[3]);
    }

    @Test
    void tsallisInfRegretPerSystemDecreases() {
        int T = 200;
        PoissonSequence seq = new PoissonSequence(16, T, 0.1, true, 1);
        long[][] cost = costTable(seq, 20);
        LinearTestSupport.BackendMonitor m = new LinearTestSupport.BackendMonitor();
        Result r = LinearTestSupport.solve(new LearnedSor(), seq, m, "bandit=tsallis-inf", "costScale=2000",
                "learningRate=50");
        assertEquals(Status.CONVERGED, r.status(), r::toString);
        double[] g = regret(cost, learnerCosts(m, T));
        System.out.printf("learned-sor (tsallis-inf): total %.0f vs best fixed %.0f (ratio %.3f); regret/system "
                + "first half %.2f, second half %.2f%n", g[0], g[1], g[0] / g[1], g[2], g[3]);
        assertTrue(g[3] < g[2], "average regret must decrease: " + g[2] + " then " + g[3]);
    }

    @Test
    void contextualVariantBeatsTheBestFixedOmegaWhenTheOptimumMoves() {
        int T = 400;
        PoissonSequence seq = new PoissonSequence(16, T, 0.5, true, 3);
        long[][] cost = costTable(seq, 20);
        long instanceOptimal = 0;
        for (long[] row : cost) {
            instanceOptimal += java.util.Arrays.stream(row).min().getAsLong();
        }
        LinearTestSupport.BackendMonitor m = new LinearTestSupport.BackendMonitor();
        Result r = LinearTestSupport.solve(new LearnedSorContextual(), seq, m, "policy=bins", "contextBins=4");
        assertEquals(Status.CONVERGED, r.status(), r::toString);
        double[] g = regret(cost, learnerCosts(m, T));
        LinearTestSupport.BackendMonitor m0 = new LinearTestSupport.BackendMonitor();
        LinearTestSupport.solve(new LearnedSor(), seq, m0);
        double plain = regret(cost, learnerCosts(m0, T))[0];
        System.out.printf("learned-sor-contextual: total %.0f, plain learned-sor %.0f, best fixed %.0f, "
                + "instance-optimal %d%n", g[0], plain, g[1], instanceOptimal);
        assertTrue(g[0] < g[1], "contextual " + g[0] + " vs best fixed " + g[1]);
        assertTrue(g[0] < plain, "contextual " + g[0] + " vs plain " + plain);
    }

    @Test
    void sameSeedSameChoices() {
        PoissonSequence seq = new PoissonSequence(6, 30, 0.3, true, 2);
        Result a = LinearTestSupport.solve(new LearnedSor(), seq, "bandit=tsallis-inf");
        Result b = LinearTestSupport.solve(new LearnedSor(), seq, "bandit=tsallis-inf");
        assertEquals(a.iterations(), b.iterations());
    }

    @Test
    void aSystemWithAZeroDiagonalIsRefusedNamingIt() {
        LinearSystemSequence seq = new LinearSystemSequence() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public int length() {
                return 3;
            }

            @Override
            public org.banach.api.optim.LinearSystem system(int t) {
                org.banach.api.optim.CsrMatrix a = t < 2
                        ? new org.banach.api.optim.CsrMatrix(3, 3, new int[] {0, 1, 2, 3}, new int[] {0, 1, 2},
                                new double[] {2, 2, 2})
                        : new org.banach.api.optim.CsrMatrix(3, 3, new int[] {0, 1, 1, 2}, new int[] {0, 2},
                                new double[] {1, 1});
                return new org.banach.plugins.optim.problems.linear.CsrLinearSystem("s" + t, a,
                        new double[] {2, 2, 2}, false);
            }
        };
        Result r = LinearTestSupport.solve(new LearnedSor(), seq);
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().contains("system 2") && r.message().contains("row 1 is zero"), r.message());
    }

    @Test
    void maxIterationsPerSystemIsHonoured() {
        PoissonSequence seq = new PoissonSequence(8, 5, 0.1, true, 1);
        Result r = LinearTestSupport.solve(new LearnedSor(), seq, "maxIterations=3");
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertEquals(15, r.iterations());
        assertTrue(!r.certificate().satisfied());
    }

    @Test
    void aStopRequestEndsTheSequenceWithItsReason() {
        PoissonSequence seq = new PoissonSequence(6, 50, 0.1, true, 1);
        LinearTestSupport.BackendMonitor m = new LinearTestSupport.BackendMonitor(40);
        Result r = LinearTestSupport.solve(new LearnedSor(), seq, m);
        assertEquals(Status.CANCELLED, r.status(), r::toString);
        assertTrue(m.trace().size() < 50);
        assertTrue(!r.certificate().satisfied(), "unsolved systems keep their zero start");
    }
}
