package org.banach.runtime.verify;

import java.util.Optional;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.optim.Bounds;
import org.banach.api.optim.SmoothObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Certifies a smooth minimisation result by the Euclidean norm of the gradient evaluated from the
 * problem at the returned point. With box bounds it uses the projected gradient
 * ‖P(x − ∇f(x)) − x‖, which vanishes exactly at first-order stationary points of the box problem.
 */
@Component(service = CertificateVerifier.class, property = "banach.verifier.criterion=" + Certificate.GRADIENT_NORM)
public final class GradientNormVerifier implements CertificateVerifier<SmoothObjective> {

    @Override
    public Class<SmoothObjective> problemType() {
        return SmoothObjective.class;
    }

    @Override
    public String criterion() {
        return Certificate.GRADIENT_NORM;
    }

    @Override
    public Certificate verify(SmoothObjective problem, double[] x, double tolerance) {
        if (x.length != problem.dimension()) {
            throw new IllegalArgumentException("solution has " + x.length + " entries but the problem has dimension "
                    + problem.dimension());
        }
        double[] g = new double[x.length];
        problem.valueAndGradient(x.clone(), g);
        Optional<Bounds> bounds = problem.bounds();
        if (bounds.isPresent()) {
            double[] p = x.clone();
            for (int i = 0; i < p.length; i++) {
                p[i] -= g[i];
            }
            bounds.get().project(p);
            for (int i = 0; i < p.length; i++) {
                g[i] = p[i] - x[i];
            }
        }
        return Certificate.of(Certificate.GRADIENT_NORM, norm2(g), tolerance);
    }

    /** Overflow-safe Euclidean norm (NaN if any entry is NaN). */
    static double norm2(double[] v) {
        double scale = 0;
        for (double d : v) {
            if (Double.isNaN(d)) {
                return Double.NaN;
            }
            scale = Math.max(scale, Math.abs(d));
        }
        if (scale == 0 || Double.isInfinite(scale)) {
            return scale;
        }
        double s = 0;
        for (double d : v) {
            double t = d / scale;
            s += t * t;
        }
        return scale * Math.sqrt(s);
    }
}
