package org.banach.plugins.optim.gradient;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.SmoothObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Line-search Newton–CG (Nocedal &amp; Wright, Numerical Optimization, 2nd ed., Algorithm 7.1): the
 * Newton system ∇²f(x_k) p = −∇f(x_k) is solved inexactly by conjugate gradients on Hessian-vector
 * products, stopping at the forcing tolerance ε_k = min(0.5, √‖∇f_k‖)·‖∇f_k‖ (superlinear local
 * convergence, N&amp;W Thm 7.2) or at the first direction of non-positive curvature (then the last CG
 * iterate, or −∇f on the first inner step). The step is taken by Armijo backtracking from α = 1.
 * Hessian-vector products come from the problem when it has them and otherwise from a forward
 * difference of gradients, (∇f(x + hv) − ∇f(x))/h. Counted as {@code hvp}.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + NewtonCg.ID,
        SolverProperties.PROBLEM + "=" + SmoothObjective.FAMILY,
        SolverProperties.REFERENCE + "=Nocedal & Wright, Numerical Optimization, 2nd ed., Alg. 7.1",
        SolverProperties.DESCRIPTION + "=Line-search Newton-CG on Hessian-vector products (unconstrained)" })
public final class NewtonCg extends UnconstrainedGradientSolver {

    public static final String ID = "optim.newton-cg";

    /** Counter name for Hessian-vector products. */
    public static final String HVP = "hvp";

    public NewtonCg() {
        super(ID, 10_000,
                ParameterSpec.integer("maxInnerIterations", 0, 0, Integer.MAX_VALUE,
                        "most CG iterations per Newton step; 0 = the dimension n"),
                ParameterSpec.real("armijo", 1e-4, 1e-12, 0.5, "sufficient-decrease constant of the backtracking"),
                ParameterSpec.choice("hessian", "auto", java.util.List.of("auto", "exact", "finite-difference"),
                        "Hessian-vector products: the problem's (exact), gradient differences, or exact when available"));
    }

    @Override
    protected DescentRun newRun(SmoothObjective problem, Settings settings, Monitor monitor) {
        return new Run(problem, settings, monitor);
    }

    /** One call's state. */
    private static final class Run extends DescentRun {
        private static final int MAX_BACKTRACKS = 60;
        final SmoothObjective problem;
        final int maxInner;
        final double c1;
        final boolean exact;
        final double[] p;
        final double[] r;
        final double[] d;
        final double[] bd;
        final double[] shifted;
        final double[] gShifted;

        Run(SmoothObjective problem, Settings settings, Monitor monitor) {
            super(problem, settings, monitor);
            this.problem = problem;
            int m = settings.intValue("maxInnerIterations");
            this.maxInner = m == 0 ? n : m;
            this.c1 = settings.real("armijo");
            String h = settings.string("hessian");
            this.exact = "exact".equals(h) || ("auto".equals(h) && problem.hasHessianVector());
            p = new double[n];
            r = new double[n];
            d = new double[n];
            bd = new double[n];
            shifted = new double[n];
            gShifted = new double[n];
        }

        @Override
        protected String step() {
            if (exact && !problem.hasHessianVector()) {
                return "hessian=exact was asked but " + problem.name() + " has no Hessian-vector product";
            }
            newtonDirection();
            double slope = Vectors.dot(g, p);
            if (!(slope < 0)) { // numerical trouble in CG: fall back to steepest descent
                for (int i = 0; i < n; i++) {
                    p[i] = -g[i];
                }
                slope = -gnorm * gnorm;
            }
            double alpha = 1;
            for (int b = 0; b < MAX_BACKTRACKS; b++) {
                Vectors.step(x, alpha, p, xNew);
                fNew = oracle.valueAndGradient(xNew, gNew);
                if (Double.isFinite(fNew) && Vectors.allFinite(gNew) && fNew <= f + c1 * alpha * slope) {
                    return null;
                }
                alpha *= 0.5;
            }
            return "backtracking found no sufficient decrease along the Newton-CG direction at iteration " + (k + 1)
                    + " (||grad|| = " + gnorm + "); rounding error near a minimiser or a non-smooth objective";
        }

        /** N&amp;W Algorithm 7.1, inner loop: CG on ∇²f p = −g from p = 0. */
        private void newtonDirection() {
            double eps = Math.min(0.5, Math.sqrt(gnorm)) * gnorm;
            java.util.Arrays.fill(p, 0.0);
            for (int i = 0; i < n; i++) {
                r[i] = g[i];
                d[i] = -g[i];
            }
            double rr = gnorm * gnorm;
            for (int j = 0; j < maxInner; j++) {
                hessianVector(d, bd);
                double curvature = Vectors.dot(d, bd);
                if (!(curvature > 0)) {
                    if (j == 0) {
                        System.arraycopy(d, 0, p, 0, n);
                    }
                    return;
                }
                double a = rr / curvature;
                for (int i = 0; i < n; i++) {
                    p[i] += a * d[i];
                    r[i] += a * bd[i];
                }
                double rrNew = Vectors.dot(r, r);
                if (Math.sqrt(rrNew) < eps) {
                    return;
                }
                double beta = rrNew / rr;
                rr = rrNew;
                for (int i = 0; i < n; i++) {
                    d[i] = -r[i] + beta * d[i];
                }
            }
        }

        private void hessianVector(double[] v, double[] out) {
            monitor.count(HVP, 1);
            if (exact) {
                problem.hessianVector(x, v, out);
                return;
            }
            double vn = Vectors.norm(v);
            if (vn == 0) {
                java.util.Arrays.fill(out, 0.0);
                return;
            }
            double h = Math.sqrt(Math.ulp(1.0)) * (1 + Vectors.norm(x)) / vn;
            Vectors.step(x, h, v, shifted);
            oracle.valueAndGradient(shifted, gShifted);
            for (int i = 0; i < n; i++) {
                out[i] = (gShifted[i] - g[i]) / h;
            }
        }
    }
}
