package org.banach.plugins.optim.linear;

import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.LinearSystem;

/**
 * The matrix, right-hand side and start of one linear system, fetched once and checked: A square,
 * b and x₀ of matching length and finite. {@link #problem()} is null when the system is usable.
 */
final class SystemCheck {

    final CsrMatrix a;
    final double[] b;
    final double[] x0;
    final double bnorm;
    private final String problem;

    SystemCheck(LinearSystem system) {
        this.a = system.matrix();
        this.b = system.rhs();
        this.x0 = system.start();
        this.bnorm = Dense.norm(b);
        this.problem = check(system.name());
    }

    private String check(String name) {
        if (a.rows() != a.cols()) {
            return "problem '" + name + "' has a " + a.rows() + "x" + a.cols()
                    + " matrix; these solvers need a square A";
        }
        if (a.rows() < 1) {
            return "problem '" + name + "' has an empty matrix";
        }
        if (b == null || b.length != a.rows()) {
            return "problem '" + name + "': right-hand side has length " + (b == null ? 0 : b.length)
                    + " but A has " + a.rows() + " rows";
        }
        if (x0 == null || x0.length != a.cols()) {
            return "problem '" + name + "': starting point has length " + (x0 == null ? 0 : x0.length)
                    + " but A has " + a.cols() + " columns";
        }
        int i = Dense.firstNonFinite(b);
        if (i >= 0) {
            return "problem '" + name + "': right-hand side entry " + i + " is " + b[i];
        }
        i = Dense.firstNonFinite(x0);
        if (i >= 0) {
            return "problem '" + name + "': starting point entry " + i + " is " + x0[i];
        }
        double[] v = a.values();
        i = Dense.firstNonFinite(v);
        if (i >= 0) {
            return "problem '" + name + "': matrix entry " + i + " (in CSR order) is " + v[i];
        }
        return null;
    }

    /** Why the system cannot be solved, or null. */
    String problem() {
        return problem;
    }

    /** The first row whose diagonal entry is zero or absent, or −1 (Jacobi, Gauss–Seidel and SOR divide by it). */
    int zeroDiagonalRow() {
        double[] d = a.diagonal();
        for (int i = 0; i < d.length; i++) {
            if (d[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** ‖b − A·x‖₂ / ‖b‖₂ from the host copy of A (‖b − A·x‖₂ itself when b = 0). */
    double relativeResidual(double[] x) {
        double[] r = new double[b.length];
        a.multiply(x, r);
        for (int i = 0; i < r.length; i++) {
            r[i] = b[i] - r[i];
        }
        double rn = Dense.norm(r);
        return bnorm > 0 ? rn / bnorm : rn;
    }

    /** The scale by which residual norms are divided: ‖b‖₂, or 1 when b = 0. */
    double scale() {
        return bnorm > 0 ? bnorm : 1.0;
    }
}
