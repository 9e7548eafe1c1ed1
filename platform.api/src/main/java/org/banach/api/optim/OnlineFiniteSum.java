package org.banach.api.optim;

/**
 * A finite sum played as an online game (since 1.2): every component evaluation
 * {@link #componentValueAndGradient} is one round t, in which the learner plays x_t and the
 * environment reveals the loss f_{i_t}. The problem keeps the score, so the runtime can certify a
 * learner's regret R_T = Σ_t f_{i_t}(x_t) − min_{x ∈ X} Σ_t f_{i_t}(x) from the problem itself, X being
 * the problem's feasible set ({@link #bounds()}, or the whole space). The score covers every round
 * since the problem was created, so one instance serves one run.
 */
public interface OnlineFiniteSum extends FiniteSumObjective {

    /** Rounds played so far (component evaluations). */
    long rounds();

    /** Σ_t f_{i_t}(x_t) over the rounds played. */
    double cumulativeLoss();

    /** min over the feasible set of Σ_t f_{i_t}(x), the best fixed point in hindsight, over the same rounds. */
    double bestFixedLoss();
}
