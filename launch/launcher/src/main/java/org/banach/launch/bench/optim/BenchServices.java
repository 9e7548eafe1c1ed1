package org.banach.launch.bench.optim;

import java.util.Map;

import org.banach.api.Problem;
import org.banach.api.ProblemProvider;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.backend.Backend;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Service look-ups of the side-by-side benchmark: problems, solvers and the cpu backend from the embedded framework. */
public final class BenchServices {

    private BenchServices() {
    }

    static double norm(double[] g) {
        double s = 0;
        for (double v : g) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    public static Problem problem(BundleContext ctx, String id, Map<String, String> params) throws InvalidSyntaxException {
        for (ServiceReference<ProblemProvider> pr : ctx.getServiceReferences(ProblemProvider.class, null)) {
            ProblemProvider provider = ctx.getService(pr);
            if (provider != null && provider.problems().stream().anyMatch(d -> d.id().equals(id))) {
                return provider.create(id, params);
            }
        }
        throw new IllegalArgumentException("no problem provider offers '" + id + "'");
    }

    /** The solver service the runtime would pick: highest ranking, then lowest service id. */
    @SuppressWarnings("unchecked")
    public static Solver<Problem> solver(BundleContext ctx, String id) throws InvalidSyntaxException {
        Solver<?> best = null;
        ServiceReference<?> bestRef = null;
        for (ServiceReference<Solver> ref : ctx.getServiceReferences(Solver.class, "(" + SolverProperties.ID + "=" + id + ")")) {
            if (bestRef == null || ref.compareTo(bestRef) > 0) {
                bestRef = ref;
                best = ctx.getService(ref);
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("solver '" + id + "' is not installed");
        }
        return (Solver<Problem>) best;
    }

    public static Backend cpuBackend(BundleContext ctx) throws InvalidSyntaxException {
        for (ServiceReference<Backend> br : ctx.getServiceReferences(Backend.class, null)) {
            Backend b = ctx.getService(br);
            if (b != null && "cpu".equals(b.id())) {
                return b;
            }
        }
        return null;
    }
}
