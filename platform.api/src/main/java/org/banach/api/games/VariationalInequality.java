package org.banach.api.games;

import java.util.Optional;

import org.banach.api.Problem;

/**
 * A variational inequality VI(F, Z): find z* ∈ Z with ⟨F(z*), z − z*⟩ ≥ 0 for every z ∈ Z, for an
 * operator F: Rᵈ → Rᵈ and a closed convex set Z given by its Euclidean projection (the whole space
 * when {@link #project} is the identity). Differentiable games are VIs of their pseudo-gradient,
 * convex–concave saddle points of (∇ₓL, −∇ᵧL). The runtime certifies a returned z by the natural
 * residual ‖z − P_Z(z − F(z))‖₂ (the operator residual; ‖F(z)‖ when Z is the whole space).
 */
public interface VariationalInequality extends Problem {

    String FAMILY = "games.vi";

    @Override
    default String family() {
        return FAMILY;
    }

    /** out = F(z). */
    void operator(double[] z, double[] out);

    /** z := P_Z(z), in place. */
    void project(double[] z);

    double[] start();

    /** A solution, when it is known in closed form. */
    default Optional<double[]> knownSolution() {
        return Optional.empty();
    }
}
