package org.banach.plugins.optim.stochastic;

import java.util.HashMap;
import java.util.Map;

import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.backend.Backend;
import org.banach.api.optim.FiniteSumObjective;

/** Helpers for this package's tests. */
final class Runs {

    private Runs() {
    }

    /** Solves with settings given as name=value pairs and seed {@code seed}. */
    static Result solve(StochasticSolver s, FiniteSumObjective p, long seed, Monitor m, String... settings) {
        Map<String, String> given = new HashMap<>();
        for (String kv : settings) {
            int eq = kv.indexOf('=');
            given.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return s.solve(p, Settings.validate(s.parameters(), given, seed), m);
    }

    /** ‖∇f(x)‖₂ recomputed from the problem. */
    static double gradientNorm(FiniteSumObjective p, double[] x) {
        double[] g = new double[p.dimension()];
        p.valueAndGradient(x, g);
        double s = 0;
        for (double v : g) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** A monitor that keeps nothing (for runs of millions of iterations). */
    static final class QuietMonitor implements Monitor {
        @Override
        public void iteration(long iteration, double objective, double measure) {
        }

        @Override
        public void count(String oracle, long n) {
        }

        @Override
        public boolean stopRequested() {
            return false;
        }

        @Override
        public Status stopReason() {
            return null;
        }

        @Override
        public Backend backend() {
            return null;
        }
    }

    /** Least-squares slope of log y against log x. */
    static double logLogSlope(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(x[i]) / n;
            my += Math.log(y[i]) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(x[i]) - mx;
            sxy += dx * (Math.log(y[i]) - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }
}
