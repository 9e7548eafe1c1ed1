package org.banach.api.games;

/**
 * An n-player differentiable game: player i controls the block z[blockStart(i), blockStart(i) +
 * blockSize(i)) of the joint point z and minimises its own loss ℓᵢ(z) over that block, constrained to
 * a closed convex set given by its Euclidean projection {@link #projectBlock}. The game is the
 * variational inequality of its pseudo-gradient F(z) = (∇_{z₁}ℓ₁(z), …, ∇_{zₙ}ℓₙ(z)) (the
 * {@link #operator}) over the product of the players' sets, so every {@link VariationalInequality}
 * solver and the {@code operator-residual} certificate apply; block-aware methods (alternating
 * updates, per-player weights, cross-player couplings) use the blocks. A zero-sum two-player game
 * min_x max_y f(x, y) has ℓ₁ = f and ℓ₂ = −f.
 */
public interface DifferentiableGame extends VariationalInequality {

    String FAMILY = "games.differentiable";

    @Override
    default String family() {
        return FAMILY;
    }

    /** Number of players n ≥ 1. */
    int players();

    /** Length of player i's block. */
    int blockSize(int player);

    /** Offset of player i's block in z: the sum of the earlier players' block sizes. */
    default int blockStart(int player) {
        int s = 0;
        for (int p = 0; p < player; p++) {
            s += blockSize(p);
        }
        return s;
    }

    /** Length of z: the sum of all block sizes. */
    default int dimension() {
        return blockStart(players());
    }

    /** Player i's loss ℓᵢ(z) (the player minimises it over its own block). */
    double loss(int player, double[] z);

    /** Projects player i's block of z onto that player's set, in place; the identity by default (unconstrained). */
    default void projectBlock(int player, double[] z) {
    }

    /** The projection onto the product set: every player's {@link #projectBlock}. */
    @Override
    default void project(double[] z) {
        for (int p = 0; p < players(); p++) {
            projectBlock(p, z);
        }
    }

    /**
     * out = J_F(z)·v, the Jacobian of the pseudo-gradient applied to v (its block (i, j) is ∇²_{zᵢzⱼ}ℓᵢ,
     * the cross-player couplings off the diagonal). By default a central difference
     * (F(z + hv) − F(z − hv))/(2h) with h = ∛ε·max(1, ‖z‖∞)/max(‖v‖∞, tiny): accurate to about 1e-10
     * relative for smooth F; games with a closed-form Jacobian override it.
     */
    default void jacobianVector(double[] z, double[] v, double[] out) {
        int d = z.length;
        double zmax = 1;
        double vmax = 0;
        for (int i = 0; i < d; i++) {
            zmax = Math.max(zmax, Math.abs(z[i]));
            vmax = Math.max(vmax, Math.abs(v[i]));
        }
        if (vmax == 0) {
            java.util.Arrays.fill(out, 0, d, 0.0);
            return;
        }
        double h = Math.cbrt(Math.ulp(1.0)) * zmax / vmax;
        double[] p = new double[d];
        double[] m = new double[d];
        for (int i = 0; i < d; i++) {
            p[i] = z[i] + h * v[i];
            m[i] = z[i] - h * v[i];
        }
        double[] fp = new double[d];
        operator(p, fp);
        operator(m, out);
        for (int i = 0; i < d; i++) {
            out[i] = (fp[i] - out[i]) / (2 * h);
        }
    }

    /**
     * J_F(z), d×d row-major (d = z.length): column c is {@link #jacobianVector}(z, e_c), each call given
     * a copy of z (d calls; counting them is the caller's). One assembly for the solvers that certify
     * with the Jacobian and the runtime that checks them.
     */
    default double[] jacobian(double[] z) {
        int d = z.length;
        double[] j = new double[d * d];
        double[] e = new double[d];
        double[] col = new double[d];
        for (int c = 0; c < d; c++) {
            e[c] = 1;
            jacobianVector(z.clone(), e, col);
            e[c] = 0;
            for (int r = 0; r < d; r++) {
                j[r * d + c] = col[r];
            }
        }
        return j;
    }
}
