package org.banach.runtime.verify;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.optim.ConvexSetObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Certifies a minimiser over a convex set by the Frank–Wolfe gap g(x) = ⟨∇f(x), x − s⟩ with
 * s = argmin_{s∈C} ⟨∇f(x), s⟩ from the problem's own linear minimisation oracle. For convex f,
 * g(x) ≥ f(x) − f*, so a small gap bounds the suboptimality. A point outside the domain of f (f not
 * finite) gets an infinite gap. Membership of x in C is the solver's responsibility: the oracle alone
 * cannot test it.
 */
@Component(service = CertificateVerifier.class, property = "banach.verifier.criterion=" + Certificate.DUALITY_GAP)
public final class FrankWolfeGapVerifier implements CertificateVerifier<ConvexSetObjective> {

    @Override
    public Class<ConvexSetObjective> problemType() {
        return ConvexSetObjective.class;
    }

    @Override
    public String criterion() {
        return Certificate.DUALITY_GAP;
    }

    @Override
    public Certificate verify(ConvexSetObjective problem, double[] x, double tolerance) {
        return Certificate.of(Certificate.DUALITY_GAP, gap(problem, x), tolerance);
    }

    /** The Frank–Wolfe gap at x (+∞ outside the domain of f). */
    public static double gap(ConvexSetObjective problem, double[] x) {
        if (x.length != problem.dimension()) {
            throw new IllegalArgumentException("solution has " + x.length + " entries but the problem has dimension "
                    + problem.dimension());
        }
        double[] g = new double[x.length];
        double f = problem.valueAndGradient(x.clone(), g);
        if (!Double.isFinite(f)) {
            return Double.POSITIVE_INFINITY;
        }
        double[] s = new double[x.length];
        problem.linearMinimizer(g, s);
        double gap = 0;
        for (int i = 0; i < x.length; i++) {
            gap += g[i] * (x[i] - s[i]);
        }
        return Math.max(gap, 0.0);
    }
}
