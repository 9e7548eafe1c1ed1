package org.banach.plugins.games.saddle;

import java.util.HashMap;
import java.util.Map;

import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.backend.Backend;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.SaddlePoint;
import org.banach.runtime.cpu.CpuBackend;

/** Helpers of this package's tests. */
final class Saddles {

    private static final Backend CPU = new CpuBackend();

    private Saddles() {
    }

    /** A test monitor that hands out the CPU backend. */
    static TestMonitor monitor() {
        return new TestMonitor() {
            @Override
            public Backend backend() {
                return CPU;
            }
        };
    }

    static Result solve(Solver<SaddlePoint> solver, SaddlePoint problem, TestMonitor m, String... settings) {
        Map<String, String> given = new HashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            given.put(s.substring(0, eq), s.substring(eq + 1));
        }
        return solver.solve(problem, Settings.validate(solver.parameters(), given, 0L), m);
    }

    /**
     * x rounded to a permutation inside its support: the Hungarian method on the 0/1 costs
     * [x_ij &lt;= threshold]; null when every permutation uses an entry at most the threshold.
     */
    static int[] roundInSupport(AssignmentLp lp, double[] z, double threshold) {
        int n = lp.size();
        double[] outside = new double[n * n];
        for (int k = 0; k < outside.length; k++) {
            outside[k] = z[k] > threshold ? 0 : 1;
        }
        Hungarian h = Hungarian.solve(outside, n);
        return h.cost() == 0 ? h.assignment() : null;
    }

    /** Σ_i c_{i, p(i)}. */
    static double cost(AssignmentLp lp, int[] p) {
        int n = lp.size();
        double[] c = lp.costs();
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += c[i * n + p[i]];
        }
        return s;
    }
}
