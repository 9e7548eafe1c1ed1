package org.banach.api.games;

import java.util.SplittableRandom;

/**
 * A variational inequality VI(F, Z) whose operator can also be queried through a stochastic
 * first-order oracle, as in the stochastic VI setting of Hsieh, Iutzeler, Malick &amp; Mertikopoulos,
 * "On the convergence of single-call stochastic extra-gradient methods" (NeurIPS 2019): each query at
 * z returns V̂(z) = F(z) + U(z) with a random error U(z) that is zero-mean and of bounded second
 * moment, independent of all earlier queries given z. The VI, its set Z ({@link #project}) and its
 * certificate are those of {@link VariationalInequality}: {@link #operator} stays the exact,
 * deterministic F, so the natural residual ‖z − P_Z(z − F(z))‖₂ that the runtime recomputes is exact,
 * and every VI solver applies unchanged. Solvers that run on the sampled oracle count each
 * {@link #sampledOperator} query as one oracle call, as they count an {@link #operator} call.
 */
public interface StochasticVariationalInequality extends VariationalInequality {

    /**
     * out = V̂(z), one sample of the stochastic oracle at z: unbiased, E[out] = F(z), with
     * E‖out − F(z)‖₂² ≤ σ² for σ = {@link #noiseLevel()} (when known). All randomness must come from
     * {@code rng} (advancing it), so that a run is reproducible from its seed; {@code z} is not
     * modified, and {@code out} (of length {@link #dimension()}) is overwritten.
     */
    void sampledOperator(double[] z, SplittableRandom rng, double[] out);

    /**
     * The noise level σ ≥ 0: a bound E‖V̂(z) − F(z)‖₂² ≤ σ² that holds at every z (with equality for
     * additive noise of that level); 0 when the oracle is exact; NaN when the problem does not know a
     * bound.
     */
    double noiseLevel();
}
