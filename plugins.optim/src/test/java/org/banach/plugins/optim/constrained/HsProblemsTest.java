package org.banach.plugins.optim.constrained;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.banach.api.InvalidProblemException;
import org.banach.api.ProblemDescriptor;
import org.banach.api.optim.EqualityConstrainedProblem;
import org.banach.plugins.optim.problems.constrained.ConstrainedProblemProvider;
import org.banach.plugins.optim.problems.constrained.HsCatalog;
import org.banach.plugins.optim.problems.constrained.HsProblem;
import org.junit.jupiter.api.Test;

/** Hock–Schittkowski definitions: derivatives against central differences, published optima, KKT at x*. */
class HsProblemsTest {

    private static final double[] STEPS = {1e-3, 1e-4, 1e-5, 1e-6, 1e-7};

    /** Best central-difference error over a few steps, relative to max(1, |analytic|). */
    private static double fdError(java.util.function.ToDoubleFunction<double[]> fn, double[] x, int i, double d) {
        double best = Double.POSITIVE_INFINITY;
        for (double h0 : STEPS) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            double h = h0 * Math.max(1, Math.abs(x[i]));
            xp[i] += h;
            xm[i] -= h;
            double fd = (fn.applyAsDouble(xp) - fn.applyAsDouble(xm)) / (xp[i] - xm[i]);
            best = Math.min(best, Math.abs(fd - d) / Math.max(1, Math.abs(d)));
        }
        return best;
    }

    private static double[] randomPoint(HsProblem p, Random rnd) {
        double[] x = p.start();
        for (int i = 0; i < x.length; i++) {
            x[i] += rnd.nextGaussian() * 0.5;
        }
        return x;
    }

    @Test
    void atLeastEightProblemsWithStandardIds() {
        List<String> ids = HsCatalog.ids();
        assertTrue(ids.size() >= 8, ids.toString());
        assertTrue(ids.contains("optim/hs/hs006") && ids.contains("optim/hs/hs052") && ids.contains("optim/hs/hs078"));
    }

    @Test
    void gradientsJacobiansAndHessianProductsMatchFiniteDifferences() {
        Random rnd = new Random(7);
        for (HsProblem p : HsCatalog.all()) {
            int n = p.dimension();
            int m = p.constraintCount();
            for (int trial = 0; trial < 3; trial++) {
                double[] x = trial == 0 ? p.start() : randomPoint(p, rnd);
                double[] g = new double[n];
                assertEquals(p.value(x), p.valueAndGradient(x, g), 1e-14 * Math.max(1, Math.abs(p.value(x))));
                double[] jac = new double[m * n];
                p.jacobian(x, jac);
                double[] lambda = new double[m];
                for (int r = 0; r < m; r++) {
                    lambda[r] = rnd.nextGaussian();
                }
                double[] hess = p.lagrangianHessian(x, lambda);
                for (int i = 0; i < n; i++) {
                    assertTrue(fdError(p::value, x, i, g[i]) < 1e-6, p.name() + " df/dx" + i);
                    for (int r = 0; r < m; r++) {
                        final int row = r;
                        java.util.function.ToDoubleFunction<double[]> cr = y -> {
                            double[] c = new double[m];
                            p.constraints(y, c);
                            return c[row];
                        };
                        assertTrue(fdError(cr, x, i, jac[r * n + i]) < 1e-6, p.name() + " dc" + r + "/dx" + i);
                    }
                    for (int k = 0; k < n; k++) {
                        final int comp = k;
                        java.util.function.ToDoubleFunction<double[]> gl = y -> lagrangianGradient(p, y, lambda)[comp];
                        assertTrue(fdError(gl, x, i, hess[k * n + i]) < 1e-6, p.name() + " H" + k + i);
                        assertEquals(hess[k * n + i], hess[i * n + k], 1e-12, p.name() + " symmetric");
                    }
                }
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = rnd.nextGaussian();
                }
                double[] hv = new double[n];
                p.lagrangianHessianVector(x, lambda, v, hv);
                for (int k = 0; k < n; k++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += hess[k * n + i] * v[i];
                    }
                    assertEquals(s, hv[k], 1e-12 * Math.max(1, Math.abs(s)));
                }
            }
        }
    }

    static double[] lagrangianGradient(EqualityConstrainedProblem p, double[] x, double[] lambda) {
        int n = p.dimension();
        int m = p.constraintCount();
        double[] g = new double[n];
        p.valueAndGradient(x, g);
        double[] jac = new double[m * n];
        p.jacobian(x, jac);
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < m; r++) {
                g[i] += jac[r * n + i] * lambda[r];
            }
        }
        return g;
    }

    @Test
    void publishedMinimisersAreFeasibleKktPointsWithThePublishedValue() {
        for (HsProblem p : HsCatalog.all()) {
            double[] xs = p.knownMinimizer().orElseThrow();
            double fStar = p.knownOptimalValue().getAsDouble();
            assertEquals(fStar, p.value(xs), 1e-8 * Math.max(1, Math.abs(fStar)), p.name());
            double kkt = Kkt.residual(p, xs);
            assertTrue(kkt < 1e-6, p.name() + " KKT residual at x* " + kkt);
            double[] c = new double[p.constraintCount()];
            p.constraints(xs, c);
            for (double ci : c) {
                assertEquals(0, ci, 1e-8, p.name());
            }
        }
    }

    @Test
    void providerDescribesAndCreatesEveryProblem() {
        ConstrainedProblemProvider provider = new ConstrainedProblemProvider();
        List<ProblemDescriptor> ds = provider.problems();
        assertEquals(HsCatalog.ids().size(), ds.size());
        for (ProblemDescriptor d : ds) {
            assertEquals(EqualityConstrainedProblem.FAMILY, d.family());
            EqualityConstrainedProblem p = (EqualityConstrainedProblem) provider.create(d.id(), Map.of());
            assertEquals(d.dimension(), p.dimension());
            assertEquals(d.knownOptimum(), p.knownOptimalValue().getAsDouble());
            assertTrue(d.reference().contains("Hock & Schittkowski"));
        }
        assertEquals(1859.0 / 349, provider.create("optim/hs/hs052", null).knownOptimalValue().getAsDouble());
        assertThrows(InvalidProblemException.class, () -> provider.create("optim/hs/hs999", Map.of()));
        assertThrows(InvalidProblemException.class, () -> provider.create("optim/hs/hs006", Map.of("n", "3")));
    }
}
