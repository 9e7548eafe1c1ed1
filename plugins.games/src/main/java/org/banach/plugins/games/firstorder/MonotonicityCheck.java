package org.banach.plugins.games.firstorder;

import org.banach.api.Monitor;

/**
 * The trajectory check of {@link ViSolver.Feature#MONOTONE}: a monotone F has
 * ⟨F(w) − F(z), w − z⟩ ≥ 0 for every pair of points; each pair of consecutive iterates is tested. A
 * pair is a violation when the inner product is below −({@value #COSINE}·‖ΔF‖ + ρ)·‖Δz‖, where
 * ρ = 16ε(‖F(z)‖ + ‖F(w)‖) covers the rounding of ΔF (so a skew, merely monotone F near a solution with
 * F(z*) ≠ 0 is not flagged).
 */
final class MonotonicityCheck {

    /** The cosine between ΔF and Δz below −this that counts as a violation. */
    static final double COSINE = 1e-6;

    private final boolean stop;
    private final Monitor monitor;
    private final double[] previousZ;
    private final double[] previousF;
    private boolean primed;
    private String witness;

    MonotonicityCheck(boolean stop, Monitor monitor, int n) {
        this.stop = stop;
        this.monitor = monitor;
        this.previousZ = new double[n];
        this.previousF = new double[n];
    }

    /**
     * Compares iterate k with iterate k − 1 and remembers iterate k; true when the run must stop (a
     * violation with {@code nonMonotone=stop}), with {@link #witness()} saying what was seen.
     */
    boolean violates(long k, double[] z, double[] fz) {
        boolean bad = false;
        if (primed) {
            double inner = 0;
            double dz2 = 0;
            double df2 = 0;
            double f0 = 0;
            double f1 = 0;
            for (int i = 0; i < z.length; i++) {
                double dz = z[i] - previousZ[i];
                double df = fz[i] - previousF[i];
                inner += dz * df;
                dz2 += dz * dz;
                df2 += df * df;
                f0 += previousF[i] * previousF[i];
                f1 += fz[i] * fz[i];
            }
            double rounding = 16 * Math.ulp(1.0) * (Math.sqrt(f0) + Math.sqrt(f1));
            if (dz2 > 0 && inner < -(COSINE * Math.sqrt(df2) + rounding) * Math.sqrt(dz2)) {
                bad = true;
                monitor.count(ViSolver.MONOTONICITY_VIOLATIONS, 1);
                if (witness == null) {
                    witness = "F is not monotone: <F(z_" + k + ") - F(z_" + (k - 1) + "), z_" + k + " - z_" + (k - 1)
                            + "> = " + inner + " < 0 with |z_" + k + " - z_" + (k - 1) + "| = " + Math.sqrt(dz2)
                            + " (curvature " + inner / dz2 + ")";
                }
            }
        }
        System.arraycopy(z, 0, previousZ, 0, z.length);
        System.arraycopy(fz, 0, previousF, 0, z.length);
        primed = true;
        return bad && stop;
    }

    /** What the first violation was, or null. */
    String witness() {
        return witness;
    }
}
