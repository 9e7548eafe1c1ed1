package org.banach.plugins.optim.problems.finitesum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.banach.api.optim.FiniteSumObjective;
import org.banach.api.optim.SmoothObjective;
import org.banach.plugins.optim.TestSupport;
import org.junit.jupiter.api.Test;

/** Analytic components, batches, full averages and Hessian-vector products against finite differences and each other. */
class FiniteSumProblemsTest {

    static List<FiniteSumObjective> instances() {
        return List.of(LogisticRegression.synthetic(30, 4, 0.1, 5), new LeastSquares(30, 4, 0.3, 5),
                new AmsgradCounterexample(3));
    }

    static double[] point(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * r.nextDouble() - 1;
        }
        return x;
    }

    /** Component i as a smooth objective, for the finite-difference check. */
    static SmoothObjective component(FiniteSumObjective p, int i) {
        return new SmoothObjective() {
            @Override
            public double value(double[] x) {
                return p.componentValueAndGradient(i, x, new double[x.length]);
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                return p.componentValueAndGradient(i, x, g);
            }

            @Override
            public double[] start() {
                return p.start();
            }

            @Override
            public String name() {
                return p.name() + "#" + i;
            }

            @Override
            public int dimension() {
                return p.dimension();
            }
        };
    }

    @Test
    void componentGradientsMatchFiniteDifferences() {
        for (FiniteSumObjective p : instances()) {
            for (int i = 0; i < p.components(); i++) {
                double err = TestSupport.gradientError(component(p, i), point(p.dimension(), i));
                assertTrue(err < 1e-7, p.name() + " component " + i + ": " + err);
            }
            assertTrue(TestSupport.gradientError(p, point(p.dimension(), 99)) < 1e-7, p.name());
        }
    }

    @Test
    void batchesAndFullAverageAreMeansOfComponents() {
        for (FiniteSumObjective p : instances()) {
            int n = p.dimension();
            double[] x = point(n, 3);
            int[] batch = {2, 0, 1};
            double[] g = new double[n];
            double[] mean = new double[n];
            double f = 0;
            for (int i : batch) {
                f += p.componentValueAndGradient(i, x, g) / 3;
                for (int j = 0; j < n; j++) {
                    mean[j] += g[j] / 3;
                }
            }
            double[] gb = new double[n];
            assertEquals(f, p.batchValueAndGradient(batch, x, gb), 1e-14, p.name());
            assertArrayEquals(mean, gb, 1e-14, p.name());
            double[] gDefault = new double[n];
            double[] gFull = new double[n];
            double fDefault = meanOfAll(p, x, gDefault);
            assertEquals(fDefault, p.valueAndGradient(x, gFull), 1e-13, p.name());
            assertArrayEquals(gDefault, gFull, 1e-13, p.name());
            assertEquals(fDefault, p.value(x), 1e-13, p.name());
        }
    }

    /** (1/N) Σᵢ fᵢ and its gradient, component by component. */
    static double meanOfAll(FiniteSumObjective p, double[] x, double[] out) {
        int n = p.dimension();
        double[] g = new double[n];
        double f = 0;
        int count = p.components();
        for (int i = 0; i < count; i++) {
            f += p.componentValueAndGradient(i, x, g) / count;
            for (int j = 0; j < n; j++) {
                out[j] += g[j] / count;
            }
        }
        return f;
    }

    @Test
    void hessianVectorMatchesGradientDifferences() {
        for (FiniteSumObjective p : instances().subList(0, 2)) {
            int n = p.dimension();
            double[] x = point(n, 4);
            double[] v = point(n, 5);
            double[] hv = new double[n];
            p.hessianVector(x, v, hv);
            double h = 1e-6;
            double[] xp = x.clone();
            double[] xm = x.clone();
            for (int j = 0; j < n; j++) {
                xp[j] += h * v[j];
                xm[j] -= h * v[j];
            }
            double[] gp = new double[n];
            double[] gm = new double[n];
            p.valueAndGradient(xp, gp);
            p.valueAndGradient(xm, gm);
            for (int j = 0; j < n; j++) {
                assertEquals((gp[j] - gm[j]) / (2 * h), hv[j], 1e-7, p.name() + " entry " + j);
            }
        }
    }

    @Test
    void leastSquaresMinimiserIsStationaryWithTheKnownValue() {
        LeastSquares p = new LeastSquares(500, 8, 0.5, 11);
        double[] w = p.knownMinimizer().orElseThrow();
        double[] g = new double[8];
        double f = p.valueAndGradient(w, g);
        for (double v : g) {
            assertEquals(0, v, 1e-12);
        }
        assertEquals(p.knownOptimalValue().getAsDouble(), f, 0.0);
        assertTrue(f > 0.05 && f < 0.2, "f* ≈ noise²/2 = 0.125, got " + f);
    }

    @Test
    void syntheticDataIsFixedByTheSeed() {
        double[] x = point(4, 8);
        assertEquals(LogisticRegression.synthetic(50, 4, 1e-3, 1).value(x),
                LogisticRegression.synthetic(50, 4, 1e-3, 1).value(x), 0.0);
        assertFalse(LogisticRegression.synthetic(50, 4, 1e-3, 1).value(x)
                == LogisticRegression.synthetic(50, 4, 1e-3, 2).value(x));
        assertEquals(new LeastSquares(50, 4, 0.1, 3).knownOptimalValue().getAsDouble(),
                new LeastSquares(50, 4, 0.1, 3).knownOptimalValue().getAsDouble(), 0.0);
    }

    @Test
    void counterexampleIsTheLinearAverageOnTheBox() {
        AmsgradCounterexample p = new AmsgradCounterexample(3);
        assertEquals(3, p.components());
        assertEquals(3.0, p.slope(0), 0.0);
        assertEquals(-1.0, p.slope(1), 0.0);
        assertEquals(-1.0, p.slope(2), 0.0);
        assertEquals(-1.0 / 3, p.value(new double[] {-1}), 1e-16);
        assertEquals(-1.0 / 3, p.knownOptimalValue().getAsDouble(), 1e-16);
        assertArrayEquals(new double[] {-1}, p.knownMinimizer().orElseThrow());
        assertArrayEquals(new double[] {-1}, p.bounds().orElseThrow().lower());
        assertArrayEquals(new double[] {1}, p.bounds().orElseThrow().upper());
    }
}
