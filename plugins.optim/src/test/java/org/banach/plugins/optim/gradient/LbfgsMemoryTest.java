package org.banach.plugins.optim.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The two-loop recursion (N&amp;W Alg. 7.4) against the explicit inverse BFGS update
 * H ← (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ (N&amp;W eq. 6.17) applied to the stored pairs, oldest first,
 * from H⁰ = γI with γ = sᵀy/yᵀy of the newest pair (eq. 7.20).
 */
class LbfgsMemoryTest {

    private static final int N = 5;

    @Test
    void twoLoopRecursionEqualsExplicitBfgsMatrix() {
        Random rnd = new Random(42);
        double[][] a = spd(rnd);
        int capacity = 3;
        int pairs = 5;
        LbfgsMemory memory = new LbfgsMemory(capacity, N);
        double[][] s = new double[pairs][];
        double[][] y = new double[pairs][];
        double[] x = new double[N];
        double[] gx = multiply(a, x);
        for (int k = 0; k < pairs; k++) {
            double[] xn = x.clone();
            for (int i = 0; i < N; i++) {
                xn[i] += rnd.nextGaussian();
            }
            double[] gn = multiply(a, xn);
            assertTrue(memory.update(x, xn, gx, gn));
            s[k] = diff(xn, x);
            y[k] = diff(gn, gx);
            x = xn;
            gx = gn;
        }
        assertEquals(capacity, memory.size());
        double[] g = new double[N];
        for (int i = 0; i < N; i++) {
            g[i] = rnd.nextGaussian();
        }
        double[] p = new double[N];
        memory.direction(g, p);

        int newest = pairs - 1;
        double gamma = Vectors.dot(s[newest], y[newest]) / Vectors.dot(y[newest], y[newest]);
        double[][] h = new double[N][N];
        for (int i = 0; i < N; i++) {
            h[i][i] = gamma;
        }
        for (int k = pairs - capacity; k < pairs; k++) {
            h = bfgsInverseUpdate(h, s[k], y[k]);
        }
        double[] expected = multiply(h, g);
        for (int i = 0; i < N; i++) {
            assertEquals(-expected[i], p[i], 1e-10 * (1 + Math.abs(expected[i])));
        }
    }

    @Test
    void emptyMemoryGivesSteepestDescent() {
        LbfgsMemory memory = new LbfgsMemory(4, 2);
        double[] p = new double[2];
        memory.direction(new double[] {3, -4}, p);
        assertEquals(-3, p[0]);
        assertEquals(4, p[1]);
    }

    @Test
    void pairWithoutPositiveCurvatureIsSkipped() {
        LbfgsMemory memory = new LbfgsMemory(4, 2);
        assertFalse(memory.update(new double[] {0, 0}, new double[] {1, 0}, new double[] {0, 0}, new double[] {-1, 0}));
        assertEquals(0, memory.size());
    }

    private static double[][] spd(Random rnd) {
        double[][] b = new double[N][N];
        for (double[] row : b) {
            for (int j = 0; j < N; j++) {
                row[j] = rnd.nextGaussian();
            }
        }
        double[][] a = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                for (int k = 0; k < N; k++) {
                    a[i][j] += b[k][i] * b[k][j];
                }
            }
            a[i][i] += 1;
        }
        return a;
    }

    private static double[][] bfgsInverseUpdate(double[][] h, double[] s, double[] y) {
        double rho = 1 / Vectors.dot(s, y);
        double[][] v = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                v[i][j] = (i == j ? 1 : 0) - rho * y[i] * s[j];
            }
        }
        double[][] out = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double sum = 0;
                for (int k = 0; k < N; k++) {
                    for (int l = 0; l < N; l++) {
                        sum += v[k][i] * h[k][l] * v[l][j];
                    }
                }
                out[i][j] = sum + rho * s[i] * s[j];
            }
        }
        return out;
    }

    private static double[] multiply(double[][] a, double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Vectors.dot(a[i], x);
        }
        return out;
    }

    private static double[] diff(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
