package org.banach.plugins.optim.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.banach.api.Certificate;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.OptimalTransport;
import org.banach.plugins.optim.problems.transport.TransportInstance;
import org.banach.plugins.optim.problems.transport.TransportProblemProvider;
import org.banach.runtime.verify.MarginalErrorVerifier;
import org.junit.jupiter.api.Test;

/** The exact solver: closed forms, brute force on tiny instances, dual feasibility and zero duality gap. */
class NetworkSimplexTest {

    private final NetworkSimplex solver = new NetworkSimplex();

    @Test
    void density1dCostIsTheQuantileClosedForm() {
        TransportProblemProvider provider = new TransportProblemProvider(null);
        for (String[] params : new String[][] {{"50", "0.3", "0.08", "0.65", "0.12"}, {"200", "0.5", "0.05", "0.4", "0.2"},
                {"400", "0.2", "0.1", "0.8", "0.1"}}) {
            OptimalTransport p = (OptimalTransport) provider.create(TransportProblemProvider.DENSITY, Map.of("n", params[0],
                    "mean1", params[1], "sd1", params[2], "mean2", params[3], "sd2", params[4]));
            Result r = TransportTestSupport.solve(solver, p);
            assertEquals(Status.CONVERGED, r.status(), r.toString());
            double w2 = p.knownOptimalValue().getAsDouble();
            assertEquals(w2, r.objective(), 1e-10 * w2, "n=" + params[0]);
            assertTrue(TransportTestSupport.verified(p, r) <= 1e-12, r.toString());
        }
    }

