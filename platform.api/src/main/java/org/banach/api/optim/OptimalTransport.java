package org.banach.api.optim;

import org.banach.api.Problem;

/**
 * Discrete optimal transport between a (length n) and b (length m), positive and of equal mass,
 * with cost matrix C (n×m, row-major): minimise ⟨C, P⟩ over plans P ≥ 0 with P·1 = a and Pᵀ·1 = b.
 * Entropic regularisation ε is a solver setting.
 *
 * <p>A result's solution is the pair of dual potentials (f, g), length n + m, together with the
 * run's {@code epsilon} setting (ε &gt; 0): the plan is P_ij = a_i b_j exp((f_i + g_j − C_ij)/ε), so the
 * runtime recomputes the marginal error ‖P1 − a‖₁ + ‖Pᵀ1 − b‖₁ and the transport cost from the problem.
 * Exact solvers (ε = 0) return potentials of the linear program's dual; the runtime then checks dual
 * feasibility f_i + g_j ≤ C_ij and the duality gap against the claimed cost.
 */
public interface OptimalTransport extends Problem {

    String FAMILY = "optim.transport";

    @Override
    default String family() {
        return FAMILY;
    }

    /** Source marginal a (a fresh copy). */
    double[] source();

    /** Target marginal b (a fresh copy). */
    double[] target();

    /** Cost matrix C, row-major n×m (a fresh copy). */
    double[] cost();

    default int sourceSize() {
        return source().length;
    }

    default int targetSize() {
        return target().length;
    }

    /** n + m: the length of a solution (the dual potentials). */
    @Override
    default int dimension() {
        return sourceSize() + targetSize();
    }
}
