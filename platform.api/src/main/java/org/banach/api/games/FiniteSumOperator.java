package org.banach.api.games;

/**
 * A variational inequality whose operator is a finite average F(z) = (1/n) Σᵢ Fᵢ(z), i = 0, …, n−1, of
 * component operators Fᵢ: Rᵈ → Rᵈ that can be evaluated one at a time (empirical risks of min-max
 * learning problems, finite-sum games). Solvers that sample components (variance-reduced methods) count
 * one oracle call per Fᵢ evaluation; a full evaluation of F costs n such calls, whichever way
 * {@link #operator} computes it. The VI, its set Z ({@link #project}) and its certificate (the natural
 * residual ‖z − P_Z(z − F(z))‖₂ of the average F) are those of {@link VariationalInequality}, so every VI
 * solver applies unchanged.
 *
 * <p>The constants below describe the components on average; they are the inputs of the step sizes of
 * variance-reduced methods. Each is a value the problem guarantees (an upper bound for
 * {@link #meanSquareLipschitz()}, a lower bound for {@link #meanSquareCocoercivity()}), or NaN when the
 * problem does not know it.
 */
public interface FiniteSumOperator extends VariationalInequality {

    String FAMILY = "games.finite-sum";

    @Override
    default String family() {
        return FAMILY;
    }

    /** The number n ≥ 1 of components. */
    int components();

    /** out = Fᵢ(z), the i-th component (0 ≤ i &lt; n); {@code z} is not modified. */
    void componentOperator(int i, double[] z, double[] out);

    /**
     * out = F(z) = (1/n) Σᵢ Fᵢ(z). By default the plain average of the n components; a problem may
     * override it with an equivalent cheaper formula (e.g. a precomputed average matrix), which is the
     * same operator up to rounding and still stands for n component evaluations.
     */
    @Override
    default void operator(double[] z, double[] out) {
        int d = out.length;
        double[] fi = new double[d];
        java.util.Arrays.fill(out, 0.0);
        int n = components();
        for (int i = 0; i < n; i++) {
            componentOperator(i, z, fi);
            for (int j = 0; j < d; j++) {
                out[j] += fi[j];
            }
        }
        for (int j = 0; j < d; j++) {
            out[j] /= n;
        }
    }

    /**
     * The mean-square Lipschitz constant L: (1/n) Σᵢ ‖Fᵢ(z) − Fᵢ(w)‖₂² ≤ L² ‖z − w‖₂² for all z, w
     * (so F itself is L-Lipschitz). NaN when unknown.
     */
    double meanSquareLipschitz();

    /**
     * The on-average cocoercivity β ≥ 0: ⟨F(z) − F(w), z − w⟩ ≥ β (1/n) Σᵢ ‖Fᵢ(z) − Fᵢ(w)‖₂² for all z, w
     * (so F is β-cocoercive; "1/L-cocoercive on average" in the variance-reduction literature means
     * β = 1/L). 0 when F is monotone but not cocoercive on average (e.g. a bilinear game), NaN when
     * unknown.
     */
    default double meanSquareCocoercivity() {
        return Double.NaN;
    }
}
