package org.banach.plugins.games.exact;

/**
 * One of the two tableaux of the Lemke–Howson algorithm in von Stengel's formulation (Computing equilibria
 * for two-person games, Handbook of Game Theory 3, 2002, section 3): the system C·z = 1, z ≥ 0, of a
 * best-response polytope with its slacks, kept as a dense tableau whose columns are indexed by the m + n
 * labels. For the row player's polytope P = {x ≥ 0 : Bᵀx ≤ 1} (n rows) label i &lt; m is x_i and label m + j
 * the slack s_j of column j; for the column player's Q = {y ≥ 0 : Ay ≤ 1} (m rows) label i is the slack r_i
 * and label m + j is y_j. The slacks form the start basis (the artificial equilibrium (0, 0)).
 * <p>
 * {@link #enter} pivots a label into the basis with the lexicographic minimum-ratio test (section 3.5 of the
 * chapter): the right-hand side perturbed to 1 + (ε, ε², …), which breaks every tie by the columns of the
 * start basis (the current basis inverse) and makes degenerate games terminate. In floating point, ratios
 * within 1e-11·max(1, |ratio|) count as ties, and entries at most 1e-12 × the column's largest are not
 * pivots.
 */
final class LabelTableau {

    /** The entering column has no positive entry: the polytope looks unbounded, which is rounding. */
    static final class Unbounded extends ArithmeticException {
        private static final long serialVersionUID = 1L;

        Unbounded(String message) {
            super(message);
        }
    }

    private static final double PIVOT_FLOOR = 1e-12;
    private static final double TIE = 1e-11;

    private final int rows;
    private final int labels;
    /** rows × (labels + 1): the current tableau, the last column the right-hand side. */
    private final double[][] t;
    /** The start tableau's constraint columns (rows × labels), for the final reinversion. */
    private final double[][] origin;
    private final int[] basis;
    private final int[] position;
    /** The labels of the start basis, in the order of the lexicographic perturbation. */
    private final int[] slacks;

    private LabelTableau(double[][] constraints, int[] slacks) {
        this.rows = constraints.length;
        this.labels = constraints[0].length;
        this.origin = constraints;
        this.t = new double[rows][labels + 1];
        this.basis = slacks.clone();
        this.slacks = slacks.clone();
        this.position = new int[labels];
        java.util.Arrays.fill(position, -1);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(constraints[r], 0, t[r], 0, labels);
            t[r][labels] = 1;
            position[slacks[r]] = r;
        }
    }

    /** P = {x ≥ 0 : Bᵀx ≤ 1} with {@code b} row-major m×n and positive: n rows, Bᵀ for labels 0..m−1, I for m..m+n−1. */
    static LabelTableau rowPlayer(double[] b, int m, int n) {
        double[][] c = new double[n][m + n];
        int[] slacks = new int[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                c[j][i] = b[i * n + j];
            }
            c[j][m + j] = 1;
            slacks[j] = m + j;
        }
        return new LabelTableau(c, slacks);
    }

    /** Q = {y ≥ 0 : Ay ≤ 1} with {@code a} row-major m×n and positive: m rows, I for labels 0..m−1, A for m..m+n−1. */
    static LabelTableau columnPlayer(double[] a, int m, int n) {
        double[][] c = new double[m][m + n];
        int[] slacks = new int[m];
        for (int i = 0; i < m; i++) {
            c[i][i] = 1;
            System.arraycopy(a, i * n, c[i], m, n);
            slacks[i] = i;
        }
        return new LabelTableau(c, slacks);
    }

    /**
     * Pivots {@code label}'s variable into the basis (it must be nonbasic) and returns the label whose
     * variable left it.
     *
     * @throws Unbounded when the column has no positive entry
     */
    int enter(int label) {
        int r = leavingRow(label);
        double[] pivotRow = t[r];
        double p = pivotRow[label];
        for (int k = 0; k <= labels; k++) {
            pivotRow[k] /= p;
        }
        pivotRow[label] = 1;
        for (int q = 0; q < rows; q++) {
            double f = t[q][label];
            if (q != r && f != 0) {
                double[] row = t[q];
                for (int k = 0; k <= labels; k++) {
                    row[k] -= f * pivotRow[k];
                }
                row[label] = 0;
            }
        }
        int leaving = basis[r];
        position[leaving] = -1;
        position[label] = r;
        basis[r] = label;
        return leaving;
    }

    /** The lexicographic minimum-ratio row for the entering column {@code c}. */
    private int leavingRow(int c) {
        double largest = 0;
        for (int r = 0; r < rows; r++) {
            largest = Math.max(largest, Math.abs(t[r][c]));
        }
        int[] candidates = new int[rows];
        int count = 0;
        for (int r = 0; r < rows; r++) {
            if (t[r][c] > PIVOT_FLOOR * largest) {
                candidates[count++] = r;
            }
        }
        if (count == 0) {
            throw new Unbounded("the entering column of label " + c + " has no positive entry");
        }
        for (int key = -1; key < slacks.length && count > 1; key++) {
            int column = key < 0 ? labels : slacks[key];
            double min = Double.POSITIVE_INFINITY;
            for (int k = 0; k < count; k++) {
                int r = candidates[k];
                min = Math.min(min, t[r][column] / t[r][c]);
            }
            double bound = min + TIE * Math.max(1, Math.abs(min));
            int kept = 0;
            for (int k = 0; k < count; k++) {
                int r = candidates[k];
                if (t[r][column] / t[r][c] <= bound) {
                    candidates[kept++] = r;
                }
            }
            count = kept;
        }
        int best = candidates[0];
        for (int k = 1; k < count; k++) { // ties left by rounding: the most stable pivot
            if (t[candidates[k]][c] > t[best][c]) {
                best = candidates[k];
            }
        }
        return best;
    }

    /** The values of the variables of labels {@code from}..{@code from + count − 1} in the current tableau. */
    double[] values(int from, int count) {
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            int r = position[from + k];
            v[k] = r < 0 ? 0 : Math.max(0, t[r][labels]);
        }
        return v;
    }

    /**
     * The same values recomputed from the start data: the current basis's columns of the start tableau
     * factored afresh ({@link DenseLu}) and solved for the right-hand side 1, which removes the rounding
     * the pivots accumulated; negative values (rounding) are set to 0.
     *
     * @throws ArithmeticException when the basis is numerically singular
     */
    double[] refinedValues(int from, int count) {
        double[][] matrix = new double[rows][rows];
        double[][] rhs = new double[rows][];
        for (int q = 0; q < rows; q++) {
            for (int r = 0; r < rows; r++) {
                matrix[q][r] = origin[q][basis[r]];
            }
            rhs[q] = new double[] {1};
        }
        double[][] z = new DenseLu(matrix).solve(rhs);
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            int r = position[from + k];
            v[k] = r < 0 ? 0 : Math.max(0, z[r][0]);
        }
        return v;
    }
}
