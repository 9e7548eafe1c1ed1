package org.banach.plugins.games.problems;

import java.util.Optional;

import org.banach.api.games.VariationalInequality;

/**
 * The parts shared by the library's affine variational inequalities ({@link LinearVi} and the finite sums
 * of {@code finitesum}): a name, the dimension d, the set Z = Rᵈ or the box [−1, 1]ᵈ (projection by
 * clamping each coordinate), a fixed start and a known solution (both copied in and out), and the dense
 * affine product used by their operators. Subclasses give {@link #operator}.
 */
public abstract class AffineVi implements VariationalInequality {

    private final String name;
    private final int d;
    private final boolean box;
    private final double[] start;
    private final double[] solution;

    /** d = start.length; start and solution are copied. */
    protected AffineVi(String name, boolean box, double[] start, double[] solution) {
        this.name = name;
        this.d = start.length;
        this.box = box;
        this.start = start.clone();
        this.solution = solution.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public void project(double[] z) {
        if (box) {
            for (int i = 0; i < d; i++) {
                z[i] = Math.max(-1.0, Math.min(1.0, z[i]));
            }
        }
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public Optional<double[]> knownSolution() {
        return Optional.of(solution.clone());
    }

    /** Whether Z is the box [−1, 1]ᵈ (else Rᵈ). */
    public boolean boxConstrained() {
        return box;
    }

    /**
     * out = M z + b for the d×d row-major matrix M stored in {@code mat} from offset {@code mOff} and the
     * vector b stored in {@code off} from offset {@code bOff}.
     */
    protected final void affine(double[] mat, int mOff, double[] off, int bOff, double[] z, double[] out) {
        for (int r = 0; r < d; r++) {
            double s = off[bOff + r];
            int row = mOff + r * d;
            for (int c = 0; c < d; c++) {
                s += mat[row + c] * z[c];
            }
            out[r] = s;
        }
    }
}
