package org.banach.api;

/**
 * Recomputes a certificate from the problem itself and the returned solution, never from the solver's
 * figures. The runtime provides one per family, registered as a service; the runtime picks the one
 * whose {@link #problemType()} accepts the problem.
 */
public interface CertificateVerifier<P extends Problem> {

    Class<P> problemType();

    /** The criterion this verifier computes, e.g. {@link Certificate#GRADIENT_NORM}. */
    String criterion();

    /**
     * Recomputes the certificate for {@code solution}.
     *
     * @param tolerance the tolerance the run was asked for (the solver's claim's tolerance)
     */
    Certificate verify(P problem, double[] solution, double tolerance);

    /**
     * Recomputes the certificate for a whole result, for families whose solution alone is not enough
     * (e.g. optimal transport needs the run's {@code epsilon} setting). By default it uses the solution.
     */
    default Certificate verify(P problem, Result result, double tolerance) {
        return verify(problem, result.solution(), tolerance);
    }

    /**
     * True for a verifier that checks a solver's claim rather than the solution alone (e.g. a contraction
     * in the metric the claim names): the runtime does not choose it for a run that claims nothing (or
     * claims another criterion) while a verifier that needs no claim accepts the problem.
     */
    default boolean needsClaim() {
        return false;
    }
}
