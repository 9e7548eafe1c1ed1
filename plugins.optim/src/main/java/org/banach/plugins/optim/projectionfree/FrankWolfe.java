package org.banach.plugins.optim.projectionfree;

import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.optim.ConvexSetObjective;
import org.banach.plugins.optim.gradient.CountingOracle;
import org.banach.plugins.optim.gradient.RunSupport;
import org.osgi.service.component.annotations.Component;

/**
 * Frank–Wolfe (conditional gradient) with the open-loop step γ_t = 2/(t+2): no line search and no
 * smoothness constant (Frank &amp; Wolfe 1956; Jaggi, ICML 2013, O(1/t) for L-smooth f). With
 * {@code step=monotonic} (the default) the step is halved until the new point lies in the domain of f
 * and does not increase it — the "simple steps" of Carderera, Besançon &amp; Pokutta, <i>Simple steps are
 * all you need: Frank–Wolfe and generalized self-concordant functions</i>, NeurIPS 2021, which keeps the
 * O(1/t) rate for generalized self-concordant objectives such as log-barriers (portfolio, D-optimal
 * design) that are not globally smooth. CONVERGED once the Frank–Wolfe gap ⟨∇f(x), x − s⟩ ≤
 * {@code tolerance}; the gap is the claimed {@code duality-gap} certificate and bounds f(x) − f*.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + FrankWolfe.ID,
        SolverProperties.PROBLEM + "=" + ConvexSetObjective.FAMILY,
        SolverProperties.REFERENCE + "=Frank & Wolfe, Naval Res. Logist. Q. 3 (1956); Carderera, Besancon & Pokutta,"
                + " NeurIPS 2021 (monotonic simple steps for generalized self-concordant functions)",
        SolverProperties.DESCRIPTION + "=Frank-Wolfe with the 2/(t+2) step, projection-free over an LMO" })
public final class FrankWolfe implements Solver<ConvexSetObjective> {

    public static final String ID = "optim.frank-wolfe";
    /** Counter name for linear minimisation oracle calls. */
    public static final String LMO = "lmo";
    private static final int MAX_HALVINGS = 60;

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("maxIterations", 100_000, 0, Integer.MAX_VALUE,
                    "most iterations before stopping with ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-6, 0, Double.MAX_VALUE,
                    "stop with CONVERGED once the Frank-Wolfe gap <grad f(x), x - s> is at most this"),
            ParameterSpec.choice("step", "monotonic", List.of("monotonic", "open-loop"),
                    "2/(t+2), halved until f is finite and does not increase (monotonic), or taken as is (open-loop)"));

    @Override
    public Class<ConvexSetObjective> problemType() {
        return ConvexSetObjective.class;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Result solve(ConvexSetObjective problem, Settings settings, Monitor monitor) {
        int n = problem.dimension();
        double[] x = problem.start();
        if (x.length != n) {
            return RunSupport.invalid("start point has " + x.length + " entries but the problem has dimension " + n);
        }
        int maxIterations = settings.intValue("maxIterations");
        double tolerance = settings.real("tolerance");
        boolean monotonic = "monotonic".equals(settings.string("step"));
        CountingOracle oracle = new CountingOracle(problem, monitor);
        double[] g = new double[n];
        double[] s = new double[n];
        double[] trial = new double[n];
        double f = oracle.valueAndGradient(x, g);
        if (!Double.isFinite(f)) {
            return result(Status.INVALID_INPUT, "the start point is outside the domain of f (f = " + f + ")", x, f,
                    Double.NaN, tolerance, 0, oracle);
        }
        for (long t = 0;; t++) {
            problem.linearMinimizer(g, s);
            monitor.count(LMO, 1);
            double gap = 0;
            for (int i = 0; i < n; i++) {
                gap += g[i] * (x[i] - s[i]);
            }
            if (!Double.isFinite(gap)) {
                return result(Status.NUMERICAL_ERROR, "the gradient became NaN/Inf at iteration " + t, x, f, gap,
                        tolerance, t, oracle);
            }
            monitor.iteration(t, f, gap);
            if (gap <= tolerance) {
                return result(Status.CONVERGED, null, x, f, gap, tolerance, t, oracle);
            }
            if (monitor.stopRequested()) {
                Status why = RunSupport.stopStatus(monitor);
                return result(why, "stopped (" + why + ") after iteration " + t, x, f, gap, tolerance, t, oracle);
            }
            if (t >= maxIterations) {
                return result(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations + " with gap " + gap,
                        x, f, gap, tolerance, t, oracle);
            }
            double gamma = 2.0 / (t + 2);
            double fNew = Double.NaN;
            boolean accepted = false;
            for (int h = 0; h <= MAX_HALVINGS && !accepted; h++) {
                for (int i = 0; i < n; i++) {
                    trial[i] = x[i] + gamma * (s[i] - x[i]);
                }
                fNew = oracle.value(trial);
                accepted = !monotonic || (Double.isFinite(fNew) && fNew <= f);
                gamma /= 2;
            }
            if (!accepted || !Double.isFinite(fNew)) {
                return result(Status.NUMERICAL_ERROR, "no step along the Frank-Wolfe direction keeps f finite and non-increasing at iteration "
                        + (t + 1), x, f, gap, tolerance, t, oracle);
            }
            System.arraycopy(trial, 0, x, 0, n);
            f = oracle.valueAndGradient(x, g);
        }
    }

    private static Result result(Status status, String message, double[] x, double f, double gap, double tolerance,
            long iterations, CountingOracle oracle) {
        return Result.builder(status).message(message).solution(x).objective(f).iterations(iterations)
                .evaluations(oracle.valueCalls())
                .certificate(Certificate.of(Certificate.DUALITY_GAP, gap, tolerance)).build();
    }
}
