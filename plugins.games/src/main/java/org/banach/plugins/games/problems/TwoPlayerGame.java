package org.banach.plugins.games.problems;

import org.banach.api.games.DifferentiableGame;

/** A two-player differentiable game whose players both control blocks of length n: z = (x, y) ∈ R^{2n}. */
public abstract class TwoPlayerGame implements DifferentiableGame {

    private final String name;
    /** Each player's block size. */
    protected final int n;

    protected TwoPlayerGame(String name, int n) {
        this.name = name;
        this.n = n;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int players() {
        return 2;
    }

    @Override
    public final int blockSize(int player) {
        return n;
    }

    @Override
    public final int dimension() {
        return 2 * n;
    }
}
