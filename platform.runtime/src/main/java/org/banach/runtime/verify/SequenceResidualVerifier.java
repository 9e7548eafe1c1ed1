package org.banach.runtime.verify;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.LinearSystem;
import org.banach.api.optim.LinearSystemSequence;
import org.osgi.service.component.annotations.Component;

/**
 * Certifies a result of a sequence of linear systems A_t·x_t = b_t (t = 0..T−1): the solution is the
 * concatenation x_0, …, x_{T−1} (T·n entries, n = {@link LinearSystemSequence#dimension()}), and
 * the value is the largest relative residual ‖b_t − A_t·x_t‖₂ / ‖b_t‖₂ over the sequence, each
 * recomputed as {@link RelativeResidualVerifier#relativeResidual} does (NaN if any is NaN; 0 for an
 * empty sequence). The criterion is {@link Certificate#RELATIVE_RESIDUAL}.
 */
@Component(service = CertificateVerifier.class,
        property = "banach.verifier.criterion=" + Certificate.RELATIVE_RESIDUAL)
public final class SequenceResidualVerifier implements CertificateVerifier<LinearSystemSequence> {

    @Override
    public Class<LinearSystemSequence> problemType() {
        return LinearSystemSequence.class;
    }

    @Override
    public String criterion() {
        return Certificate.RELATIVE_RESIDUAL;
    }

    /** @throws IllegalArgumentException when x is not T·n long or a system is not n×n */
    @Override
    public Certificate verify(LinearSystemSequence problem, double[] x, double tolerance) {
        int length = problem.length();
        int n = problem.dimension();
        if ((long) length * n != x.length) {
            throw new IllegalArgumentException("solution has " + x.length + " entries but the sequence of " + length
                    + " systems of dimension " + n + " needs " + (long) length * n
                    + " (the solutions x_0, ..., x_" + (length - 1) + " one after the other)");
        }
        double worst = 0.0;
        for (int t = 0; t < length; t++) {
            LinearSystem system = problem.system(t);
            CsrMatrix a = system.matrix();
            if (a.cols() != n) {
                throw new IllegalArgumentException("system " + t + " has dimension " + a.cols()
                        + " but the sequence has dimension " + n);
            }
            worst = Math.max(worst, RelativeResidualVerifier.relativeResidual(a, system.rhs(), x, t * n));
        }
        return Certificate.of(Certificate.RELATIVE_RESIDUAL, worst, tolerance);
    }
}
