package org.banach.plugins.games.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.banach.api.InvalidProblemException;
import org.banach.api.ProblemDescriptor;
import org.banach.api.games.DifferentiableGame;
import org.banach.api.games.VariationalInequality;
import org.junit.jupiter.api.Test;

/** The dynamics provider's problems: descriptors, parameters, F as the gradients of the losses, closed-form Jacobians. */
class DynamicsProblemsTest {

    private final DynamicsProblemProvider provider = new DynamicsProblemProvider();

    @Test
    void describesAndCreatesItsProblems() {
        for (ProblemDescriptor p : provider.problems()) {
            assertTrue(provider.create(p.id(), Map.of()) instanceof VariationalInequality, p.id());
        }
        DifferentiableGame g = Runs.bilinear("n=3", "seed=2", "mu=0.5");
        assertEquals(6, g.dimension());
        assertEquals(2, g.players());
        assertArrayEquals(new double[6], g.knownSolution().orElseThrow(), 0);
        String m = assertThrows(InvalidProblemException.class, () -> provider.create("games/nope", Map.of())).getMessage();
        assertTrue(m.contains(BilinearGame.ID) && m.contains(NonmonotoneVi.ID), m);
        String bad = assertThrows(InvalidProblemException.class, () -> Runs.bilinear("n=0")).getMessage();
        assertTrue(bad.contains("n"), bad);
    }

    @Test
    void pseudoGradientIsEachPlayersOwnGradientAndJacobianIsExact() {
        DifferentiableGame g = Runs.bilinear("n=3", "seed=2", "mu=0.5");
        Random rng = new Random(1);
        double[] z = new double[6];
        double[] v = new double[6];
        for (int i = 0; i < 6; i++) {
            z[i] = rng.nextGaussian();
            v[i] = rng.nextGaussian();
        }
        double[] f = new double[6];
        g.operator(z, f);
        double h = 1e-6;
        for (int i = 0; i < 6; i++) {
            int player = i < 3 ? 0 : 1;
            double[] p = z.clone();
            double[] q = z.clone();
            p[i] += h;
            q[i] -= h;
            assertEquals((g.loss(player, p) - g.loss(player, q)) / (2 * h), f[i], 1e-8, "coordinate " + i);
        }
        double[] exact = new double[6];
        g.jacobianVector(z, v, exact);
        double[] fd = new double[6];
        new DifferentiableGame() { // the interface's finite-difference default on the same F
            public String name() {
                return "fd";
            }

            public int players() {
                return 2;
            }

            public int blockSize(int player) {
                return 3;
            }

            public double loss(int player, double[] w) {
                return g.loss(player, w);
            }

            public void operator(double[] w, double[] out) {
                g.operator(w, out);
            }

            public double[] start() {
                return g.start();
            }
        }.jacobianVector(z, v, fd);
        assertArrayEquals(fd, exact, 1e-8);
        // zero-sum at mu = 0
        DifferentiableGame zs = Runs.bilinear("n=3", "seed=2");
        assertEquals(-zs.loss(0, z), zs.loss(1, z), 1e-15);
    }

    @Test
    void nonMonotoneViHasItsSolutionAtZero() {
        VariationalInequality vi = (VariationalInequality) provider.create(NonmonotoneVi.ID, Map.of("r", "2"));
        double[] f = new double[2];
        vi.operator(new double[2], f);
        assertArrayEquals(new double[2], f, 0);
        assertArrayEquals(new double[] {2, 2}, vi.start(), 0);
        // non-monotone: along x at x = 1, <F(z+h e1) - F(z), h e1> = h (1 - 3) h < 0
        double[] a = new double[2];
        double[] b = new double[2];
        vi.operator(new double[] {1, 0}, a);
        vi.operator(new double[] {1.01, 0}, b);
        assertTrue((b[0] - a[0]) * 0.01 < 0);
    }
}
