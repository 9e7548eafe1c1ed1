package org.banach.plugins.games.waterfilling;

import java.util.SplittableRandom;

import org.banach.api.games.WaterFillingGame;

/**
 * A multi-carrier Gaussian interference channel held as dense arrays: gains[(q·Q + r)·N + k] =
 * |H_qr(k)|², noise[q·N + k] = σ²_q(k), budgets P_q. {@link #random} draws one from a seed.
 */
final class InterferenceChannel implements WaterFillingGame {

    /** Rician K-factor: line-of-sight power over scattered power. */
    static final double RICE_K = 4;

    private final String name;
    private final int users;
    private final int carriers;
    private final double[] gains;
    private final double[] noise;
    private final double[] budgets;

    InterferenceChannel(String name, int users, int carriers, double[] gains, double[] noise, double[] budgets) {
        this.name = name;
        this.users = users;
        this.carriers = carriers;
        this.gains = gains;
        this.noise = noise;
        this.budgets = budgets;
    }

    /**
     * Q links on a line, transmitter q at (q·spacing, 0) and its receiver at (q·spacing, 1): the direct
     * distance is 1, the cross distance d_qr = √(1 + ((q − r)·spacing)²). Power gains are path loss
     * d^−3 times Rician fading (K-factor {@link #RICE_K}: a line-of-sight phasor of power K plus a CN(0, 1)
     * scatter, total power normalised to 1 on average — Rayleigh-like with deep fades made rarer, so
     * that max_k |H_qr(k)|²/|H_qq(k)|², which the convergence condition takes, stays moderate), independent per
     * link and carrier; cross gains are further multiplied by {@code crossScale}. Noise σ² = 0.1 per
     * carrier, budget P_q = N (unit average power per carrier: 10 dB SNR). Everything is drawn from
     * {@link SplittableRandom}(seed) in the order gains (q, r, k), so a seed names one channel.
     */
    static InterferenceChannel random(String name, int users, int carriers, double crossScale, double spacing,
            long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] gains = new double[users * users * carriers];
        for (int q = 0; q < users; q++) {
            for (int r = 0; r < users; r++) {
                double d = Math.hypot(1, (q - r) * spacing);
                double scale = (q == r ? 1 : crossScale) / (d * d * d);
                for (int k = 0; k < carriers; k++) {
                    double re = Math.sqrt(RICE_K) + gaussian(rng);
                    double im = gaussian(rng);
                    gains[(q * users + r) * carriers + k] = scale * (re * re + im * im) / (RICE_K + 1);
                }
            }
        }
        double[] noise = new double[users * carriers];
        java.util.Arrays.fill(noise, 0.1);
        double[] budgets = new double[users];
        java.util.Arrays.fill(budgets, carriers);
        return new InterferenceChannel(name, users, carriers, gains, noise, budgets);
    }

    /** One component of CN(0, 1): N(0, 1/2), by Box–Muller. */
    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int users() {
        return users;
    }

    @Override
    public int carriers() {
        return carriers;
    }

    @Override
    public double gain(int q, int r, int k) {
        return gains[(q * users + r) * carriers + k];
    }

    @Override
    public double noise(int q, int k) {
        return noise[q * carriers + k];
    }

    @Override
    public double budget(int q) {
        return budgets[q];
    }
}
