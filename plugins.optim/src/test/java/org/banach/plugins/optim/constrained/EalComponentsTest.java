package org.banach.plugins.optim.constrained;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.banach.api.conformance.TestMonitor;
import org.banach.plugins.optim.problems.constrained.HsCatalog;
import org.banach.plugins.optim.problems.constrained.HsProblem;
import org.junit.jupiter.api.Test;

/** The pieces of optim.eal-sketch: the merit gradient, the sketching solver and the dense bases. */
class EalComponentsTest {

    /**
     * The slope the solver uses, a + μ b_μ + ν b_ν with a = ∇ₓLᵀΔx + cᵀΔλ, b_μ = cᵀJΔx and
     * b_ν = ∇ₓLᵀ(HΔx + JᵀΔλ), is the directional derivative of L_{μ,ν}(x, λ) (central differences).
     */
    @Test
    void meritSlopeMatchesCentralDifferences() {
        Random rnd = new Random(3);
        double mu = 7;
        double nu = 0.3;
        for (HsProblem p : HsCatalog.all()) {
            int n = p.dimension();
            int m = p.constraintCount();
            double[] x = p.start();
            double[] lambda = new double[m];
            double[] d = new double[n + m];
            for (int i = 0; i < m; i++) {
                lambda[i] = rnd.nextGaussian();
            }
            for (int i = 0; i < n + m; i++) {
                d[i] = rnd.nextGaussian();
            }
            TestMonitor mon = new TestMonitor();
            KktPoint q = KktPoint.at(p, x, lambda, mon);
            double[] h = q.lagrangianHessian(p, true, mon);
            double[] dx = java.util.Arrays.copyOf(d, n);
            double[] dl = java.util.Arrays.copyOfRange(d, n, n + m);
            double[] jdx = new double[m];
            Dense.multiply(q.jac, m, n, dx, jdx);
            double[] hdx = new double[n];
            Dense.multiply(h, n, n, dx, hdx);
            double[] jtdl = new double[n];
            Dense.multiplyTransposed(q.jac, m, n, dl, jtdl);
            double a = Dense.dot(q.gradL, dx) + Dense.dot(q.c, dl);
            double bm = Dense.dot(q.c, jdx);
            double bn = 0;
            for (int i = 0; i < n; i++) {
                bn += q.gradL[i] * (hdx[i] + jtdl[i]);
            }
            double slope = a + mu * bm + nu * bn;
            double best = Double.POSITIVE_INFINITY;
            for (double step : new double[] {1e-4, 1e-5, 1e-6}) {
                double fd = (merit(p, x, lambda, d, step, mu, nu) - merit(p, x, lambda, d, -step, mu, nu)) / (2 * step);
                best = Math.min(best, Math.abs(fd - slope) / Math.max(1, Math.abs(slope)));
            }
            assertTrue(best < 1e-6, p.name() + " slope " + slope + " error " + best);
        }
    }

    private static double merit(HsProblem p, double[] x, double[] lambda, double[] d, double t, double mu, double nu) {
        int n = x.length;
        double[] xt = x.clone();
        double[] lt = lambda.clone();
        for (int i = 0; i < n; i++) {
            xt[i] += t * d[i];
        }
        for (int i = 0; i < lt.length; i++) {
            lt[i] += t * d[n + i];
        }
        return KktPoint.at(p, xt, lt, new TestMonitor()).merit(mu, nu);
    }

    @Test
    void sketchAndProjectSolvesAnIndefiniteSystemToTheAskedAccuracy() {
        Random rnd = new Random(11);
        int dim = 8;
        double[] k = new double[dim * dim];
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j <= i; j++) {
                double v = rnd.nextGaussian();
                k[i * dim + j] = v;
                k[j * dim + i] = v;
            }
            k[i * dim + i] += (i % 2 == 0 ? 4 : -4); // symmetric indefinite, like a KKT matrix
        }
        double[] b = new double[dim];
        for (int i = 0; i < dim; i++) {
            b[i] = rnd.nextGaussian();
        }
        TestMonitor mon = new TestMonitor();
        SketchAndProject s = new SketchAndProject(5, 3, 100_000);
        double[] d = new double[dim];
        double tol = 1e-10 * Dense.norm(b);
        assertTrue(s.solve(k, dim, b, d, tol, mon));
        assertTrue(s.residual() <= tol);
        double[] kd = new double[dim];
        Dense.multiply(k, dim, dim, d, kd);
        for (int i = 0; i < dim; i++) {
            kd[i] -= b[i];
        }
        assertEquals(s.residual(), Dense.norm(kd), 1e-12);
        assertEquals(s.iterations(), mon.counter(SketchAndProject.SKETCH));
        assertTrue(s.iterations() > 1, "a sketch of 3 columns cannot solve 8 equations in one step");
        SketchAndProject capped = new SketchAndProject(5, 3, 2);
        assertFalse(capped.solve(k, dim, b, new double[dim], tol, new TestMonitor()));
        assertEquals(2, capped.iterations());
    }

    @Test
    void basesAreOrthonormalAndGiveTheLeastSquaresResidual() {
        Random rnd = new Random(2);
        for (HsProblem p : HsCatalog.all()) {
            int n = p.dimension();
            int m = p.constraintCount();
            double[] x = p.start();
            double[] jac = new double[m * n];
            p.jacobian(x, jac);
            Dense.Basis basis = Dense.bases(jac, m, n);
            assertEquals(m, basis.rank(), p.name());
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    assertEquals(a == b ? 1 : 0, Dense.dot(basis.rows()[a], basis.rows()[b]), 1e-12);
                }
            }
            double[] jz = new double[m];
            for (int z = m; z < n; z++) {
                Dense.multiply(jac, m, n, basis.rows()[z], jz);
                assertEquals(0, Dense.norm(jz), 1e-10, p.name() + " null-space row " + z);
            }
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = rnd.nextGaussian();
            }
            double[] lambda = Dense.leastSquaresMultipliers(jac, m, n, g);
            double[] r = g.clone();
            double[] jtl = new double[n];
            Dense.multiplyTransposed(jac, m, n, lambda, jtl);
            for (int i = 0; i < n; i++) {
                r[i] += jtl[i];
            }
            assertEquals(Dense.norm(r), basis.leastSquaresResidual(g), 1e-10, p.name());
        }
        double[] dependent = {1, 0, 1, 0};
        assertEquals(1, Dense.bases(dependent, 2, 2).rank());
    }
}
