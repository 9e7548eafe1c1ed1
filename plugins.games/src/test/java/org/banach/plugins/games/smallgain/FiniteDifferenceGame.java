package org.banach.plugins.games.smallgain;

import org.banach.api.games.DifferentiableGame;

/** A game that delegates everything except {@code jacobianVector}, so the interface's central difference is used. */
final class FiniteDifferenceGame implements DifferentiableGame {

    private final DifferentiableGame inner;

    FiniteDifferenceGame(DifferentiableGame inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return inner.name() + "[finite-difference]";
    }

    @Override
    public int players() {
        return inner.players();
    }

    @Override
    public int blockSize(int player) {
        return inner.blockSize(player);
    }

    @Override
    public double loss(int player, double[] z) {
        return inner.loss(player, z);
    }

    @Override
    public void operator(double[] z, double[] out) {
        inner.operator(z, out);
    }

    @Override
    public double[] start() {
        return inner.start();
    }
}
