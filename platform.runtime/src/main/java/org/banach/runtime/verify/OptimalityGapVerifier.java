package org.banach.runtime.verify;

import java.util.OptionalDouble;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.optim.NonsmoothObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Certifies a nonsmooth minimisation result by its optimality gap f(x) − f*, with f(x) recomputed
 * from the problem and f* the problem's published {@link NonsmoothObjective#knownOptimalValue()}.
 * A subgradient oracle cannot certify optimality by itself (one subgradient at the minimiser need not
 * be small and the minimal-norm subgradient is not available), so a problem without a published
 * optimum is refused: the check reports that the claim cannot be verified rather than inventing a
 * measure. A published lower bound (a dual value) makes the certificate conservative. A non-finite
 * f(x) gets an infinite gap; a negative gap (x better than the published value, within rounding) is
 * reported as it is, so a wrong published optimum shows.
 */
@Component(service = CertificateVerifier.class,
        property = "banach.verifier.criterion=" + NonsmoothObjective.OPTIMALITY_GAP)
public final class OptimalityGapVerifier implements CertificateVerifier<NonsmoothObjective> {

    @Override
    public Class<NonsmoothObjective> problemType() {
        return NonsmoothObjective.class;
    }

    @Override
    public String criterion() {
        return NonsmoothObjective.OPTIMALITY_GAP;
    }

    @Override
    public Certificate verify(NonsmoothObjective problem, double[] x, double tolerance) {
        if (x.length != problem.dimension()) {
            throw new IllegalArgumentException("solution has " + x.length + " entries but the problem has dimension "
                    + problem.dimension());
        }
        OptionalDouble optimum = problem.knownOptimalValue();
        if (optimum.isEmpty()) {
            throw new IllegalArgumentException("problem '" + problem.name() + "' publishes no optimal value, and a"
                    + " subgradient oracle alone cannot certify optimality");
        }
        double f = problem.value(x.clone());
        double gap = Double.isFinite(f) ? f - optimum.getAsDouble() : Double.POSITIVE_INFINITY;
        return Certificate.of(NonsmoothObjective.OPTIMALITY_GAP, gap, tolerance);
    }
}
