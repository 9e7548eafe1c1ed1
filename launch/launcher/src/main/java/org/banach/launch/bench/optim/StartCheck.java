package org.banach.launch.bench.optim;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.banach.api.optim.SmoothObjective;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The check that the SciPy side computes the same functions as Java: at each problem's standard start,
 * n equal, f(x0) to {@link #TOLERANCE} relative and the whole gradient to {@link #TOLERANCE} relative in
 * the 2-norm (‖g_Java − g_Python‖₂ ≤ 10⁻¹²·‖g_Java‖₂). Problems that disagree are left out of the
 * comparison and printed as MISMATCH.
 */
final class StartCheck {

    static final double TOLERANCE = 1e-12;

    private StartCheck() {
    }

    /** n, f and ∇f at the standard start on the Java side. */
    record StartValue(int n, double f, double[] g) {
    }

    /** Java's start values, by SciPy key. */
    static Map<String, StartValue> javaValues(BundleContext ctx, List<OptimBenchmark.Case> cases)
            throws InvalidSyntaxException {
        Map<String, StartValue> m = new LinkedHashMap<>();
        for (OptimBenchmark.Case c : cases) {
            SmoothObjective p = (SmoothObjective) BenchServices.problem(ctx, c.problemId(), c.params());
            double[] x0 = p.start();
            double[] g = new double[x0.length];
            double f = p.valueAndGradient(x0.clone(), g);
            m.put(c.scipyKey(), new StartValue(x0.length, f, g));
        }
        return m;
    }

    /** ‖a − b‖₂ / ‖a‖₂ (0 when both are zero; NaN when the lengths differ or b is missing). */
    static double gradientDifference(double[] a, JsonNode b) {
        if (!b.isArray() || b.size() != a.length) {
            return Double.NaN;
        }
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            double e = a[i] - b.get(i).asDouble(Double.NaN);
            d += e * e;
        }
        double norm = BenchServices.norm(a);
        return d == 0 ? 0 : Math.sqrt(d) / norm;
    }

    static double relativeDifference(double a, double b) {
        if (a == b) {
            return 0;
        }
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }

    /** Whether the SciPy side's values {@code p} agree with Java's {@code j}. */
    static boolean agrees(StartValue j, JsonNode p) {
        return p.path("n").asInt() == j.n() && relativeDifference(j.f(), p.path("f0").asDouble(Double.NaN)) <= TOLERANCE
                && gradientDifference(j.g(), p.path("g0")) <= TOLERANCE;
    }

    /** Prints Java's f(x0) and the differences for every problem the SciPy side implements; returns the keys that agree. */
    static List<String> check(List<OptimBenchmark.Case> cases, Map<String, StartValue> java, JsonNode py, PrintStream out) {
        List<String> agreed = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (OptimBenchmark.Case c : cases) {
            JsonNode p = py.path(c.scipyKey());
            if (p.isMissingNode()) {
                continue;
            }
            StartValue j = java.get(c.scipyKey());
            boolean ok = agrees(j, p);
            if (ok) {
                agreed.add(c.scipyKey());
            }
            lines.add(String.format(Locale.ROOT, "    %-40s n=%-5d f(x0) = %-24.17g rel diff f %.1e, grad %.1e%s",
                    c.scipyKey(), j.n(), j.f(), relativeDifference(j.f(), p.path("f0").asDouble(Double.NaN)),
                    gradientDifference(j.g(), p.path("g0")), ok ? "" : "  MISMATCH (left out)"));
        }
        out.println("f(x0) and grad f(x0) at the standard start, Java against the SciPy side's port (must agree to 1e-12 relative):");
        lines.forEach(out::println);
        out.println("    SciPy side covers " + agreed.size() + " of " + cases.size() + " problems"
                + (agreed.size() < lines.size() ? " (" + (lines.size() - agreed.size()) + " mismatched)" : ""));
        return agreed;
    }
}
