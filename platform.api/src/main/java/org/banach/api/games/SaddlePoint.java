package org.banach.api.games;

import java.util.Optional;

import org.banach.api.Problem;

/**
 * A convex–concave saddle-point problem in Chambolle–Pock form
 * <pre>
 *   min_x max_y  L(x, y) = ⟨K x, y⟩ + G(x) − F*(y),   x ∈ Rⁿ (primal), y ∈ Rᵐ (dual),
 * </pre>
 * with K: Rⁿ → Rᵐ linear, G and F* proper convex lower semicontinuous functions given by their proximal
 * maps. Its primal problem is P(x) = G(x) + F(Kx), its dual D(y) = −F*(y) − G*(−Kᵀy), and
 * D(y) ≤ P(x) for every x, y (weak duality) with equality exactly at saddle points.
 *
 * <p><b>Solutions</b> are the concatenation z = (x, y) of length n + m ({@link #dimension()}), x first.
 *
 * <p><b>Certificate</b> ({@code duality-gap}, {@link #relativeGap}): for linear programmes P and D are +∞
 * (resp. −∞) off their constraints, so the problem reports separately the finite parts of the two
 * objectives and how far x and y are from satisfying the constraints. The certified quantity is the
 * relative KKT error of PDLP (Applegate et al., NeurIPS 2021, sec. 3, "relative" termination criteria):
 * <pre>
 *   ε(x, y) = max( |p(x) − d(y)| / (1 + |p(x)| + |d(y)|),  primalInfeasibility(x),  dualInfeasibility(y) )
 * </pre>
 * with p = {@link #primalObjective}, d = {@link #dualObjective}; NaN when any of the three is NaN or z
 * has the wrong length. The infeasibilities are relative measures, zero exactly when P(x) (resp. D(y)) is
 * finite; when both are at most ε and ε ≥ 0 is small, p(x) and d(y) bracket the optimal value up to the
 * constraint violation. An x that violates the constraints therefore never certifies, whatever its
 * objective.
 */
public interface SaddlePoint extends Problem {

    String FAMILY = "games.saddle";

    @Override
    default String family() {
        return FAMILY;
    }

    /** n, the length of x. */
    int primalDimension();

    /** m, the length of y (the number of rows of K). */
    int dualDimension();

    /** n + m: solutions are (x, y). */
    @Override
    default int dimension() {
        return primalDimension() + dualDimension();
    }

    /** out (length m) := K x. */
    void applyK(double[] x, double[] out);

    /** out (length n) := Kᵀ y. */
    void applyKT(double[] y, double[] out);

    /**
     * K as a dense row-major m×n array when it is stored densely (solvers then upload it to the run's
     * Backend and multiply there); empty when K is structured or sparse and {@link #applyK} /
     * {@link #applyKT} are the way to apply it. The array is the problem's own: do not modify it.
     */
    default Optional<double[]> denseK() {
        return Optional.empty();
    }

    /** x := prox_{τG}(x) = argmin_u G(u) + ‖u − x‖²/(2τ), in place (τ &gt; 0). */
    void proxG(double tau, double[] x);

    /** y := prox_{σF*}(y) = argmin_v F*(v) + ‖v − y‖²/(2σ), in place (σ &gt; 0). */
    void proxFStar(double sigma, double[] y);

    /** A starting point (x₀, y₀), a fresh array of length n + m. */
    double[] start();

    /**
     * p(x): P(x) = G(x) + F(Kx) where it is finite; for a programme with constraints, the value of its
     * objective at x whether or not x satisfies them (e.g. cᵀx for min cᵀx s.t. Ax = b, x ≥ 0).
     */
    double primalObjective(double[] x);

    /**
     * d(y): D(y) = −F*(y) − G*(−Kᵀy) where it is finite; for a programme with constraints, the value of
     * its objective at y whether or not y satisfies them.
     */
    double dualObjective(double[] y);

    /**
     * A relative measure (≥ 0, 0 exactly when P(x) &lt; ∞) of how far x is from the primal constraints,
     * e.g. ‖(Ax − b, min(x, 0))‖₂ / (1 + ‖b‖₂); 0 for problems without constraints.
     */
    double primalInfeasibility(double[] x);

    /**
     * A relative measure (≥ 0, 0 exactly when D(y) &gt; −∞) of how far y is from the dual constraints,
     * e.g. ‖min(c + Aᵀy, 0)‖₂ / (1 + ‖c‖₂); 0 for problems without constraints.
     */
    double dualInfeasibility(double[] y);

    /** A saddle point (x*, y*), when one is known (closed form or exact combinatorial solver). */
    default Optional<double[]> knownSolution() {
        return Optional.empty();
    }

    /** The certified quantity ε(x, y) of z = (x, y) defined above; NaN when z has the wrong length. */
    static double relativeGap(SaddlePoint problem, double[] z) {
        int n = problem.primalDimension();
        int m = problem.dualDimension();
        if (z == null || z.length != n + m) {
            return Double.NaN;
        }
        double[] x = java.util.Arrays.copyOfRange(z, 0, n);
        double[] y = java.util.Arrays.copyOfRange(z, n, n + m);
        double p = problem.primalObjective(x);
        double d = problem.dualObjective(y);
        double gap = Math.abs(p - d) / (1 + Math.abs(p) + Math.abs(d));
        double primal = problem.primalInfeasibility(x);
        double dual = problem.dualInfeasibility(y);
        if (Double.isNaN(gap) || Double.isNaN(primal) || Double.isNaN(dual)) {
            return Double.NaN;
        }
        return Math.max(gap, Math.max(primal, dual));
    }
}
