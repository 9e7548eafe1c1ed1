package org.banach.plugins.games.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The sort-based simplex projection against its optimality conditions. */
class SimplexTest {

    @Test
    void closedForms() {
        double[] v = {0.2, 0.3, 0.5};
        Simplex.project(v, 0, 3, new double[3]);
        assertEquals(0.5, v[2], 1e-15);
        double[] w = {5, 1, -3};
        Simplex.project(w, 0, 3, new double[3]);
        assertEquals(1, w[0], 0);
        assertEquals(0, w[1] + w[2], 0);
        double[] u = {9, 2, 2, 9};
        Simplex.project(u, 1, 2, new double[4]);
        assertEquals(0.5, u[1], 1e-15);
        assertEquals(9, u[0], 0);
    }

    /** p = Π(v) iff p ∈ Δ and v − p = θ·1 on the support, v_i − p_i ≤ θ off it (KKT). */
    @Test
    void satisfiesKkt() {
        Random r = new Random(1);
        for (int t = 0; t < 200; t++) {
            int n = 1 + r.nextInt(30);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = 3 * r.nextGaussian();
            }
            double[] p = v.clone();
            Simplex.project(p, 0, n, new double[n]);
            assertNull(Simplex.notDistribution(p, 0, n, false));
            double theta = Double.NaN;
            for (int i = 0; i < n; i++) {
                if (p[i] > 0) {
                    if (Double.isNaN(theta)) {
                        theta = v[i] - p[i];
                    }
                    assertEquals(theta, v[i] - p[i], 1e-12);
                }
            }
            for (int i = 0; i < n; i++) {
                if (p[i] == 0) {
                    assertTrue(v[i] <= theta + 1e-12);
                }
            }
        }
    }
}
