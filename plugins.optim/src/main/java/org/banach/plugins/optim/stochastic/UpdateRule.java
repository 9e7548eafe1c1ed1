package org.banach.plugins.optim.stochastic;

/**
 * One method's update x ← x − (step from g), with the method's own state (moments, accumulators).
 * One instance per run; {@code g} is read only.
 */
interface UpdateRule {

    /**
     * Updates {@code x} in place from the (mini-batch) gradient {@code g}.
     *
     * @param t the step number, 1 for the first step of the run
     * @param lr the learning rate of this step, after the schedule
     */
    void apply(double[] x, double[] g, long t, double lr);
}
