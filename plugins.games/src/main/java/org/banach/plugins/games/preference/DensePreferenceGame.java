package org.banach.plugins.games.preference;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.banach.api.games.PreferenceGame;

/**
 * A preference game held as its dense preference matrix, reference policy and β; {@link #rps} and
 * {@link #random} build the two problem families.
 */
class DensePreferenceGame implements PreferenceGame {

    static final String RPS = "games/preference-rps";
    static final String RANDOM = "games/preference-random";

    /** The reference policy of {@link #rps}: (rock, paper, scissors) = (0.5, 0.3, 0.2). */
    static final double[] RPS_REFERENCE = {0.5, 0.3, 0.2};

    private final String name;
    private final int n;
    private final double[] p;
    private final double[] mu;
    private final double beta;

    DensePreferenceGame(String name, int n, double[] p, double[] mu, double beta) {
        this.name = name;
        this.n = n;
        this.p = p;
        this.mu = mu;
        this.beta = beta;
    }

    /**
     * Intransitive rock–paper–scissors preferences: each response is always preferred to the one it
     * beats (P = 1), never to the one that beats it (P = 0), P_ii = ½; reference μ = (0.5, 0.3, 0.2), so
     * the regularised equilibrium is not uniform and μ (the start) is not it.
     */
    static DensePreferenceGame rps(double beta) {
        double[] p = {0.5, 0, 1, 1, 0.5, 0, 0, 1, 0.5};
        return new DensePreferenceGame(RPS + "[beta=" + beta + "]", 3, p, RPS_REFERENCE.clone(), beta);
    }

    /**
     * Random intransitive preferences: P_ij = ½ + a_ij for i &lt; j with a_ij independent and uniform in
     * [−½, ½) (drawn row by row from {@link SplittableRandom}(seed)), P_ji = 1 − P_ij, P_ii = ½, so
     * P − ½ is a random skew-symmetric matrix; uniform reference μ.
     */
    static DensePreferenceGame random(int n, double beta, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] p = new double[n * n];
        for (int i = 0; i < n; i++) {
            p[i * n + i] = 0.5;
            for (int j = i + 1; j < n; j++) {
                double v = 0.5 + rng.nextDouble(-0.5, 0.5);
                p[i * n + j] = v;
                p[j * n + i] = 1 - v;
            }
        }
        double[] mu = new double[n];
        Arrays.fill(mu, 1.0 / n);
        return new DensePreferenceGame(RANDOM + "[actions=" + n + ",beta=" + beta + ",seed=" + seed + "]", n, p, mu, beta);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int actions() {
        return n;
    }

    @Override
    public double[] preferences() {
        return p;
    }

    @Override
    public double[] reference() {
        return mu;
    }

    @Override
    public double beta() {
        return beta;
    }
}
