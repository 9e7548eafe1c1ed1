package org.banach.api.optim;

import org.banach.api.Problem;

/**
 * A sequence of related linear systems A_t x = b_t, t = 0..T−1, solved in order, for solvers that
 * learn across instances (e.g. choosing SOR's ω). Every system has the same {@link #dimension()}.
 * A result's solution is the concatenation x_0, …, x_{T−1}; the certificate is the largest
 * relative residual over the sequence.
 */
public interface LinearSystemSequence extends Problem {

    String FAMILY = "optim.linear-system-sequence";

    @Override
    default String family() {
        return FAMILY;
    }

    /** Number of systems T. */
    int length();

    /** System t. */
    LinearSystem system(int t);

    /** An instance feature for contextual methods (e.g. the drifting coefficient); empty when none. */
    default double[] context(int t) {
        return new double[0];
    }
}
