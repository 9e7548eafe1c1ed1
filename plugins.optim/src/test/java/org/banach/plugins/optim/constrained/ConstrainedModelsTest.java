package org.banach.plugins.optim.constrained;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.SmoothObjective;
import org.banach.plugins.optim.gradient.Lbfgs;
import org.banach.plugins.optim.numerics.Cholesky;
import org.banach.plugins.optim.problems.constrained.ConstrainedLogistic;
import org.banach.plugins.optim.problems.constrained.PdeControl1d;
import org.junit.jupiter.api.Test;

/**
 * Seed catalog O3's other instances: the exact augmented Lagrangian with sketching solves 1-D
 * PDE-constrained control (against the exact discrete minimiser from the reduced normal equations)
 * and constrained logistic regression (against L-BFGS on the null-space reduction), both with the
 * KKT residual recomputed below 1e-8.
 */
class ConstrainedModelsTest {

    @Test
    void pdeControlReachesTheExactDiscreteMinimiser() {
        PdeControl1d p = new PdeControl1d(6, 1);
        double[] exact = p.knownMinimizer().orElseThrow();
        assertTrue(Kkt.residual(p, exact) < 1e-9, "the reference satisfies KKT: " + Kkt.residual(p, exact));
        Result r = EalSketchTest.solve(p, new TestMonitor(), EalSketchTest.SEED);
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        assertTrue(Kkt.residual(p, r.solution()) < 1e-8, "KKT " + Kkt.residual(p, r.solution()));
        double fStar = p.knownOptimalValue().getAsDouble();
        assertEquals(fStar, r.objective(), 1e-8 * Math.max(1, Math.abs(fStar)));
        double err = 0;
        double scale = 0;
        for (int i = 0; i < exact.length; i++) {
            err = Math.max(err, Math.abs(r.solution()[i] - exact[i]));
            scale = Math.max(scale, Math.abs(exact[i]));
        }
        assertTrue(err <= 1e-6 * scale, "state and control within 1e-6 (relative) of the exact minimiser: " + err);
    }

    @Test
    void constrainedLogisticMatchesLbfgsOnTheNullSpace() {
        ConstrainedLogistic p = new ConstrainedLogistic(200, 10, 3, 1e-2, 4);
        Result r = EalSketchTest.solve(p, new TestMonitor(), EalSketchTest.SEED);
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        assertTrue(Kkt.residual(p, r.solution()) < 1e-8, "KKT " + Kkt.residual(p, r.solution()));
        double[] c = new double[3];
        p.constraints(r.solution(), c);
        assertTrue(Dense.norm(c) <= 1e-8, "feasible: " + Dense.norm(c));

        double reference = nullSpaceMinimum(p);
        assertEquals(reference, r.objective(), 1e-9 * Math.max(1, Math.abs(reference)));
    }

    @Test
    void derivativesMatchCentralDifferences() {
        for (org.banach.api.optim.EqualityConstrainedProblem p : java.util.List.of(new PdeControl1d(5, 0.3),
                new ConstrainedLogistic(50, 6, 2, 0.1, 9))) {
            int n = p.dimension();
            int m = p.constraintCount();
            java.util.Random rnd = new java.util.Random(3);
            double[] x = new double[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rnd.nextGaussian();
                v[i] = rnd.nextGaussian();
            }
            double[] g = new double[n];
            p.valueAndGradient(x, g);
            double[] jac = new double[m * n];
            p.jacobian(x, jac);
            double[] hv = new double[n];
            p.lagrangianHessianVector(x, new double[m], v, hv);
            double step = 1e-6;
            double[] gPlus = new double[n];
            double[] gMinus = new double[n];
            for (int i = 0; i < n; i++) {
                double[] xp = x.clone();
                double[] xm = x.clone();
                xp[i] += step;
                xm[i] -= step;
                assertEquals((p.value(xp) - p.value(xm)) / (2 * step), g[i], 1e-7, p.name() + " gradient " + i);
                double[] cp = new double[m];
                double[] cm = new double[m];
                p.constraints(xp, cp);
                p.constraints(xm, cm);
                for (int r = 0; r < m; r++) {
                    assertEquals((cp[r] - cm[r]) / (2 * step), jac[r * n + i], 1e-6, p.name() + " Jacobian");
                }
            }
            double[] xp = x.clone();
            double[] xm = x.clone();
            for (int i = 0; i < n; i++) {
                xp[i] += step * v[i];
                xm[i] -= step * v[i];
            }
            p.valueAndGradient(xp, gPlus);
            p.valueAndGradient(xm, gMinus);
            for (int i = 0; i < n; i++) {
                assertEquals((gPlus[i] - gMinus[i]) / (2 * step), hv[i], 1e-6, p.name() + " Hessian-vector " + i);
            }
        }
    }

    /** min f(w0 + Z z) by L-BFGS, Z an orthonormal null-space basis of C, w0 = Cᵀ(CCᵀ)⁻¹c. */
    private static double nullSpaceMinimum(ConstrainedLogistic p) {
        int n = p.dimension();
        int m = p.constraintCount();
        double[] jac = new double[m * n];
        p.jacobian(new double[n], jac);
        double[] rhs = new double[m];
        p.constraints(new double[n], rhs); // C·0 − c = −c
        double[] gram = new double[m * m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += jac[a * n + j] * jac[b * n + j];
                }
                gram[a * m + b] = s;
            }
            rhs[a] = -rhs[a];
        }
        assertTrue(Cholesky.factor(gram, m, 0));
        Cholesky.solve(gram, m, rhs);
        double[] w0 = new double[n];
        Dense.multiplyTransposed(jac, m, n, rhs, w0);
        Dense.Basis basis = Dense.bases(jac, m, n);
        int k = n - basis.rank();
        SmoothObjective reduced = new SmoothObjective() {
            private double[] lift(double[] z) {
                double[] w = w0.clone();
                for (int b = 0; b < k; b++) {
                    for (int j = 0; j < n; j++) {
                        w[j] += basis.rows()[basis.rank() + b][j] * z[b];
                    }
                }
                return w;
            }

            @Override
            public String name() {
                return "null-space reduction";
            }

            @Override
            public int dimension() {
                return k;
            }

            @Override
            public double value(double[] z) {
                return p.value(lift(z));
            }

            @Override
            public double valueAndGradient(double[] z, double[] gz) {
                double[] g = new double[n];
                double f = p.valueAndGradient(lift(z), g);
                for (int b = 0; b < k; b++) {
                    gz[b] = Dense.dot(basis.rows()[basis.rank() + b], g);
                }
                return f;
            }

            @Override
            public double[] start() {
                return new double[k];
            }
        };
        Lbfgs lbfgs = new Lbfgs();
        Map<String, String> given = new HashMap<>();
        given.put("tolerance", "1e-9"); // f − f* ≤ ‖g‖²/(2μ) = 5e-17 (μ = 1e-2)
        Result r = lbfgs.solve(reduced, Settings.validate(lbfgs.parameters(), given, 0), new TestMonitor());
        assertEquals(Status.CONVERGED, r.status(), "reference: " + r);
        return r.objective();
    }
}
