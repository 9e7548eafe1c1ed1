package org.banach.plugins.games.saddle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The Hungarian method against brute force over all n! permutations (n ≤ 7) and its dual certificate. */
class HungarianTest {

    @Test
    void matchesBruteForceOnSmallRandomMatrices() {
        Random random = new Random(7);
        for (int n = 1; n <= 7; n++) {
            for (int trial = 0; trial < 20; trial++) {
                double[] c = new double[n * n];
                for (int k = 0; k < c.length; k++) {
                    // small integer ranges force ties; some trials use reals with negative entries
                    c[k] = trial % 2 == 0 ? random.nextInt(5) : 10 * random.nextGaussian();
                }
                Hungarian h = Hungarian.solve(c, n);
                double brute = bruteForce(c, n);
                assertEquals(brute, h.cost(), 1e-9, "n=" + n + " trial " + trial);
                assertPermutationWithCost(c, n, h.assignment(), h.cost());
                assertDualCertificate(c, n, h);
            }
        }
    }

    @Test
    void solvesAKnownThreeByThree() {
        // c = [[4,1,3],[2,0,5],[3,2,2]]: the unique optimum 0->1, 1->0, 2->2 costs 1 + 2 + 2 = 5
        double[] c = {4, 1, 3, 2, 0, 5, 3, 2, 2};
        Hungarian h = Hungarian.solve(c, 3);
        assertEquals(5, h.cost(), 0);
        assertArrayEquals(new int[] {1, 0, 2}, h.assignment());
    }

    @Test
    void certifiesItsOptimumOnALargeInstance() {
        AssignmentLp lp = AssignmentLp.random(200, 3, 1000);
        Hungarian h = lp.exact();
        assertPermutationWithCost(lp.costs(), 200, h.assignment(), h.cost());
        assertDualCertificate(lp.costs(), 200, h);
    }

    @Test
    void refusesNonFiniteOrMisshapenCosts() {
        assertThrows(IllegalArgumentException.class, () -> Hungarian.solve(new double[] {1, Double.NaN, 2, 3}, 2));
        assertThrows(IllegalArgumentException.class, () -> Hungarian.solve(new double[] {1, 2, 3}, 2));
    }

    /** u_i + v_j ≤ c_ij everywhere and Σu + Σv = cost: the LP dual proves optimality. */
    private static void assertDualCertificate(double[] c, int n, Hungarian h) {
        double[] u = h.rowPotentials();
        double[] v = h.columnPotentials();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += u[i] + v[i];
            for (int j = 0; j < n; j++) {
                assertTrue(u[i] + v[j] <= c[i * n + j] + 1e-9, "dual feasible at " + i + "," + j);
            }
        }
        assertEquals(h.cost(), sum, 1e-9 * Math.max(1, Math.abs(sum)));
    }

    private static void assertPermutationWithCost(double[] c, int n, int[] p, double cost) {
        boolean[] seen = new boolean[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            assertTrue(!seen[p[i]], "column " + p[i] + " used twice");
            seen[p[i]] = true;
            s += c[i * n + p[i]];
        }
        assertEquals(cost, s, 1e-9 * Math.max(1, Math.abs(s)));
    }

    private static double bruteForce(double[] c, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        double best = Double.POSITIVE_INFINITY;
        do {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += c[i * n + p[i]];
            }
            best = Math.min(best, s);
        } while (nextPermutation(p));
        return best;
    }

    private static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = p.length - 1;
        while (p[j] <= p[i]) {
            j--;
        }
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
        for (int a = i + 1, b = p.length - 1; a < b; a++, b--) {
            t = p[a];
            p[a] = p[b];
            p[b] = t;
        }
        return true;
    }
}
