package org.banach.plugins.optim.transport;

/**
 * The sparsified Hessian of Tang et al.'s Sinkhorn-Newton-Sparse step, and its conjugate-gradient solve. At
 * potentials (φ, ψ) (divided by ε) the Lyapunov function L = ⟨a, φ⟩ + ⟨b, ψ⟩ − Σ_ij P_ij has gradient
 * (a − P·1, b − Pᵀ·1) and Hessian −H with
 * <pre>
 *   H = [ diag(P·1)   P          ]
 *       [ Pᵀ          diag(Pᵀ·1) ]
 * </pre>
 * Sparsify keeps the off-diagonal blocks' ⌈ρ·n·m⌉ largest entries of P (every entry at least the selected
 * threshold) and the full diagonal, so the kept matrix H̃ stays symmetric, diagonally dominant and positive
 * semi-definite; the Newton direction solves H̃·Δ = ∇L by conjugate gradients (Jacobi preconditioned: the
 * diagonal is the marginal of the current plan). The kept entries are stored as CSR; a product with H̃ costs
 * O(n + m + nnz). Host memory only: the plan comes from the Backend once per step.
 */
final class SparseHessian {

    private final int n;
    private final int m;
    private final double[] rowSums;
    private final double[] colSums;
    private final int[] rowStart;
    private final int[] col;
    private final double[] val;

    /** Keeps the ⌈density·n·m⌉ largest entries of the plan p (n×m row-major) with the full marginals as diagonal. */
    SparseHessian(double[] p, int n, int m, double[] rowSums, double[] colSums, double density) {
        this.n = n;
        this.m = m;
        this.rowSums = rowSums;
        this.colSums = colSums;
        int keep = (int) Math.min(p.length, Math.max(1, Math.ceil(density * n * (double) m)));
        double threshold = largest(p.clone(), keep);
        int nnz = 0;
        for (double v : p) {
            if (v >= threshold && v > 0.0) {
                nnz++;
            }
        }
        rowStart = new int[n + 1];
        col = new int[nnz];
        val = new double[nnz];
        int at = 0;
        for (int i = 0; i < n; i++) {
            int off = i * m;
            for (int j = 0; j < m; j++) {
                double v = p[off + j];
                if (v >= threshold && v > 0.0) {
                    col[at] = j;
                    val[at++] = v;
                }
            }
            rowStart[i + 1] = at;
        }
    }

    /** Entries kept off the diagonal. */
    int nonzeros() {
        return val.length;
    }

    /** The k-th largest of x (1 ≤ k ≤ x.length), by quickselect (x is reordered). */
    static double largest(double[] x, int k) {
        int target = x.length - k; // index of the k-th largest in ascending order
        int lo = 0;
        int hi = x.length - 1;
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(x.length);
        while (lo < hi) {
            double pivot = x[lo + rnd.nextInt(hi - lo + 1)];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (x[i] < pivot) {
                    i++;
                }
                while (x[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = x[i];
                    x[i++] = x[j];
                    x[j--] = t;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return x[target];
    }

    /** y := H̃·x, x and y of length n + m. */
    void multiply(double[] x, double[] y) {
        for (int j = 0; j < m; j++) {
            y[n + j] = colSums[j] * x[n + j];
        }
        for (int i = 0; i < n; i++) {
            double s = rowSums[i] * x[i];
            double xi = x[i];
            for (int q = rowStart[i]; q < rowStart[i + 1]; q++) {
                int j = col[q];
                s += val[q] * x[n + j];
                y[n + j] += val[q] * xi;
            }
            y[i] = s;
        }
    }

    /**
     * Δ with ‖H̃Δ − rhs‖₂ ≤ tolerance·‖rhs‖₂ by Jacobi-preconditioned CG from 0, at most maxIterations steps;
     * iterations[0] gets the steps taken. Every CG iterate from 0 is an ascent direction (rhsᵀΔ &gt; 0).
     */
    double[] solve(double[] rhs, double tolerance, int maxIterations, long[] iterations) {
        int d = n + m;
        double[] x = new double[d];
        double[] r = rhs.clone();
        double[] diag = new double[d];
        for (int i = 0; i < n; i++) {
            diag[i] = rowSums[i] > 0 ? rowSums[i] : 1.0;
        }
        for (int j = 0; j < m; j++) {
            diag[n + j] = colSums[j] > 0 ? colSums[j] : 1.0;
        }
        double[] z = new double[d];
        double[] p = new double[d];
        double[] hp = new double[d];
        double rz = 0.0;
        for (int k = 0; k < d; k++) {
            z[k] = r[k] / diag[k];
            p[k] = z[k];
            rz += r[k] * z[k];
        }
        double stop = tolerance * norm(rhs);
        int it = 0;
        while (norm(r) > stop && it < maxIterations) {
            multiply(p, hp);
            double php = dot(p, hp);
            if (!(php > 0)) {
                break; // p in the null space of H̃ (or breakdown): keep what we have
            }
            double alpha = rz / php;
            double rzNew = 0.0;
            for (int k = 0; k < d; k++) {
                x[k] += alpha * p[k];
                r[k] -= alpha * hp[k];
                z[k] = r[k] / diag[k];
                rzNew += r[k] * z[k];
            }
            double beta = rzNew / rz;
            rz = rzNew;
            for (int k = 0; k < d; k++) {
                p[k] = z[k] + beta * p[k];
            }
            it++;
        }
        iterations[0] = it;
        return x;
    }

    static double dot(double[] x, double[] y) {
        double s = 0.0;
        for (int k = 0; k < x.length; k++) {
            s += x[k] * y[k];
        }
        return s;
    }

    static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }
}
