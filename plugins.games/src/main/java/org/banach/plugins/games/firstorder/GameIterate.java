package org.banach.plugins.games.firstorder;

/**
 * The state of one {@link MatrixGameSolver} run as {@link GameRun} reads it: the iterate z_k = (x, y)
 * with its products A·y and Aᵀ·x, the ergodic average of the points the method's guarantee averages
 * (with their averaged products), and the last finite iterate. {@link HostIterate} keeps them in host
 * arrays (the Euclidean methods, whose simplex projections run on the host); {@link EntropicIterate}
 * keeps them on the Backend and hands the host only scalars, and the points when asked for them.
 */
interface GameIterate extends AutoCloseable {

    /**
     * Whether z_k and its products are all finite; when they are, z_k becomes the one
     * {@link #lastFinite} returns until the next call.
     */
    boolean finite();

    /** The duality gap max_i (A y)_i − min_j (Aᵀ x)_j of z_k. */
    double gap();

    /** Whether the average holds at least one point. */
    boolean averaged();

    /** The duality gap of the average, from its averaged products. */
    double averageGap();

    /** The row player's payoff xᵀA y of the average (true) or of z_k (false). */
    double payoff(boolean average);

    /** The average (true) or z_k (false) as a host array (x, y) of length m + n. */
    double[] point(boolean average);

    /** The iterate of the last {@link #finite} call that returned true, or the start when none did. */
    double[] lastFinite();

    /** One iteration of the method: z_k to z_{k+1} with its products, feeding the average. */
    void advance(long k);

    @Override
    void close();
}
