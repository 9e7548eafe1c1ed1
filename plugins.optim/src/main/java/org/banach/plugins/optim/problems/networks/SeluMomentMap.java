package org.banach.plugins.optim.problems.networks;

import java.util.Optional;

import org.banach.api.optim.FixedPointMap;

/**
 * {@code optim/selu-moment-map}: the fixed point (μ*, ν*) of the SELU moment map g: (μ, ν) → (μ̃, ν̃)
 * for given weight moments ω, τ ({@link SeluMoments}; Klambauer et al. 2017, eqs. (4)–(5)). For ω = 0,
 * τ = 1 the fixed point is (0, 1) by the choice of λ and α (known here); the paper's Theorem 1 shows g
 * contracts on Ω = {μ ∈ [−0.1, 0.1], ν ∈ [0.8, 1.5]} for ω ∈ [−0.1, 0.1], τ ∈ [0.95, 1.1], with the
 * Jacobian at (0, 1) for ω = 0, τ = 1 of spectral norm ≈ 0.7877 (its eq. (6)). Outside that domain the
 * map is still defined (ν &gt; 0) but need not contract; the certificate then says so.
 */
final class SeluMomentMap implements FixedPointMap {

    static final String ID = "optim/selu-moment-map";

    private final SeluMoments moments;
    private final double[] start;

    SeluMomentMap(double omega, double tau, double mu0, double nu0) {
        this.moments = new SeluMoments(omega, tau);
        this.start = new double[] {mu0, nu0};
    }

    @Override
    public String name() {
        return ID;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void map(double[] x, double[] out) {
        moments.map(x, out);
    }

    @Override
    public void jacobian(double[] x, double[] out) {
        moments.jacobian(x, out);
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public Optional<double[]> knownFixedPoint() {
        return moments.omega() == 0 && moments.tau() == 1 ? Optional.of(new double[] {0, 1}) : Optional.empty();
    }
}
