package org.banach.plugins.optim.gradient;

/**
 * The m most recent correction pairs (s_i, y_i) of L-BFGS and the two-loop recursion that applies
 * the implicit inverse-Hessian approximation H_k to a vector: Nocedal &amp; Wright, <i>Numerical
 * Optimization</i>, 2nd ed., Algorithm 7.4, with the initial matrix H_k⁰ = γ_k I,
 * γ_k = s_{k-1}ᵀy_{k-1} / y_{k-1}ᵀy_{k-1} (eq. 7.20). A ring buffer; one instance per run.
 */
public final class LbfgsMemory {

    private final int capacity;
    private final double[][] s;
    private final double[][] y;
    private final double[] rho;
    private final double[] alpha;
    private int size;
    private int newest = -1;

    public LbfgsMemory(int capacity, int n) {
        this.capacity = capacity;
        this.s = new double[capacity][n];
        this.y = new double[capacity][n];
        this.rho = new double[capacity];
        this.alpha = new double[capacity];
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
        newest = -1;
    }

    /**
     * Stores the pair s = xNew − xOld, y = gNew − gOld when its curvature sᵀy is safely positive
     * (sᵀy &gt; ε·yᵀy with ε the machine epsilon, the test L-BFGS-B uses); the strong Wolfe
     * conditions guarantee sᵀy &gt; 0 in exact arithmetic (N&amp;W §6.1).
     *
     * @return whether the pair was stored
     */
    public boolean update(double[] xOld, double[] xNew, double[] gOld, double[] gNew) {
        int slot = (newest + 1) % capacity;
        double[] si = s[slot];
        double[] yi = y[slot];
        for (int j = 0; j < si.length; j++) {
            si[j] = xNew[j] - xOld[j];
            yi[j] = gNew[j] - gOld[j];
        }
        double sy = Vectors.dot(si, yi);
        double yy = Vectors.dot(yi, yi);
        if (!(sy > Math.ulp(1.0) * yy) || !Double.isFinite(sy) || !Double.isFinite(yy)) {
            return false;
        }
        rho[slot] = 1.0 / sy;
        newest = slot;
        size = Math.min(size + 1, capacity);
        return true;
    }

    /** Writes the search direction p = −H_k g into {@code p} (N&amp;W Algorithm 7.4). */
    public void direction(double[] g, double[] p) {
        int n = g.length;
        for (int j = 0; j < n; j++) {
            p[j] = g[j];
        }
        if (size == 0) {
            negate(p);
            return;
        }
        int idx = newest;
        for (int k = 0; k < size; k++) {
            double a = rho[idx] * Vectors.dot(s[idx], p);
            alpha[idx] = a;
            double[] yi = y[idx];
            for (int j = 0; j < n; j++) {
                p[j] -= a * yi[j];
            }
            idx = (idx - 1 + capacity) % capacity;
        }
        double gamma = 1.0 / (rho[newest] * Vectors.dot(y[newest], y[newest]));
        for (int j = 0; j < n; j++) {
            p[j] *= gamma;
        }
        idx = (newest - size + 1 + capacity) % capacity;
        for (int k = 0; k < size; k++) {
            double b = rho[idx] * Vectors.dot(y[idx], p);
            double c = alpha[idx] - b;
            double[] si = s[idx];
            for (int j = 0; j < n; j++) {
                p[j] += c * si[j];
            }
            idx = (idx + 1) % capacity;
        }
        negate(p);
    }

    private static void negate(double[] v) {
        for (int j = 0; j < v.length; j++) {
            v[j] = -v[j];
        }
    }
}
