package org.banach.api.conformance;

/**
 * Tolerances of the smooth-optimisation conformance suite; override
 * {@link SmoothSolverConformance#tolerances()} to loosen them for a solver, and say why there.
 *
 * @param gradientTolerance value passed as the {@code tolerance} setting in convergence tests
 * @param solutionTolerance max ‖x − x*‖₂ to the known minimiser after CONVERGED
 * @param objectiveTolerance max |f(x) − f*| after CONVERGED
 * @param maxIterations value passed as {@code maxIterations} in convergence tests
 * @param claimRelativeError max relative difference between the claimed and the recomputed gradient norm
 * @param iterationsAfterStop iterations a solver may still report once a stop became visible
 */
public record Tolerances(double gradientTolerance, double solutionTolerance, double objectiveTolerance,
        long maxIterations, double claimRelativeError, int iterationsAfterStop) {

    /** The defaults: ‖∇f‖ ≤ 1e-6, ‖x − x*‖ ≤ 1e-4, |f − f*| ≤ 1e-8, 100 000 iterations, claims within 1e-8, 0 extra iterations. */
    public static Tolerances defaults() {
        return new Tolerances(1e-6, 1e-4, 1e-8, 100_000, 1e-8, 0);
    }

    public Tolerances withMaxIterations(long n) {
        return new Tolerances(gradientTolerance, solutionTolerance, objectiveTolerance, n, claimRelativeError,
                iterationsAfterStop);
    }

    public Tolerances withIterationsAfterStop(int n) {
        return new Tolerances(gradientTolerance, solutionTolerance, objectiveTolerance, maxIterations,
                claimRelativeError, n);
    }
}
