package org.banach.plugins.games.firstorder;

/**
 * The host prox steps of matrix-game methods on Δ_m × Δ_n — the row player ascends along A·y, the
 * column player descends along Aᵀ·x — and the extragradient scheme built on them. (The entropic step
 * runs on the Backend: {@link EntropicIterate}.)
 */
final class SimplexSteps {

    private SimplexSteps() {
    }

    /** out := the prox step from z with the gradients gx (row player, ascent) and gy (column player, descent). */
    interface Prox {
        void step(double[] z, double[] gx, double[] gy, double eta, double[] out);
    }

    /** The Euclidean step: x⁺ = Π_Δ(x + η·gx), y⁺ = Π_Δ(y − η·gy) ({@link Simplex#project}). */
    static Prox euclidean(int m, int n) {
        double[] scratch = new double[Math.max(m, n)];
        return (z, gx, gy, eta, out) -> {
            ascend(z, gx, eta, 0, m, out);
            Simplex.project(out, 0, m, scratch);
            ascend(z, gy, -eta, m, n, out);
            Simplex.project(out, m, n, scratch);
        };
    }

    /** out[from..from+size) := z + eta·g on that block. */
    static void ascend(double[] z, double[] g, double eta, int from, int size, double[] out) {
        for (int i = 0; i < size; i++) {
            out[from + i] = z[from + i] + eta * g[i];
        }
    }

    /**
     * The extragradient (Mirror-Prox) scheme with the given prox: ẑ = prox_z(η F(z)), z⁺ = prox_z(η F(ẑ)),
     * two operator calls per iteration; the averaged points are the extrapolated ẑ (Nemirovski 2004).
     */
    static MatrixGameSolver.Step extragradient(Prox prox, DeviceProducts products, double eta, int m, int n) {
        double[] mid = new double[m + n];
        double[] midGx = new double[m];
        double[] midGy = new double[n];
        return (k, z, gx, gy, average) -> {
            prox.step(z, gx, gy, eta, mid);
            products.both(mid, midGx, midGy);
            average.add(mid, midGx, midGy);
            prox.step(z, midGx, midGy, eta, z);
            products.both(z, gx, gy);
        };
    }

    /** max_ij |a_ij| (at least the smallest normal double). */
    static double maxAbs(double[] a) {
        double big = Double.MIN_NORMAL;
        for (double v : a) {
            big = Math.max(big, Math.abs(v));
        }
        return big;
    }

    /** ‖A‖_F, an upper bound of ‖A‖₂ (at least the smallest normal double). */
    static double frobenius(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.max(Math.sqrt(s), Double.MIN_NORMAL);
    }

    /**
     * ‖A‖₂ (largest singular value) of the row-major m×n matrix A by power iteration on AᵀA from a
     * deterministic dense start, on the host: at most {@code 10 000} iterations, stopping once the
     * estimate changes by less than 10⁻¹² relatively. The estimate approaches ‖A‖₂ from below (at least
     * the smallest normal double).
     */
    static double spectralNorm(double[] a, int m, int n) {
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
            v[j] = 1 + 0.5 * Math.sin(j + 1.0); // dense, not orthogonal to any particular singular vector
        }
        double[] av = new double[m];
        double estimate = 0;
        for (int it = 0; it < 10_000; it++) {
            double vv = Math.sqrt(dot(v, v));
            if (vv == 0) {
                break;
            }
            for (int j = 0; j < n; j++) {
                v[j] /= vv;
            }
            for (int i = 0; i < m; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[i * n + j] * v[j];
                }
                av[i] = s;
            }
            double next = Math.sqrt(dot(av, av)); // ‖A v‖ with ‖v‖ = 1
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int i = 0; i < m; i++) {
                    s += a[i * n + j] * av[i];
                }
                v[j] = s;
            }
            boolean settled = Math.abs(next - estimate) <= 1e-12 * next;
            estimate = next;
            if (settled) {
                break;
            }
        }
        return Math.max(estimate, Double.MIN_NORMAL);
    }

    private static double dot(double[] u, double[] w) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * w[i];
        }
        return s;
    }
}
