package org.banach.plugins.optim.transport;

import org.banach.api.optim.OptimalTransport;

/**
 * The problem checks both transport solvers share and the figures the runtime's marginal-error verifier
 * computes, recomputed here on the host with the same conventions so that a claimed certificate is the
 * one the runtime will find: for ε &gt; 0 the marginal error ‖P·1 − a‖₁ + ‖Pᵀ·1 − b‖₁ and the cost ⟨C, P⟩
 * of P_ij = a_i b_j exp((f_i + g_j − C_ij)/ε), in one log-domain sweep (row i's mass a_i·exp(ℓ_i),
 * error a_i·|expm1(ℓ_i)|); for ε = 0 max(max_ij (f_i + g_j − C_ij)₊, |claimed − D|/max(1, |D|)),
 * D = Σ a_i f_i + Σ b_j g_j.
 */
final class PlanCheck {

    /** The marginals' masses may differ by this much (relative), as the file-backed provider allows. */
    static final double MASS_TOLERANCE = 1e-9;

    private PlanCheck() {
    }

    /** Why the problem cannot be solved (wrong shapes, non-finite or negative data, unequal masses), or null. */
    static String refuse(double[] a, double[] b, double[] c) {
        int n = a.length;
        int m = b.length;
        if (n == 0 || m == 0) {
            return "empty marginal (n = " + n + ", m = " + m + ")";
        }
        if (c.length != (long) n * m) {
            return "cost matrix has " + c.length + " entries but the marginals are " + n + " and " + m + " long";
        }
        String bad = marginal(a, "source a");
        if (bad == null) {
            bad = marginal(b, "target b");
        }
        if (bad != null) {
            return bad;
        }
        for (int k = 0; k < c.length; k++) {
            if (!Double.isFinite(c[k])) {
                return "cost C[" + k / m + "][" + k % m + "] is " + c[k];
            }
        }
        double sa = sum(a);
        double sb = sum(b);
        double rel = Math.abs(sa - sb) / Math.max(sa, sb);
        if (rel > MASS_TOLERANCE) {
            return "the masses differ: sum(a) = " + sa + ", sum(b) = " + sb + " (relative " + rel + " > "
                    + MASS_TOLERANCE + "); balanced transport needs equal masses: rescale one marginal, e.g. b * sum(a)/sum(b)";
        }
        return null;
    }

    private static String marginal(double[] v, String what) {
        double s = 0;
        for (int k = 0; k < v.length; k++) {
            if (!Double.isFinite(v[k]) || v[k] < 0) {
                return what + "[" + k + "] = " + v[k] + " (marginals must be finite and nonnegative)";
            }
            s += v[k];
        }
        return s > 0 ? null : what + " has zero mass";
    }

    static double sum(double[] v) {
        double s = 0.0;
        double comp = 0.0;
        for (double x : v) {
            double t = s + x;
            comp += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
            s = t;
        }
        return s + comp;
    }

    /** {marginal error, transport cost} of the entropic plan of (f, g) at ε &gt; 0; NaN anywhere gives NaN. */
    static double[] planSums(double[] a, double[] b, double[] c, double[] f, double[] g, double eps) {
        int n = a.length;
        int m = b.length;
        double[] logB = new double[m];
        for (int j = 0; j < m; j++) {
            logB[j] = Math.log(b[j]);
        }
        double[] colM = new double[m];
        double[] colS = new double[m];
        java.util.Arrays.fill(colM, Double.NEGATIVE_INFINITY);
        double[] x = new double[m];
        boolean nan = false;
        double rowError = 0.0;
        double cost = 0.0;
        double costC = 0.0;
        for (int i = 0; i < n; i++) {
            double logA = Math.log(a[i]);
            int off = i * m;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                double xij = (f[i] + g[j] - c[off + j]) / eps;
                nan |= xij != xij;
                x[j] = xij;
                double w = xij + logB[j];
                max = w > max ? w : max;
                double v = xij + logA;
                double mj = colM[j];
                if (v > mj) {
                    colS[j] = colS[j] * Math.exp(mj - v) + 1.0;
                    colM[j] = v;
                } else if (v == mj) {
                    colS[j] += 1.0;
                } else {
                    colS[j] += Math.exp(v - mj);
                }
            }
            if (a[i] == 0.0 || max == Double.NEGATIVE_INFINITY) {
                rowError += a[i];
                continue;
            }
            if (max == Double.POSITIVE_INFINITY) {
                rowError = Double.POSITIVE_INFINITY;
                cost = Double.POSITIVE_INFINITY;
                continue;
            }
            double s = 0.0;
            double t = 0.0;
            for (int j = 0; j < m; j++) {
                double e = Math.exp(x[j] + logB[j] - max);
                if (e != 0.0) {
                    s += e;
                    t += c[off + j] * e;
                }
            }
            rowError += a[i] * Math.abs(Math.expm1(max + Math.log(s)));
            double rowCost = t * Math.exp(logA + max);
            double y = cost + rowCost;
            costC += Math.abs(cost) >= Math.abs(rowCost) ? (cost - y) + rowCost : (rowCost - y) + cost;
            cost = y;
        }
        double colError = 0.0;
        for (int j = 0; j < m; j++) {
            if (b[j] != 0.0) {
                colError += b[j] * Math.abs(Math.expm1(colM[j] + Math.log(colS[j])));
            }
        }
        if (nan) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double total = cost + costC;
        return new double[] {rowError + colError, Double.isNaN(total) ? cost : total};
    }

    /** The exact (ε = 0) figure: max(max_ij (f_i + g_j − C_ij)₊, |claimed − D|/max(1, |D|)). */
    static double exactDualCheck(double[] a, double[] b, double[] c, double[] f, double[] g, double claimed) {
        int n = a.length;
        int m = b.length;
        double infeasibility = 0.0;
        for (int i = 0; i < n; i++) {
            int off = i * m;
            for (int j = 0; j < m; j++) {
                infeasibility = Math.max(infeasibility, f[i] + g[j] - c[off + j]);
            }
        }
        double[] terms = new double[n + m];
        for (int i = 0; i < n; i++) {
            terms[i] = a[i] * f[i];
        }
        for (int j = 0; j < m; j++) {
            terms[n + j] = b[j] * g[j];
        }
        double dual = sum(terms);
        double gap = Math.abs(claimed - dual) / Math.max(1.0, Math.abs(dual));
        return Math.max(infeasibility, gap);
    }

    /** The potentials of a solution (f, g) split. */
    static double[][] split(double[] fg, OptimalTransport p) {
        int n = p.sourceSize();
        return new double[][] {java.util.Arrays.copyOf(fg, n), java.util.Arrays.copyOfRange(fg, n, fg.length)};
    }
}
