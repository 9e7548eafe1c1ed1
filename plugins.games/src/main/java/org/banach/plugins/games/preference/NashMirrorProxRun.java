package org.banach.plugins.games.preference;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.games.PreferenceGame;

/**
 * One run of Nash Mirror Prox, shared by the exact ({@link NashMirrorProx}) and the sampled
 * ({@link NashMirrorProxSampled}) solver: the log-policy, the two KL-prox steps per iteration with step
 * η_t, and the records. Every iteration computes the exact g = P·π_t on the Backend: it measures the
 * regularised exploitability 2β·KL(π_t‖BR(π_t)) (series {@code exploitability}, the trace's measure) and,
 * with the exact oracle, is also the first prox step's query. With a sampled oracle both prox steps
 * query the oracle instead, and the exact product is a measurement only. Stops with CONVERGED once the
 * exploitability is at most the tolerance (recomputed on the host from P, as the runtime's verifier
 * will), ITERATION_LIMIT, the monitor's stop reason, or NUMERICAL_ERROR. With {@code klToLast} it keeps
 * the log-iterates (while they fit in 2^22 doubles) and records series {@code kl-to-last} =
 * KL(π_last‖π_t) at the end.
 */
final class NashMirrorProxRun {

    private static final long STORE_LIMIT = 1L << 22;

    private final String id;
    private final PreferenceGame game;
    private final Monitor monitor;
    private final PreferenceProducts products;
    private final PreferenceOracle sampled;
    private final LongToDoubleFunction step;
    private final double tolerance;
    private final long maxIterations;
    private final int n;
    private final double[] logMu;
    private final List<Double> exploitability = new ArrayList<>();
    private final List<double[]> stored = new ArrayList<>();
    private boolean storing;

    /**
     * @param sampled the oracle both prox steps query, or null for the exact products
     * @param step η_t for iteration t (both of its prox steps)
     */
    NashMirrorProxRun(String id, PreferenceGame game, double tolerance, long maxIterations, Monitor monitor,
            PreferenceProducts products, PreferenceOracle sampled, LongToDoubleFunction step, boolean klToLast) {
        this.id = id;
        this.game = game;
        this.monitor = monitor;
        this.products = products;
        this.sampled = sampled;
        this.step = step;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.storing = klToLast;
        this.n = game.actions();
        this.logMu = new double[n];
        for (int i = 0; i < n; i++) {
            logMu[i] = Math.log(game.reference()[i]);
        }
    }

    Result loop() {
        double[] pi = game.start().clone();
        double[] logPi = new double[n];
        for (int i = 0; i < n; i++) {
            logPi[i] = Math.log(pi[i]);
        }
        double[] g = new double[n];
        double[] estimate = new double[n];
        double[] half = new double[n];
        double[] logHalf = new double[n];
        double[] gHalf = new double[n];
        products.against(pi, g);
        for (long k = 0;; k++) {
            double e = PreferenceGame.exploitability(game, pi, logPi, g);
            exploitability.add(e);
            if (storing && (stored.size() + 1L) * n <= STORE_LIMIT) {
                stored.add(logPi.clone());
            } else {
                storing = false;
            }
            if (!Double.isFinite(e)) {
                return end(Status.NUMERICAL_ERROR, "the policy or its preference query became non-finite at iteration "
                        + k, pi, logPi, k);
            }
            monitor.iteration(k, PreferenceGame.kl(logPi, logMu), e);
            if (e <= tolerance && PreferenceGame.exploitability(game, pi) <= tolerance) {
                return end(Status.CONVERGED, null, pi, logPi, k);
            }
            if (monitor.stopRequested()) {
                Status why = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
                return end(why, "stopped (" + why + ") after iteration " + k, pi, logPi, k);
            }
            if (k >= maxIterations) {
                return end(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations
                        + " with exploitability " + e, pi, logPi, k);
            }
            double eta = step.applyAsDouble(k);
            if (sampled == null) {
                prox(eta, logPi, g, logHalf, half);
                products.against(half, gHalf);
            } else {
                sampled.query(pi, estimate);
                prox(eta, logPi, estimate, logHalf, half);
                sampled.query(half, gHalf);
            }
            prox(eta, logPi, gHalf, logPi, pi);
            products.against(pi, g);
        }
    }

    /**
     * log out := (log π + η·g + ηβ·log μ)/(1 + ηβ), normalised; out = exp. {@code logOut} may be
     * {@code logPi}.
     */
    private void prox(double eta, double[] logPi, double[] g, double[] logOut, double[] out) {
        double shrink = 1 / (1 + eta * game.beta());
        double etaBeta = eta * game.beta();
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = shrink * (logPi[i] + eta * g[i] + etaBeta * logMu[i]);
        }
        double lse = products.logSumExp(l);
        for (int i = 0; i < n; i++) {
            logOut[i] = l[i] - lse;
            out[i] = Math.exp(logOut[i]);
        }
    }

    private Result end(Status status, String message, double[] pi, double[] logPi, long k) {
        double value = PreferenceGame.exploitability(game, pi);
        Result.Builder b = Result.builder(status).message(message == null ? null : id + ": " + message)
                .solution(pi.clone()).objective(PreferenceGame.kl(logPi, logMu)).iterations(k)
                .series("exploitability", exploitability.stream().mapToDouble(Double::doubleValue).toArray())
                .certificate(Certificate.of(Certificate.EXPLOITABILITY, value, tolerance));
        if (storing) {
            double[] kl = new double[stored.size()];
            for (int t = 0; t < kl.length; t++) {
                kl[t] = PreferenceGame.kl(logPi, stored.get(t));
            }
            b.series("kl-to-last", kl);
        }
        return b.build();
    }
}