    @Test
    void uniformTinyInstancesMatchTheBestPermutation() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int trial = 0; trial < 50; trial++) {
            int n = 4;
            double[] c = new double[n * n];
            for (int k = 0; k < c.length; k++) {
                c[k] = trial % 2 == 0 ? rnd.nextInt(5) : rnd.nextDouble() * 10 - 3; // ties and negatives
            }
            double[] a = {0.25, 0.25, 0.25, 0.25};
            OptimalTransport p = new TransportInstance("tiny", a, a, c, Double.NaN);
            Result r = TransportTestSupport.solve(solver, p);
            assertEquals(Status.CONVERGED, r.status(), r.toString());
            double best = bestPermutation(c, n, new int[n], new boolean[n], 0) / n;
            assertEquals(best, r.objective(), 1e-12 * Math.max(1, Math.abs(best)), "trial " + trial);
            assertTrue(TransportTestSupport.verified(p, r) <= 1e-12, r.toString());
        }
    }

    @Test
    void tinyNonUniformInstanceMatchesTheEnumeratedVertices() {
        // 2x3: the plan is fixed by x11, x12 (x13 = a1 - x11 - x12, second row by the column sums);
        // a fine grid search over the feasible (x11, x12) polygon is a brute-force LP for this size.
        double[] a = {0.4, 0.6};
        double[] b = {0.2, 0.5, 0.3};
        double[] c = {1, 3, 0.5, 2, 0.1, 4};
        double best = Double.POSITIVE_INFINITY;
        int grid = 400;
        for (int s = 0; s <= grid; s++) {
            for (int t = 0; t <= grid; t++) {
                double x11 = 0.2 * s / grid;
                double x12 = 0.5 * t / grid;
                double x13 = 0.4 - x11 - x12;
                double x21 = 0.2 - x11;
                double x22 = 0.5 - x12;
                double x23 = 0.3 - x13;
                if (x13 < -1e-15 || x23 < -1e-15) {
                    continue;
                }
                best = Math.min(best, c[0] * x11 + c[1] * x12 + c[2] * x13 + c[3] * x21 + c[4] * x22 + c[5] * x23);
            }
        }
        OptimalTransport p = new TransportInstance("tiny", a, b, c, Double.NaN);
        Result r = TransportTestSupport.solve(solver, p);
        assertEquals(Status.CONVERGED, r.status());
        assertEquals(best, r.objective(), 1e-12);
    }

    @Test
    void potentialsAreDualFeasibleWithZeroGap() {
        for (int[] nm : new int[][] {{50, 50}, {30, 70}, {120, 80}, {200, 200}, {500, 400}}) {
            OptimalTransport p = TransportProblemProvider.points(nm[0], nm[1], 3);
            Result r = TransportTestSupport.solve(solver, p);
            assertEquals(Status.CONVERGED, r.status(), r.toString());
            double[] fg = r.solution();
            double[] a = p.source();
            double[] b = p.target();
            double[] c = p.cost();
            int n = a.length;
            int m = b.length;
            double infeasibility = Double.NEGATIVE_INFINITY;
            double dual = 0;
            for (int i = 0; i < n; i++) {
                dual += a[i] * fg[i];
                for (int j = 0; j < m; j++) {
                    infeasibility = Math.max(infeasibility, fg[i] + fg[n + j] - c[i * m + j]);
                }
            }
            for (int j = 0; j < m; j++) {
                dual += b[j] * fg[n + j];
            }
            assertTrue(infeasibility <= 1e-14, "f_i + g_j - C_ij up to " + infeasibility);
            assertEquals(r.objective(), dual, 1e-12 * Math.abs(dual), "duality gap");
            // the runtime's check agrees with the claimed certificate, with and without the epsilon setting
            assertEquals(Certificate.MARGINAL_ERROR, r.certificate().criterion());
            assertTrue(r.certificate().satisfied());
            assertEquals(r.certificate().value(), TransportTestSupport.verified(p, r), 1e-15);
            Result noEps = r.toBuilder().settings(Map.of()).build();
            assertEquals(0.0, MarginalErrorVerifier.epsilon(noEps));
            assertTrue(TransportTestSupport.verified(p, noEps) <= 1e-12);
        }
    }

    @Test
    void iterationLimitAndStopAreReported() {
        OptimalTransport p = TransportProblemProvider.points(40, 40, 5);
        Result limited = TransportTestSupport.solve(solver, p, "maxIterations=3");
        assertEquals(Status.ITERATION_LIMIT, limited.status());
        assertEquals(3, limited.iterations());
        Result stopped = TransportTestSupport.solve(solver, p, TestMonitor.stoppingAfter(1, Status.TIME_LIMIT));
        assertEquals(Status.TIME_LIMIT, stopped.status());
    }

    @Test
    void zeroMarginalEntriesAndTheEpsilonSetting() {
        // a zero-mass source and target point: both solvers accept them, the exact cost is by hand
        double[] a = {0, 0.5, 0.5};
        double[] b = {0.5, 0, 0.5};
        double[] c = {9, 9, 9, 1, 9, 3, 2, 9, 5};
        OptimalTransport p = new TransportInstance("zeros", a, b, c, Double.NaN);
        Result r = TransportTestSupport.solve(solver, p, "epsilon=0");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        assertEquals(0.5 * 3 + 0.5 * 2, r.objective(), 1e-15); // row 1 -> column 2, row 2 -> column 0
        assertTrue(TransportTestSupport.verified(p, r) <= 1e-15);
        Result sk = TransportTestSupport.solve(new LogSinkhorn(), p, "epsilon=0.1");
        assertEquals(Status.CONVERGED, sk.status(), sk.toString());
        assertTrue(TransportTestSupport.verified(p, sk) < 1e-9);
        assertTrue(sk.objective() >= r.objective() - 1e-9);
        // the exact solver's epsilon is fixed at 0
        assertThrows(org.banach.api.InvalidSettingsException.class,
                () -> TransportTestSupport.solve(solver, p, "epsilon=0.1"));
    }

    @Test
    void refusesUnusableProblems() {
        double[] c = {0, 1, 1, 0};
        Result neg = TransportTestSupport.solve(solver, new TransportInstance("x", new double[] {1.5, -0.5},
                new double[] {0.5, 0.5}, c, Double.NaN));
        assertEquals(Status.INVALID_INPUT, neg.status());
        Result mass = TransportTestSupport.solve(solver, new TransportInstance("x", new double[] {0.5, 0.5},
                new double[] {0.5, 0.6}, c, Double.NaN));
        assertEquals(Status.INVALID_INPUT, mass.status());
        assertTrue(mass.message().contains("masses"), mass.message());
    }

    /** Σ_i C[i][π(i)] minimised over all permutations π (the assignment problem, brute force). */
    private static double bestPermutation(double[] c, int n, int[] perm, boolean[] used, int i) {
        if (i == n) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += c[k * n + perm[k]];
            }
            return s;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (!used[j]) {
                used[j] = true;
                perm[i] = j;
                best = Math.min(best, bestPermutation(c, n, perm, used, i + 1));
                used[j] = false;
            }
        }
        return best;
    }
}
