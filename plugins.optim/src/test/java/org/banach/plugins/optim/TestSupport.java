package org.banach.plugins.optim;

import java.util.HashMap;
import java.util.Map;

import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.SmoothObjective;

/** Helpers shared by this module's tests. */
public final class TestSupport {

    private TestSupport() {
    }

    /** Solves {@code p} with {@code solver}, given settings as name=value pairs. */
    public static Result solve(Solver<SmoothObjective> solver, SmoothObjective p, String... settings) {
        return solve(solver, p, new TestMonitor(), settings);
    }

    public static Result solve(Solver<SmoothObjective> solver, SmoothObjective p, Monitor m, String... settings) {
        Map<String, String> given = new HashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            given.put(s.substring(0, eq), s.substring(eq + 1));
        }
        return solver.solve(p, Settings.validate(solver.parameters(), given, 0L), m);
    }

    /** ‖∇f(x)‖₂ recomputed from the problem, as the runtime's verifier does. */
    public static double gradientNorm(SmoothObjective p, double[] x) {
        double[] g = new double[p.dimension()];
        p.valueAndGradient(x, g);
        double s = 0;
        for (double v : g) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /**
     * Largest central-difference error of the gradient at x, relative to max(1, ‖∇f(x)‖∞). Each
     * component takes the best of the steps h = 10⁻³…10⁻⁹·max(1, |x_i|): a correct gradient matches
     * at some step (truncation error falls with h, cancellation error grows), a wrong one at none.
     */
    public static double gradientError(SmoothObjective p, double[] x) {
        int n = x.length;
        double[] g = new double[n];
        p.valueAndGradient(x, g);
        double scale = 1;
        for (double v : g) {
            scale = Math.max(scale, Math.abs(v));
        }
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int e = 3; e <= 9; e++) {
                double h = Math.pow(10, -e) * Math.max(1, Math.abs(x[i]));
                double[] xp = x.clone();
                double[] xm = x.clone();
                xp[i] += h;
                xm[i] -= h;
                double fd = (p.value(xp) - p.value(xm)) / (xp[i] - xm[i]);
                best = Math.min(best, Math.abs(fd - g[i]) / scale);
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }
}
