package org.banach.plugins.games.firstorder;

import org.banach.api.Settings;

/**
 * The step sizes γ_k of a {@link ViSolver} run, k = 0, 1, 2, … the iteration index: constant γ_k = η
 * (the parameter {@code step}), or, with {@code stepSchedule=decreasing}, γ_k = η/(k + b) for
 * b = {@code stepOffset}, the schedule γ_t = γ/(t + b) of Hsieh, Iutzeler, Malick &amp; Mertikopoulos
 * (NeurIPS 2019) under which the stochastic single-call methods reach E‖X_t − x*‖² = O(1/t) for an
 * operator that is strongly monotone, globally or locally at a second-order sufficient solution. With
 * strong-monotonicity modulus μ the noise recursion e_{t+1} ≈ (1 − 2μγ_t)e_t + γ_t²σ² gives
 * e_t ≈ σ²η²/((2μη − 1)t) when η &gt; 1/(2μ) (a smaller η gives the slower rate t^{−2μη}); η/b should lie
 * inside the method's stable constant-step range.
 */
final class StepSchedule {

    private final double eta;
    private final boolean decreasing;
    private final double offset;

    private StepSchedule(double eta, boolean decreasing, double offset) {
        this.eta = eta;
        this.decreasing = decreasing;
        this.offset = offset;
    }

    /** The run's schedule; constant when the solver declares no {@code stepSchedule} parameter. */
    static StepSchedule of(Settings settings) {
        boolean decreasing = settings.has(ViSolver.STEP_SCHEDULE) && "decreasing".equals(settings.string(ViSolver.STEP_SCHEDULE));
        return new StepSchedule(settings.real("step"), decreasing, decreasing ? settings.real(ViSolver.STEP_OFFSET) : 0);
    }

    /** γ_k; for k &lt; 0 (a step "before the first", whose value the methods cancel out) γ_0. */
    double at(long k) {
        return decreasing ? eta / (Math.max(k, 0) + offset) : eta;
    }
}
