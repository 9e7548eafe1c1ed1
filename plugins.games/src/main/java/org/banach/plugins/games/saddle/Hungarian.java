package org.banach.plugins.games.saddle;

import java.util.Arrays;

/**
 * The exact minimum-cost perfect assignment of an n×n cost matrix by the Hungarian method (Kuhn 1955,
 * Munkres 1957) in its O(n³) shortest-augmenting-path form with row and column potentials (as in
 * Jonker &amp; Volgenant 1987 without their initialisation heuristics): rows are added one at a time and
 * each is matched along a shortest alternating path in the reduced costs c_ij − u_i − v_j ≥ 0, found by
 * a Dijkstra-like scan over the columns. The final potentials are an optimal dual solution:
 * u_i + v_j ≤ c_ij with equality on the assignment, so Σu + Σv equals the optimal cost.
 */
public final class Hungarian {

    private final int[] assignment;
    private final double cost;
    private final double[] rowPotentials;
    private final double[] columnPotentials;

    private Hungarian(int[] assignment, double cost, double[] u, double[] v) {
        this.assignment = assignment;
        this.cost = cost;
        this.rowPotentials = u;
        this.columnPotentials = v;
    }

    /**
     * Solves the assignment problem for the row-major n×n {@code cost} matrix (finite entries).
     *
     * @throws IllegalArgumentException when the matrix is not n×n or has a non-finite entry
     */
    public static Hungarian solve(double[] cost, int n) {
        if (cost.length != (long) n * n) {
            throw new IllegalArgumentException("a " + n + "x" + n + " cost matrix has " + (long) n * n
                    + " entries, not " + cost.length);
        }
        for (double c : cost) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("the cost matrix has a non-finite entry " + c);
            }
        }
        // 1-based arrays; column 0 is a virtual column holding the row being inserted
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] rowOfColumn = new int[n + 1];
        int[] previous = new int[n + 1];
        double[] slack = new double[n + 1];
        boolean[] used = new boolean[n + 1];
        for (int row = 1; row <= n; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[column] = true;
                int i = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double reduced = cost[(i - 1) * n + (j - 1)] - u[i] - v[j];
                        if (reduced < slack[j]) {
                            slack[j] = reduced;
                            previous[j] = column;
                        }
                        if (slack[j] < delta) {
                            delta = slack[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                column = next;
            } while (rowOfColumn[column] != 0);
            do { // augment along the alternating path back to the virtual column
                int back = previous[column];
                rowOfColumn[column] = rowOfColumn[back];
                column = back;
            } while (column != 0);
        }
        int[] assignment = new int[n];
        for (int j = 1; j <= n; j++) {
            assignment[rowOfColumn[j] - 1] = j - 1;
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += cost[i * n + assignment[i]];
        }
        return new Hungarian(assignment, total, Arrays.copyOfRange(u, 1, n + 1), Arrays.copyOfRange(v, 1, n + 1));
    }

    /** The column assigned to each row. */
    public int[] assignment() {
        return assignment.clone();
    }

    /** Σ_i c_{i, assignment(i)}, the minimum cost. */
    public double cost() {
        return cost;
    }

    /** Optimal dual row potentials u (u_i + v_j ≤ c_ij). */
    public double[] rowPotentials() {
        return rowPotentials.clone();
    }

    /** Optimal dual column potentials v. */
    public double[] columnPotentials() {
        return columnPotentials.clone();
    }
}
