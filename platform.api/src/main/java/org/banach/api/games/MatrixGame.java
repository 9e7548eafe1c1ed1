package org.banach.api.games;

/**
 * A two-player game in normal form given by payoff matrices: A (rows × cols, the row player's payoff)
 * and B (the column player's), both row-major. A mixed profile is (x, y), x ∈ Δ_rows, y ∈ Δ_cols;
 * u_0 = xᵀAy, u_1 = xᵀBy. When {@link #zeroSum()} B = −A and the game's value is max_x min_y xᵀAy.
 * The arrays returned are the game's own: callers must not modify them.
 */
public interface MatrixGame extends NormalFormGame {

    String FAMILY = "games.matrix";

    @Override
    default String family() {
        return FAMILY;
    }

    int rows();

    int cols();

    /** A, row-major rows × cols. */
    double[] rowPayoffs();

    /** B, row-major rows × cols (−A for a zero-sum game). */
    double[] columnPayoffs();

    /** True when B = −A. */
    default boolean zeroSum() {
        return false;
    }

    @Override
    default int players() {
        return 2;
    }

    @Override
    default int strategies(int player) {
        return player == 0 ? rows() : cols();
    }

    @Override
    default double payoff(int player, int[] profile) {
        int k = profile[0] * cols() + profile[1];
        return player == 0 ? rowPayoffs()[k] : columnPayoffs()[k];
    }

    /** Row player: out = A·y; column player: out = Bᵀ·x (with x, y the blocks of {@code sigma}). */
    @Override
    default void purePayoffs(int player, double[] sigma, double[] out) {
        int m = rows();
        int n = cols();
        if (player == 0) {
            double[] a = rowPayoffs();
            for (int i = 0; i < m; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[i * n + j] * sigma[m + j];
                }
                out[i] = s;
            }
        } else {
            double[] b = columnPayoffs();
            java.util.Arrays.fill(out, 0, n, 0.0);
            for (int i = 0; i < m; i++) {
                double xi = sigma[i];
                if (xi != 0) {
                    for (int j = 0; j < n; j++) {
                        out[j] += b[i * n + j] * xi;
                    }
                }
            }
        }
    }
}
