package org.banach.plugins.optim.linear;

import org.banach.api.Monitor;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;
import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.LinearSystem;
import org.osgi.service.component.annotations.Component;

/**
 * The conjugate gradient method of Hestenes &amp; Stiefel, <i>Methods of conjugate gradients for solving
 * linear systems</i>, J. Res. NBS 49 (1952), in the form of Saad, <i>Iterative Methods for Sparse Linear
 * Systems</i>, 2nd ed., Algorithm 6.18: α = rᵀr/pᵀAp, x += αp, r −= αAp, β = r⁺ᵀr⁺/rᵀr, p = r + βp.
 * Every vector lives on the run's {@link Backend}: one {@code spmv} (counted {@code matvec}) and
 * {@code dot}/{@code axpy}/{@code scal} per iteration. For the 5-point Poisson matrix (κ = O(1/h²)) it
 * needs O(√κ) = O(1/h) iterations.
 *
 * <p>Refuses a matrix that is not symmetric (INVALID_INPUT, with the offending pair) and stops with
 * NUMERICAL_ERROR when pᵀAp ≤ 0, i.e. when A is not positive definite; GMRES handles both cases. When
 * the updated residual reaches the tolerance, the true residual b − A·x is recomputed and the
 * iteration continues from it if rounding has made the two differ (residual replacement).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + ConjugateGradient.ID,
        SolverProperties.PROBLEM + "=" + LinearSystem.FAMILY,
        SolverProperties.REFERENCE + "=Hestenes & Stiefel, J. Res. NBS 49 (1952); Saad, Iterative Methods for Sparse Linear Systems, 2nd ed., Alg. 6.18",
        SolverProperties.DESCRIPTION + "=conjugate gradients for symmetric positive definite A (mat-vecs on the Backend)" })
public final class ConjugateGradient extends LinearSolver {

    public static final String ID = "optim.cg";

    public ConjugateGradient() {
        super(ID, 100_000);
    }

    @Override
    protected String refuse(LinearSystem problem, SystemCheck sys) {
        return asymmetry(sys.a);
    }

    /** Null when A is symmetric (to 10⁻¹² of its largest entry), else the first offending pair. */
    static String asymmetry(CsrMatrix a) {
        int[] rs = a.rowStart();
        int[] cs = a.columns();
        double[] vs = a.values();
        double big = 0;
        for (double v : vs) {
            big = Math.max(big, Math.abs(v));
        }
        for (int i = 0; i < a.rows(); i++) {
            for (int k = rs[i]; k < rs[i + 1]; k++) {
                int j = cs[k];
                int kt = java.util.Arrays.binarySearch(cs, rs[j], rs[j + 1], i);
                double aji = kt >= 0 ? vs[kt] : 0.0;
                if (Math.abs(vs[k] - aji) > 1e-12 * big) {
                    return "the matrix is not symmetric (a[" + i + "][" + j + "] = " + vs[k] + " but a[" + j + "][" + i
                            + "] = " + aji + "); conjugate gradients need a symmetric positive definite A; use optim.gmres";
                }
            }
        }
        return null;
    }

    @Override
    protected Outcome run(SystemCheck sys, Settings settings, Monitor monitor) {
        Backend be = monitor.backend();
        if (be == null) {
            return new Outcome(Status.FAILED, ID + " runs its mat-vecs on the run's Backend, but the monitor gave none",
                    null, 0, Double.NaN);
        }
        int n = sys.b.length;
        long maxIterations = settings.integer("maxIterations");
        double tolerance = settings.real("tolerance");
        double scale = sys.scale();
        try (DeviceMatrix a = be.uploadSparse(sys.a);
                DeviceMatrix x = be.upload(n, 1, sys.x0);
                DeviceMatrix bd = be.upload(n, 1, sys.b);
                DeviceMatrix r = be.allocate(n, 1);
                DeviceMatrix p = be.allocate(n, 1);
                DeviceMatrix ap = be.allocate(n, 1)) {
            be.copy(bd, r);
            be.spmv(-1, a, x, 1, r);
            monitor.count("matvec", 1);
            double rr = be.dot(r, r);
            double rel = Math.sqrt(rr) / scale;
            double rel0 = Math.max(rel, Double.MIN_NORMAL);
            monitor.iteration(0, Double.NaN, rel);
            be.copy(r, p);
            long k = 0;
            while (true) {
                Outcome end = LinearSolver.check(rel, rel0, k, maxIterations, tolerance, monitor, null);
                if (end != null && end.status() == Status.CONVERGED) {
                    // residual replacement: trust only the true residual
                    be.copy(bd, r);
                    be.spmv(-1, a, x, 1, r);
                    monitor.count("matvec", 1);
                    rr = be.dot(r, r);
                    double trueRel = Math.sqrt(rr) / scale;
                    if (trueRel <= tolerance || k >= maxIterations) {
                        return withX(end, be, x, trueRel);
                    }
                    rel = trueRel;
                    be.copy(r, p);
                    continue;
                }
                if (end != null) {
                    return withX(end, be, x, rel);
                }
                be.spmv(1, a, p, 0, ap);
                monitor.count("matvec", 1);
                double pap = be.dot(p, ap);
                if (!(pap > 0)) {
                    String why = Double.isNaN(pap) ? "p'Ap is NaN at iteration " + k
                            : "the matrix is not positive definite (pᵀAp = " + pap + " at iteration " + k
                                    + "); use optim.gmres";
                    return withX(new Outcome(Status.NUMERICAL_ERROR, why, null, k, rel), be, x, rel);
                }
                double alpha = rr / pap;
                be.axpy(alpha, p, x);
                be.axpy(-alpha, ap, r);
                double rrNew = be.dot(r, r);
                be.scal(rrNew / rr, p);
                be.axpy(1, r, p);
                rr = rrNew;
                k++;
                rel = Math.sqrt(rr) / scale;
                monitor.iteration(k, Double.NaN, rel);
            }
        }
    }

    private static Outcome withX(Outcome o, Backend be, DeviceMatrix x, double rel) {
        return new Outcome(o.status(), o.message(), be.download(x), o.iterations(), rel);
    }
}
