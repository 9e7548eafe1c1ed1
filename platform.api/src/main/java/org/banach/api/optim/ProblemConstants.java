package org.banach.api.optim;

import java.util.OptionalDouble;

/**
 * Since 1.2. The constants a problem knows about itself, so that step sizes can follow the
 * convergence theorems that are stated in them (Garrigos &amp; Gower, <i>Handbook of Convergence
 * Theorems for (Stochastic) Gradient Methods</i>, arXiv 2301.11235). A problem implements this
 * beside its family interface; every constant is optional, and a problem reports only what it can
 * prove (a valid upper bound for L, L_max and G, a valid lower bound for μ).
 *
 * <p>For a {@link CompositeObjective} the smoothness constants are those of the smooth part f and μ
 * is the strong convexity of f (as in the Handbook's proximal theorems). For a
 * {@link NonsmoothObjective}, {@link #lipschitz()} bounds the subgradients on a set that contains the
 * minimiser and the method's iterates; the problem documents that set.
 */
public interface ProblemConstants {

    /** L: ‖∇f(x) − ∇f(y)‖ ≤ L‖x − y‖ for all x, y. */
    default OptionalDouble smoothness() {
        return OptionalDouble.empty();
    }

    /** L_max = maxᵢ Lᵢ for a finite sum f = (1/N) Σ fᵢ whose components fᵢ are Lᵢ-smooth. */
    default OptionalDouble componentSmoothness() {
        return OptionalDouble.empty();
    }

    /** μ &gt; 0: f − (μ/2)‖·‖² is convex. Empty when f is not strongly convex. */
    default OptionalDouble strongConvexity() {
        return OptionalDouble.empty();
    }

    /**
     * μ &gt; 0 of the Polyak–Łojasiewicz inequality f(x) − inf f ≤ ‖∇f(x)‖² / (2μ) for all x. A
     * μ-strongly convex function is μ-PL; a rank-deficient least-squares problem is PL without being
     * strongly convex.
     */
    default OptionalDouble polyakLojasiewicz() {
        return OptionalDouble.empty();
    }

    /** G: every subgradient the problem returns (on the set it documents) has norm at most G. */
    default OptionalDouble lipschitz() {
        return OptionalDouble.empty();
    }
}
