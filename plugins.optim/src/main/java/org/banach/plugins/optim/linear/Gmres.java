package org.banach.plugins.optim.linear;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;
import org.banach.api.optim.LinearSystem;
import org.osgi.service.component.annotations.Component;

/**
 * Restarted GMRES(m) of Saad &amp; Schultz, <i>GMRES: a generalized minimal residual algorithm for
 * solving nonsymmetric linear systems</i>, SIAM J. Sci. Stat. Comput. 7 (1986), as Saad, <i>Iterative
 * Methods for Sparse Linear Systems</i>, 2nd ed., Algorithms 6.9 and 6.11 with modified Gram–Schmidt Arnoldi
 * (Alg. 6.2) and Givens rotations (§6.5.3): the rotated right-hand side gives ‖b − A·x_j‖₂ = |g_{j+1}|
 * at every inner step without forming x_j. The Krylov basis V (m + 1 vectors) lives on the run's
 * {@link Backend} (one {@code spmv} per inner step, counted {@code matvec}); the small Hessenberg
 * least-squares problem is solved on the host. At each restart the true residual is recomputed.
 * Works for any nonsingular A; a breakdown h_{j+1,j} = 0 means the solution lies in the Krylov space
 * ("lucky breakdown"). Each inner step is one reported iteration, with the rotated residual estimate.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + Gmres.ID,
        SolverProperties.PROBLEM + "=" + LinearSystem.FAMILY,
        SolverProperties.REFERENCE + "=Saad & Schultz, SIAM J. Sci. Stat. Comput. 7(3) (1986); Saad, Iterative Methods for Sparse Linear Systems, 2nd ed., Alg. 6.9/6.11",
        SolverProperties.DESCRIPTION + "=restarted GMRES(m) with modified Gram-Schmidt and Givens rotations (mat-vecs on the Backend)" })
public final class Gmres extends LinearSolver {

    public static final String ID = "optim.gmres";

    public Gmres() {
        super(ID, 100_000, ParameterSpec.integer("restart", 30, 1, 10_000,
                "Krylov dimension m before a restart (memory: m + 1 vectors of length n)"));
    }

    @Override
    protected Outcome run(SystemCheck sys, Settings settings, Monitor monitor) {
        Backend be = monitor.backend();
        if (be == null) {
            return new Outcome(Status.FAILED, ID + " runs its mat-vecs on the run's Backend, but the monitor gave none",
                    null, 0, Double.NaN);
        }
        int n = sys.b.length;
        int m = Math.min(settings.intValue("restart"), n);
        long maxIterations = settings.integer("maxIterations");
        double tolerance = settings.real("tolerance");
        double scale = sys.scale();
        DeviceMatrix[] v = new DeviceMatrix[m + 1];
        try (DeviceMatrix a = be.uploadSparse(sys.a);
                DeviceMatrix x = be.upload(n, 1, sys.x0);
                DeviceMatrix bd = be.upload(n, 1, sys.b);
                DeviceMatrix r = be.allocate(n, 1);
                DeviceMatrix w = be.allocate(n, 1)) {
            for (int i = 0; i <= m; i++) {
                v[i] = be.allocate(n, 1);
            }
            Cycle cycle = new Cycle(m);
            double beta = residual(be, a, x, bd, r, monitor);
            double rel = beta / scale;
            double rel0 = Math.max(rel, Double.MIN_NORMAL);
            monitor.iteration(0, Double.NaN, rel);
            long k = 0;
            while (true) {
                Outcome end = LinearSolver.check(rel, rel0, k, maxIterations, tolerance, monitor, null);
                if (end != null) {
                    return new Outcome(end.status(), end.message(), be.download(x), k, rel);
                }
                be.copy(r, v[0]);
                be.scal(1 / beta, v[0]);
                cycle.start(beta);
                int j = 0;
                while (j < m && k < maxIterations) {
                    be.spmv(1, a, v[j], 0, w);
                    monitor.count("matvec", 1);
                    for (int i = 0; i <= j; i++) {
                        double hij = be.dot(w, v[i]);
                        cycle.h[i][j] = hij;
                        be.axpy(-hij, v[i], w);
                    }
                    double hnext = be.nrm2(w);
                    double est = cycle.rotate(j, hnext);
                    j++;
                    k++;
                    monitor.iteration(k, Double.NaN, est / scale);
                    if (!(hnext > 0) || est / scale <= tolerance || monitor.stopRequested()) {
                        break;
                    }
                    be.copy(w, v[j]);
                    be.scal(1 / hnext, v[j]);
                }
                double[] y = cycle.solve(j);
                for (int i = 0; i < j; i++) {
                    be.axpy(y[i], v[i], x);
                }
                beta = residual(be, a, x, bd, r, monitor);
                rel = beta / scale;
            }
        } finally {
            for (DeviceMatrix d : v) {
                if (d != null) {
                    d.close();
                }
            }
        }
    }

    /** r := b − A·x on the device; returns ‖r‖₂. */
    private static double residual(Backend be, DeviceMatrix a, DeviceMatrix x, DeviceMatrix b, DeviceMatrix r,
            Monitor monitor) {
        be.copy(b, r);
        be.spmv(-1, a, x, 1, r);
        monitor.count("matvec", 1);
        return be.nrm2(r);
    }

    /** The host side of one restart cycle: Hessenberg matrix, Givens rotations, rotated right-hand side. */
    static final class Cycle {
        final double[][] h;
        final double[] cs;
        final double[] sn;
        final double[] g;

        Cycle(int m) {
            h = new double[m + 1][m];
            cs = new double[m];
            sn = new double[m];
            g = new double[m + 1];
        }

        void start(double beta) {
            java.util.Arrays.fill(g, 0);
            g[0] = beta;
        }

        /**
         * Applies the previous rotations to column j (whose subdiagonal is {@code hnext}), makes the
         * rotation that zeros it, and returns the new residual norm |g_{j+1}|.
         */
        double rotate(int j, double hnext) {
            for (int i = 0; i < j; i++) {
                double t = cs[i] * h[i][j] + sn[i] * h[i + 1][j];
                h[i + 1][j] = -sn[i] * h[i][j] + cs[i] * h[i + 1][j];
                h[i][j] = t;
            }
            double d = Math.hypot(h[j][j], hnext);
            if (d == 0) {
                cs[j] = 1;
                sn[j] = 0;
            } else {
                cs[j] = h[j][j] / d;
                sn[j] = hnext / d;
            }
            h[j][j] = d;
            h[j + 1][j] = 0;
            g[j + 1] = -sn[j] * g[j];
            g[j] = cs[j] * g[j];
            return Math.abs(g[j + 1]);
        }

        /** y solving the leading j×j upper triangle R·y = g (zero components where R is singular). */
        double[] solve(int j) {
            double[] y = new double[j];
            for (int i = j - 1; i >= 0; i--) {
                double s = g[i];
                for (int c = i + 1; c < j; c++) {
                    s -= h[i][c] * y[c];
                }
                y[i] = h[i][i] == 0 ? 0 : s / h[i][i];
            }
            return y;
        }
    }
}
