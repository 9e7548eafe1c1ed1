package org.banach.plugins.optim.handbook;

import java.util.OptionalDouble;

import org.banach.api.Problem;
import org.banach.api.optim.ProblemConstants;

/**
 * The constants of the Handbook's step sizes, read from a problem's {@link ProblemConstants} (empty
 * when the problem does not implement it or does not know the constant), and the mini-batch
 * smoothness of Handbook Sec. 6 (Gower et al., ICML 2019, Prop. 3.8): for b-element batches drawn
 * uniformly without replacement from N components, L_b = N(b−1)/(b(N−1))·L + (N−b)/(b(N−1))·L_max
 * (L_b = L_max for b = 1, L for b = N).
 */
final class Constants {

    private Constants() {
    }

    static OptionalDouble smoothness(Problem p) {
        return p instanceof ProblemConstants ? ((ProblemConstants) p).smoothness() : OptionalDouble.empty();
    }

    static OptionalDouble componentSmoothness(Problem p) {
        return p instanceof ProblemConstants ? ((ProblemConstants) p).componentSmoothness() : OptionalDouble.empty();
    }

    static OptionalDouble strongConvexity(Problem p) {
        return p instanceof ProblemConstants ? ((ProblemConstants) p).strongConvexity() : OptionalDouble.empty();
    }

    static OptionalDouble lipschitz(Problem p) {
        return p instanceof ProblemConstants ? ((ProblemConstants) p).lipschitz() : OptionalDouble.empty();
    }

    /** L_b, or empty when L or L_max is unknown (L_max alone suffices for b = 1). */
    static OptionalDouble batchSmoothness(Problem p, int components, int batch) {
        OptionalDouble lMax = componentSmoothness(p);
        OptionalDouble l = smoothness(p);
        int b = Math.min(batch, components);
        if (b == components && l.isPresent()) {
            return l;
        }
        if (lMax.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (b == 1) {
            return lMax;
        }
        if (l.isEmpty()) {
            return OptionalDouble.empty();
        }
        double nn = components;
        return OptionalDouble.of(nn * (b - 1) / (b * (nn - 1)) * l.getAsDouble()
                + (nn - b) / (b * (nn - 1)) * lMax.getAsDouble());
    }

    /** The message for a step that must be given because the problem lacks a constant. */
    static String missing(Problem p, String constant, String parameter) {
        return "problem '" + p.name() + "' does not publish " + constant + ", so the Handbook's default step cannot be"
                + " computed; give " + parameter + " explicitly";
    }
}
