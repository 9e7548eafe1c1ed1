package org.banach.plugins.optim.handbook;

import java.util.List;
import java.util.OptionalDouble;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.NonsmoothObjective;
import org.banach.plugins.optim.gradient.Vectors;
import org.osgi.service.component.annotations.Component;

/**
 * The subgradient method (Handbook Sec. 9; Shor 1962): x_{t+1} = xₜ − γₜ sₜ with sₜ ∈ ∂f(xₜ) from the
 * oracle and γₜ = γ/√(t + 1) ({@code inverse-sqrt}, default) or γ ({@code constant}). Its output is the
 * step-weighted average x̄_T = Σ_{t&lt;T} γₜxₜ / Σ_{t&lt;T} γₜ, the point of the Handbook's theorem: for
 * convex f with subgradients bounded by G, f(x̄_T) − inf f ≤ (‖x₀ − x*‖² + G²Σγₜ²)/(2Σγₜ), which is
 * O(log T/√T) for γ/√(t+1) and ‖x₀ − x*‖G/√T for the constant γ = ‖x₀ − x*‖/(G√T). Default γ = 1/G
 * from the problem's constant. For μ-strongly convex f, {@code strongly-convex} takes γₜ = 2/(μ(t + 2))
 * and outputs x̄_T = Σ_{t&lt;T} (t + 1)xₜ / Σ_{t&lt;T} (t + 1), for which f(x̄_T) − inf f ≤ 2G²/(μ(T + 1))
 * (Lacoste-Julien, Schmidt &amp; Bach, arXiv 1212.2002; μ from the problem, {@code step} unused). The measure is the optimality gap f(x̄) − f* when the problem publishes
 * f* (else NaN: the run then ends at maxIterations). Counters: {@code subgrad} per step, {@code f} per report.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + SubgradientMethod.ID,
        SolverProperties.PROBLEM + "=" + NonsmoothObjective.FAMILY,
        SolverProperties.REFERENCE + "=Garrigos & Gower, arXiv 2301.11235, Sec. 9; Shor (1962)",
        SolverProperties.DESCRIPTION + "=Subgradient method with the Handbook's steps, step-weighted average output" })
public final class SubgradientMethod extends HandbookSolver<NonsmoothObjective> {

    public static final String ID = "optim.handbook.subgradient";

    private static final String STRONGLY_CONVEX = "strongly-convex";

    public SubgradientMethod() {
        super(NonsmoothObjective.class, "optimality gap f(average) - f* (problems that publish f*)",
                ParameterSpec.real("step", 0, 0, 1e12, "gamma; 0: 1/G from the problem's subgradient bound G"),
                ParameterSpec.choice("stepRule", "inverse-sqrt", List.of("inverse-sqrt", "constant", STRONGLY_CONVEX),
                        "gamma_t = gamma/sqrt(t+1), gamma, or 2/(mu(t+2)) with (t+1)-weighted averaging"));
    }

    @Override
    double[] start(NonsmoothObjective problem) {
        return problem.start();
    }

    @Override
    String check(NonsmoothObjective problem, Settings settings) {
        if (STRONGLY_CONVEX.equals(settings.string("stepRule"))) {
            return Constants.strongConvexity(problem).isEmpty() ? "stepRule=strongly-convex needs the strong convexity"
                    + " constant mu, which problem '" + problem.name() + "' does not publish" : null;
        }
        return settings.real("step") == 0 && Constants.lipschitz(problem).isEmpty()
                ? Constants.missing(problem, "a subgradient bound G", "step") : null;
    }

    @Override
    StepRun newRun(NonsmoothObjective problem, Settings settings, Monitor monitor) {
        String rule = settings.string("stepRule");
        boolean strong = STRONGLY_CONVEX.equals(rule);
        double mu = strong ? Constants.strongConvexity(problem).getAsDouble() : Double.NaN;
        double gamma = strong || settings.real("step") > 0 ? settings.real("step")
                : 1 / Constants.lipschitz(problem).getAsDouble();
        boolean decreasing = "inverse-sqrt".equals(rule);
        OptionalDouble optimum = problem.knownOptimalValue();
        return new StepRun(problem.dimension(), settings, monitor, 1) {
            private final double[] s = new double[n];
            private double[] sum;
            private double weights;

            @Override
            String step() {
                if (sum == null) {
                    sum = new double[n];
                }
                double f = problem.valueAndSubgradient(x, s);
                monitor.count("subgrad", 1);
                if (!Double.isFinite(f) || !Vectors.allFinite(s)) {
                    return "objective or subgradient is NaN/Inf at step " + (t + 1);
                }
                double step = strong ? 2 / (mu * (t + 2)) : decreasing ? gamma / Math.sqrt(t + 1) : gamma;
                double weight = strong ? t + 1 : step;
                Vectors.step(sum, weight, x, sum);
                weights += weight;
                Vectors.step(x, -step, s, x);
                return null;
            }

            @Override
            double[] output() {
                if (weights == 0) {
                    return x;
                }
                double[] average = new double[n];
                Vectors.step(average, 1 / weights, sum, average);
                return average;
            }

            @Override
            double evaluate(double[] point, double[] out) {
                monitor.count("f", 1);
                out[0] = problem.value(point);
                return optimum.isPresent() ? out[0] - optimum.getAsDouble() : Double.NaN;
            }

            @Override
            Certificate certificate(double measure, double tolerance) {
                return Certificate.of(NonsmoothObjective.OPTIMALITY_GAP, measure, tolerance);
            }
        };
    }
}
