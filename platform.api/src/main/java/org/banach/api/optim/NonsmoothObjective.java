package org.banach.api.optim;

import java.util.Optional;

import org.banach.api.Problem;

/**
 * Since 1.2. Minimise a convex, possibly nonsmooth f: R^n → R given by its value and one
 * subgradient per point (a subgradient oracle): what the subgradient method needs. The constant G of
 * {@link ProblemConstants#lipschitz()} bounds the subgradients where the problem says it does.
 *
 * <p>The certificate ({@value #OPTIMALITY_GAP}) is f(x) − f* against the problem's published optimal
 * value {@link #knownOptimalValue()}. One subgradient says nothing about optimality (at the minimiser
 * of |x| the oracle may return 1), and the smallest subgradient is not available from the oracle, so
 * a nonsmooth result can be certified only against a known optimum; without one the runtime refuses
 * to certify it. A problem that publishes a lower bound on f* (e.g. a dual value) makes the
 * certificate conservative: the reported gap is at least the true one.
 */
public interface NonsmoothObjective extends Problem {

    String FAMILY = "optim.nonsmooth";

    /** The criterion name of this family's certificate. */
    String OPTIMALITY_GAP = "optimality-gap";

    @Override
    default String family() {
        return FAMILY;
    }

    /** f(x). */
    double value(double[] x);

    /** Writes one subgradient of f at x into {@code subgradient} and returns f(x). */
    double valueAndSubgradient(double[] x, double[] subgradient);

    /** The standard starting point (a fresh copy). */
    double[] start();

    /** A known minimiser, when one is (for tests and studies). */
    default Optional<double[]> knownMinimizer() {
        return Optional.empty();
    }
}
