package org.banach.plugins.optim.handbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.banach.api.Monitor;
import org.banach.api.Problem;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.plugins.optim.problems.composite.CompositeProblemProvider;
import org.banach.plugins.optim.problems.composite.Lasso;
import org.banach.plugins.optim.problems.composite.SpectralLeastSquares;

/** What the theorem tests share: runs with settings as name=value pairs, problems, vector algebra. */
final class Theorems {

    private Theorems() {
    }

    static <P extends Problem> Result solve(Solver<P> solver, P p, Monitor m, long seed, String... settings) {
        Map<String, String> given = new HashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            given.put(s.substring(0, eq), s.substring(eq + 1));
        }
        return solver.solve(p, Settings.validate(solver.parameters(), given, seed), m);
    }

    static SpectralLeastSquares leastSquares(String... parameters) {
        return (SpectralLeastSquares) new CompositeProblemProvider().create(CompositeProblemProvider.PL_LEAST_SQUARES,
                params(parameters));
    }

    static Lasso lasso(String... parameters) {
        return (Lasso) new CompositeProblemProvider().create(Lasso.ID, params(parameters));
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (String s : kv) {
            int eq = s.indexOf('=');
            m.put(s.substring(0, eq), s.substring(eq + 1));
        }
        return m;
    }

    static double distanceSquared(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }

    /** σ² = (1/N) Σᵢ ‖∇fᵢ(x*) − ∇f(x*)‖²: the gradient noise at x* (= (1/N) Σ‖∇fᵢ(x*)‖² when ∇f(x*) = 0). */
    static double noiseAt(FiniteSumObjective f, double[] xStar) {
        int d = f.dimension();
        double[] full = new double[d];
        f.valueAndGradient(xStar, full);
        double[] g = new double[d];
        double s = 0;
        for (int i = 0; i < f.components(); i++) {
            f.componentValueAndGradient(i, xStar, g);
            s += distanceSquared(g, full);
        }
        return s / f.components();
    }

    /** The trace's (iteration, objective) pairs. */
    static List<double[]> objectives(TestMonitor m) {
        List<double[]> out = new ArrayList<>();
        for (TestMonitor.Point p : m.trace()) {
            out.add(new double[] {p.iteration(), p.objective()});
        }
        return out;
    }
}
