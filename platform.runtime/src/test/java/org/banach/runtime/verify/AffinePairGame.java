package org.banach.runtime.verify;

import org.banach.api.games.DifferentiableGame;

/**
 * A test game of two players with one coordinate each and the affine pseudo-gradient F(z) = J(z − z*):
 * with u = z − z*, player i's loss is ½J_ii·u_i² + J_ij·u_0·u_1 (j the other player), so ∂ℓ_i/∂z_i is row i
 * of J·u. Its Jacobian-vector product is J·v exactly, or, with {@code exactJacobian} false, the API's
 * default central difference (the path a game without a closed-form Jacobian takes).
 */
final class AffinePairGame implements DifferentiableGame {

    private final String name;
    private final double[][] j;
    private final double[] star;
    private final double[] start;
    private final boolean exactJacobian;

    AffinePairGame(String name, double[][] j, double[] star, double[] start, boolean exactJacobian) {
        this.name = name;
        this.j = j;
        this.star = star;
        this.start = start;
        this.exactJacobian = exactJacobian;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int players() {
        return 2;
    }

    @Override
    public int blockSize(int player) {
        return 1;
    }

    @Override
    public double loss(int player, double[] z) {
        double x = z[0] - star[0];
        double y = z[1] - star[1];
        return player == 0 ? 0.5 * j[0][0] * x * x + j[0][1] * x * y : 0.5 * j[1][1] * y * y + j[1][0] * x * y;
    }

    @Override
    public void operator(double[] z, double[] out) {
        double x = z[0] - star[0];
        double y = z[1] - star[1];
        out[0] = j[0][0] * x + j[0][1] * y;
        out[1] = j[1][0] * x + j[1][1] * y;
    }

    @Override
    public void jacobianVector(double[] z, double[] v, double[] out) {
        if (!exactJacobian) {
            DifferentiableGame.super.jacobianVector(z, v, out);
            return;
        }
        out[0] = j[0][0] * v[0] + j[0][1] * v[1];
        out[1] = j[1][0] * v[0] + j[1][1] * v[1];
    }

    @Override
    public double[] start() {
        return start.clone();
    }
}
