package org.banach.plugins.optim.linear;

import org.banach.api.Monitor;

/**
 * The loop of a stationary method x_{k+1} = G x_k + c (Jacobi, Gauss–Seidel, SOR) on the host: after
 * every sweep the true residual r = b − A·x is formed (one counted {@code matvec}; a sweep itself
 * counts as one {@code sweep}) and the run ends as {@link LinearSolver#check} says.
 */
final class StationaryIteration {

    /** Jacobi (ω ignored) or SOR with relaxation ω (ω = 1: Gauss–Seidel). */
    enum Method {
        JACOBI, SOR
    }

    private StationaryIteration() {
    }

    /**
     * Iterates from {@code sys.x0}.
     *
     * @param report whether each iteration is reported to the monitor (false inside a sequence)
     */
    static Outcome run(SystemCheck sys, CsrSweeps sweeps, Method method, double omega, long maxIterations,
            double tolerance, Monitor monitor, boolean report) {
        double[] x = sys.x0.clone();
        double[] r = new double[x.length];
        double scale = sys.scale();
        double rel = sweeps.residual(sys.b, x, r) / scale;
        monitor.count("matvec", 1);
        if (report) {
            monitor.iteration(0, Double.NaN, rel);
        }
        double rel0 = Math.max(rel, Double.MIN_NORMAL);
        long k = 0;
        while (true) {
            Outcome end = LinearSolver.check(rel, rel0, k, maxIterations, tolerance, monitor, x);
            if (end != null) {
                return end;
            }
            if (method == Method.JACOBI) {
                sweeps.jacobi(x, r);
            } else {
                sweeps.sor(omega, sys.b, x);
            }
            monitor.count("sweep", 1);
            k++;
            rel = sweeps.residual(sys.b, x, r) / scale;
            monitor.count("matvec", 1);
            if (report) {
                monitor.iteration(k, Double.NaN, rel);
            }
        }
    }
}
