package org.banach.runtime.verify;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.games.SaddlePoint;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code duality-gap} certificate of a saddle-point result z = (x, y): the relative KKT error
 * max(|p(x) − d(y)| / (1 + |p(x)| + |d(y)|), primal infeasibility of x, dual infeasibility of y)
 * recomputed from the problem's own objectives and constraint measures ({@link SaddlePoint#relativeGap});
 * a point of the wrong length or with a non-finite entry cannot be certified (NaN). Nothing the solver
 * reports is used.
 */
@Component(service = CertificateVerifier.class, property = "banach.verifier.criterion=" + Certificate.DUALITY_GAP)
public final class SaddleGapVerifier implements CertificateVerifier<SaddlePoint> {

    @Override
    public Class<SaddlePoint> problemType() {
        return SaddlePoint.class;
    }

    @Override
    public String criterion() {
        return Certificate.DUALITY_GAP;
    }

    @Override
    public Certificate verify(SaddlePoint problem, double[] z, double tolerance) {
        return Certificate.of(Certificate.DUALITY_GAP, gap(problem, z), tolerance);
    }

    /** The relative KKT error of z, NaN when z is not a finite point of the problem's dimension. */
    public static double gap(SaddlePoint problem, double[] z) {
        if (z == null || z.length != problem.dimension()) {
            return Double.NaN;
        }
        for (double v : z) {
            if (!Double.isFinite(v)) {
                return Double.NaN;
            }
        }
        return SaddlePoint.relativeGap(problem, z.clone());
    }
}
