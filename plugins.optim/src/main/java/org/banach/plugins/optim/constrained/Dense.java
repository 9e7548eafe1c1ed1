package org.banach.plugins.optim.constrained;

import org.banach.plugins.optim.numerics.Cholesky;

/**
 * Small dense linear algebra for the constrained solver, row-major arrays: products,
 * orthonormal bases of the row space and null space of a Jacobian (modified Gram–Schmidt, two
 * passes), and the least-squares multiplier residual min_λ ‖g + Jᵀλ‖ that the runtime certifies.
 */
final class Dense {

    private Dense() {
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** out = A·v, A rows×cols. */
    static void multiply(double[] a, int rows, int cols, double[] v, double[] out) {
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0; j < cols; j++) {
                s += a[i * cols + j] * v[j];
            }
            out[i] = s;
        }
    }

    /** out = Aᵀ·v, A rows×cols. */
    static void multiplyTransposed(double[] a, int rows, int cols, double[] v, double[] out) {
        java.util.Arrays.fill(out, 0, cols, 0.0);
        for (int i = 0; i < rows; i++) {
            double vi = v[i];
            for (int j = 0; j < cols; j++) {
                out[j] += a[i * cols + j] * vi;
            }
        }
    }

    /**
     * Orthonormal bases from the m×n Jacobian: the first {@code rank} rows of the result span the row
     * space of J, the remaining n − rank rows its null space. Rows of J whose remainder after
     * projection is below {@code 1e-12·max row norm} count as dependent.
     */
    static Basis bases(double[] jac, int m, int n) {
        double[][] q = new double[n][];
        int count = 0;
        double scale = 0;
        for (int r = 0; r < m; r++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += jac[r * n + j] * jac[r * n + j];
            }
            scale = Math.max(scale, Math.sqrt(s));
        }
        for (int r = 0; r < m && count < n; r++) {
            double[] v = new double[n];
            System.arraycopy(jac, r * n, v, 0, n);
            if (orthogonalise(v, q, count) > 1e-12 * scale && scale > 0) {
                q[count++] = v;
            }
        }
        int rank = count;
        for (int i = 0; i < n && count < n; i++) {
            double[] v = new double[n];
            v[i] = 1;
            if (orthogonalise(v, q, count) > 1e-8) {
                q[count++] = v;
            }
        }
        return new Basis(q, rank, n);
    }

    /** Two passes of modified Gram–Schmidt against q[0..count); normalises v and returns its norm before. */
    private static double orthogonalise(double[] v, double[][] q, int count) {
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < count; k++) {
                double p = dot(v, q[k]);
                for (int j = 0; j < v.length; j++) {
                    v[j] -= p * q[k][j];
                }
            }
        }
        double nv = norm(v);
        if (nv > 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] /= nv;
            }
        }
        return nv;
    }

    /** Orthonormal bases of range(Jᵀ) (rows 0..rank) and null(J) (rows rank..n). */
    record Basis(double[][] rows, int rank, int n) {

        /** ‖(I − QQᵀ) g‖ = min over λ of ‖g + Jᵀλ‖. */
        double leastSquaresResidual(double[] g) {
            double[] r = g.clone();
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < rank; k++) {
                    double p = dot(r, rows[k]);
                    for (int j = 0; j < n; j++) {
                        r[j] -= p * rows[k][j];
                    }
                }
            }
            return norm(r);
        }

        /** Zᵀ H Z for the null-space basis Z, (n − rank)×(n − rank). */
        double[] reduced(double[] h) {
            int d = n - rank;
            double[] out = new double[d * d];
            double[] hz = new double[n];
            for (int b = 0; b < d; b++) {
                multiply(h, n, n, rows[rank + b], hz);
                for (int a = 0; a < d; a++) {
                    out[a * d + b] = dot(rows[rank + a], hz);
                }
            }
            return out;
        }
    }

    /**
     * Least-squares multipliers λ = argmin ‖g + Jᵀλ‖ from the normal equations (J Jᵀ + εI)λ = −J g,
     * ε a relative 1e-14 (only to keep a rank-deficient J solvable).
     */
    static double[] leastSquaresMultipliers(double[] jac, int m, int n, double[] g) {
        double[] a = new double[m * m];
        double trace = 0;
        for (int r = 0; r < m; r++) {
            for (int s = 0; s < m; s++) {
                double v = 0;
                for (int j = 0; j < n; j++) {
                    v += jac[r * n + j] * jac[s * n + j];
                }
                a[r * m + s] = v;
            }
            trace += a[r * m + r];
        }
        double[] rhs = new double[m];
        multiply(jac, m, n, g, rhs);
        for (int r = 0; r < m; r++) {
            rhs[r] = -rhs[r];
        }
        double eps = 1e-14 * Math.max(trace, Double.MIN_NORMAL);
        for (int attempt = 0; attempt < 8; attempt++, eps *= 100) {
            double[] f = a.clone();
            for (int r = 0; r < m; r++) {
                f[r * m + r] += eps;
            }
            if (Cholesky.factor(f, m, 0)) {
                double[] lambda = rhs.clone();
                Cholesky.solve(f, m, lambda);
                return lambda;
            }
        }
        return new double[m];
    }
}
