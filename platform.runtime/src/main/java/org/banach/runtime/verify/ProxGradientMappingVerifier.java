package org.banach.runtime.verify;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.optim.CompositeObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Certifies a minimiser of F = f + g by the norm of the gradient mapping
 * ‖G_γ(x)‖ = ‖x − prox_{γg}(x − γ∇f(x))‖ / γ, recomputed from the problem's own gradient and proximal
 * map with the family's step γ = {@link CompositeObjective#certificateStep()} (1/L when the problem
 * knows L). G_γ(x) = 0 exactly at minimisers of F; with g = 0 it is the gradient. A point where f or
 * ∇f is not finite gets an infinite value.
 */
@Component(service = CertificateVerifier.class,
        property = "banach.verifier.criterion=" + CompositeObjective.PROX_GRADIENT_MAPPING)
public final class ProxGradientMappingVerifier implements CertificateVerifier<CompositeObjective> {

    @Override
    public Class<CompositeObjective> problemType() {
        return CompositeObjective.class;
    }

    @Override
    public String criterion() {
        return CompositeObjective.PROX_GRADIENT_MAPPING;
    }

    @Override
    public Certificate verify(CompositeObjective problem, double[] x, double tolerance) {
        return Certificate.of(CompositeObjective.PROX_GRADIENT_MAPPING,
                mappingNorm(problem, x, problem.certificateStep()), tolerance);
    }

    /** ‖x − prox_{γg}(x − γ∇f(x))‖ / γ (+∞ where f or ∇f is not finite). */
    public static double mappingNorm(CompositeObjective problem, double[] x, double gamma) {
        if (x.length != problem.dimension()) {
            throw new IllegalArgumentException("solution has " + x.length + " entries but the problem has dimension "
                    + problem.dimension());
        }
        double[] g = new double[x.length];
        double f = problem.smoothPart().valueAndGradient(x.clone(), g);
        if (!Double.isFinite(f)) {
            return Double.POSITIVE_INFINITY;
        }
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = x[i] - gamma * g[i];
        }
        problem.prox(v, gamma, v);
        for (int i = 0; i < x.length; i++) {
            v[i] = (x[i] - v[i]) / gamma;
        }
        double norm = GradientNormVerifier.norm2(v);
        return Double.isNaN(norm) ? Double.POSITIVE_INFINITY : norm;
    }
}
