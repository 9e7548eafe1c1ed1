package org.banach.plugins.optim.handbook;

import org.banach.api.optim.CompositeObjective;
import org.banach.plugins.optim.gradient.Vectors;

/**
 * The claimed certificate of the proximal methods: ‖x − prox_{γg}(x − γ∇f(x))‖/γ at the family's
 * step γ = {@link CompositeObjective#certificateStep()}, the quantity the runtime recomputes.
 */
final class Mapping {

    private Mapping() {
    }

    static double norm(CompositeObjective p, double[] x) {
        double gamma = p.certificateStep();
        double[] g = new double[x.length];
        double f = p.smoothPart().valueAndGradient(x, g);
        if (!Double.isFinite(f)) {
            return Double.POSITIVE_INFINITY;
        }
        double[] v = new double[x.length];
        Vectors.step(x, -gamma, g, v);
        p.prox(v, gamma, v);
        for (int i = 0; i < v.length; i++) {
            v[i] = (x[i] - v[i]) / gamma;
        }
        return Vectors.norm(v);
    }
}
