package org.banach.plugins.games.problems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import org.banach.api.games.MatrixGame;
import org.banach.api.games.VariationalInequality;
import org.junit.jupiter.api.Test;

class RandomAndViTest {

    private final GamesProblemProvider provider = new GamesProblemProvider();

    @Test
    void randomGamesAreReproducibleBySeedAndUniformInTheUnitInterval() {
        Map<String, String> p = Map.of("rows", "7", "cols", "5", "seed", "42");
        MatrixGame a = (MatrixGame) provider.create("games/random-zero-sum", p);
        MatrixGame b = (MatrixGame) provider.create("games/random-zero-sum", p);
        assertArrayEquals(a.rowPayoffs(), b.rowPayoffs());
        assertTrue(a.zeroSum());
        assertEquals(7, a.rows());
        assertEquals(5, a.cols());
        MatrixGame c = (MatrixGame) provider.create("games/random-zero-sum", Map.of("rows", "7", "cols", "5", "seed", "43"));
        assertFalse(Arrays.equals(a.rowPayoffs(), c.rowPayoffs()));
        MatrixGame x = (MatrixGame) provider.create("games/random-bimatrix", p);
        MatrixGame y = (MatrixGame) provider.create("games/random-bimatrix", p);
        assertArrayEquals(x.rowPayoffs(), y.rowPayoffs());
        assertArrayEquals(x.columnPayoffs(), y.columnPayoffs());
        assertFalse(x.zeroSum());
        MatrixGame big = (MatrixGame) provider.create("games/random-bimatrix", Map.of("rows", "100", "cols", "100"));
        double mean = 0;
        for (double v : big.rowPayoffs()) {
            assertTrue(v >= -1 && v < 1);
            mean += v / 10_000;
        }
        assertEquals(0.0, mean, 4 * Math.sqrt(1.0 / 3 / 10_000)); // 4 standard errors
    }

    static double naturalResidual(VariationalInequality vi, double[] z) {
        double[] f = new double[z.length];
        vi.operator(z, f);
        double[] w = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            w[i] = z[i] - f[i];
        }
        vi.project(w);
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            s += (z[i] - w[i]) * (z[i] - w[i]);
        }
        return Math.sqrt(s);
    }

    @Test
    void monotoneLinearViKnownSolutionHasZeroNaturalResidualAndIsNotTrivial() {
        for (String d : new String[] {"1", "2", "9", "30", "200"}) {
            for (String seed : new String[] {"0", "7"}) {
                LinearVi vi = (LinearVi) provider.create("games/monotone-linear-vi", Map.of("d", d, "seed", seed));
                double[] z = vi.knownSolution().orElseThrow();
                assertTrue(naturalResidual(vi, z) < 1e-12, "d=" + d + " seed=" + seed + ": " + naturalResidual(vi, z));
                if (z.length >= 3) {
                    assertTrue(naturalResidual(vi, vi.start()) > 0.1);
                    long active = Arrays.stream(z).filter(v -> Math.abs(v) == 1).count();
                    assertEquals(z.length - (z.length + 2) / 3, active);
                }
                assertMonotone(vi);
            }
        }
    }

    /** ⟨F(u) − F(v), u − v⟩ = (u−v)ᵀ S (u−v) ≥ 0, and = 0 along the kernel of the singular S. */
    private static void assertMonotone(LinearVi vi) {
        int d = vi.dimension();
        SplittableRandom rng = new SplittableRandom(1);
        double[] u = new double[d];
        double[] fu = new double[d];
        double[] f0 = new double[d];
        vi.operator(new double[d], f0);
        for (int t = 0; t < 20; t++) {
            for (int i = 0; i < d; i++) {
                u[i] = rng.nextDouble(-1, 1);
            }
            vi.operator(u, fu);
            double s = 0;
            for (int i = 0; i < d; i++) {
                s += (fu[i] - f0[i]) * u[i];
            }
            assertTrue(s >= -1e-12 * d, "monotone: " + s);
        }
    }

    @Test
    void bilinearHasSolutionZeroAndAnOrthogonalA() {
        for (String[] c : new String[][] {{"orthogonal", "12"}, {"identity", "12"}, {"orthogonal", "150"}}) {
            LinearVi vi = (LinearVi) provider.create("games/bilinear", Map.of("n", c[1], "seed", "3", "matrix", c[0]));
            int d = vi.dimension();
            assertEquals(2 * Integer.parseInt(c[1]), d);
            double[] z = vi.knownSolution().orElseThrow();
            assertArrayEquals(new double[d], z);
            assertEquals(0.0, naturalResidual(vi, z));
            // F(x, y) = (A y, -A'x): the skew matrix has orthonormal columns when A is orthogonal
            double[] m = vi.matrix();
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    assertEquals(-m[j * d + i], m[i * d + j], 0.0);
                    double dot = 0;
                    for (int k = 0; k < d; k++) {
                        dot += m[k * d + i] * m[k * d + j];
                    }
                    assertEquals(i == j ? 1.0 : 0.0, dot, 1e-12);
                }
            }
            // unconstrained: the residual of the start is |F(1)| = |1| = sqrt(d)
            assertEquals(Math.sqrt(d), naturalResidual(vi, vi.start()), 1e-12);
        }
    }
}
