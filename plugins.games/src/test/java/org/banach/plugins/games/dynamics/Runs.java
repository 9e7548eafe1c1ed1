package org.banach.plugins.games.dynamics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.banach.api.Problem;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.TracePoint;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.DifferentiableGame;

/** Helpers of this package's tests. */
final class Runs {

    private Runs() {
    }

    static <P extends Problem> Result solve(Solver<P> solver, P problem, TestMonitor m, String... settings) {
        Map<String, String> given = new HashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            given.put(s.substring(0, eq), s.substring(eq + 1));
        }
        return solver.solve(problem, Settings.validate(solver.parameters(), given, 0L), m);
    }

    static DifferentiableGame bilinear(String... parameters) {
        Map<String, String> p = new HashMap<>();
        for (String s : parameters) {
            int eq = s.indexOf('=');
            p.put(s.substring(0, eq), s.substring(eq + 1));
        }
        return (DifferentiableGame) new DynamicsProblemProvider().create(BilinearGame.ID, p);
    }

    static List<TracePoint> trace(TestMonitor m) {
        return m.trace().stream().map(p -> new TracePoint(p.iteration(), 0, p.objective(), p.measure())).toList();
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
