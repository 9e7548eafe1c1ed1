package org.banach.plugins.optim.problems.linear;

import java.util.SplittableRandom;

import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.LinearSystem;
import org.banach.api.optim.LinearSystemSequence;

/**
 * T related SPD systems (−Δ + c_t)u = f_t on the N×N grid: the 5-point Poisson matrix shifted by
 * c_t·I, the "shifts A + c_t I" sequence of Khodak, Chow, Balcan &amp; Talwalkar, <i>Learning to Relax:
 * Setting Solver Parameters Across a Sequence of Linear System Instances</i> (ICLR 2024). The shift
 * is given relative to the Laplacian's diagonal 4/h², c_t = s_t·4/h² with s_t ∈ [0, drift]: drawn
 * i.i.d. uniform (schedule {@code random}, seeded) or drifting as s_t = drift·(1 − cos(2π·t/T))/2
 * (schedule {@code drift}). The shift moves the Jacobi spectral radius μ_t = cos(πh)/(1 + s_t) and with
 * it the best SOR parameter ω_t* = 2/(1 + √(1 − μ_t²)) (Young's theorem), so a good fixed ω exists but
 * the instance-optimal one varies. {@link #context(int)} is (s_t). b_t = A_t·1, so x_t* = 1.
 */
public final class PoissonSequence implements LinearSystemSequence {

    public static final String ID = "optim/poisson-sequence";

    private final int n;
    private final double[] shifts;

    /**
     * @param n grid size N
     * @param length T
     * @param drift largest relative shift
     * @param random i.i.d. shifts (true) or a smooth drift (false)
     * @param seed seed of the random schedule
     */
    public PoissonSequence(int n, int length, double drift, boolean random, long seed) {
        this.n = n;
        this.shifts = new double[length];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int t = 0; t < length; t++) {
            shifts[t] = random ? drift * rng.nextDouble() : drift * (1 - Math.cos(2 * Math.PI * t / length)) / 2;
        }
    }

    @Override
    public String name() {
        return ID;
    }

    @Override
    public int dimension() {
        return n * n;
    }

    @Override
    public int length() {
        return shifts.length;
    }

    @Override
    public LinearSystem system(int t) {
        double h = 1.0 / (n + 1);
        CsrMatrix a = GridOperators.assemble(n, shifts[t] * 4 / (h * h), 0, true);
        return new CsrLinearSystem(ID + "[" + t + "]", a, CsrLinearSystem.timesOnes(a), true);
    }

    @Override
    public double[] context(int t) {
        return new double[] {shifts[t]};
    }

    /** The optimal SOR parameter of system t by Young's theorem (for tests and reports). */
    public double optimalOmega(int t) {
        double mu = Math.cos(Math.PI / (n + 1)) / (1 + shifts[t]);
        return 2 / (1 + Math.sqrt(1 - mu * mu));
    }
}
