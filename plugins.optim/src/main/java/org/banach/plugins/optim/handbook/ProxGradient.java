package org.banach.plugins.optim.handbook;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.CompositeObjective;
import org.banach.plugins.optim.gradient.Vectors;
import org.osgi.service.component.annotations.Component;

/**
 * Proximal gradient descent (ISTA for the Lasso; Handbook Sec. 10): x_{t+1} = prox_{γg}(xₜ − γ∇f(xₜ))
 * with the Handbook's step γ = 1/L by default (its theorems hold for 0 &lt; γ ≤ 1/L:
 * F(xₜ) − inf F ≤ ‖x₀ − x*‖²/(2γt) for convex f, ‖xₜ − x*‖² ≤ (1 − γμ)ᵗ‖x₀ − x*‖² for μ-strongly
 * convex f). Counters: {@code grad} and {@code prox} per step, {@code f} per report.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + ProxGradient.ID,
        SolverProperties.PROBLEM + "=" + CompositeObjective.FAMILY,
        SolverProperties.REFERENCE + "=Garrigos & Gower, arXiv 2301.11235, Sec. 10; Combettes & Wajs, MMS 4 (2005)",
        SolverProperties.DESCRIPTION + "=Proximal gradient descent with the Handbook's step 1/L" })
public final class ProxGradient extends HandbookSolver<CompositeObjective> {

    public static final String ID = "optim.handbook.prox-gd";

    public ProxGradient() {
        super(CompositeObjective.class, "gradient-mapping norm",
                ParameterSpec.real("step", 0, 0, 1e12, "step gamma; 0: the Handbook's 1/L from the problem's constants"));
    }

    @Override
    double[] start(CompositeObjective problem) {
        return problem.start();
    }

    @Override
    String check(CompositeObjective problem, Settings settings) {
        return settings.real("step") == 0 && Constants.smoothness(problem).isEmpty()
                ? Constants.missing(problem, "L", "step") : null;
    }

    @Override
    StepRun newRun(CompositeObjective problem, Settings settings, Monitor monitor) {
        double gamma = settings.real("step") > 0 ? settings.real("step") : 1 / Constants.smoothness(problem).getAsDouble();
        return new StepRun(problem.dimension(), settings, monitor, 1) {
            private final double[] g = new double[n];

            @Override
            String step() {
                double f = problem.smoothPart().valueAndGradient(x, g);
                monitor.count("grad", 1);
                if (!Double.isFinite(f) || !Vectors.allFinite(g)) {
                    return "objective or gradient is NaN/Inf at step " + (t + 1);
                }
                Vectors.step(x, -gamma, g, x);
                problem.prox(x, gamma, x);
                monitor.count("prox", 1);
                return null;
            }

            @Override
            double evaluate(double[] point, double[] out) {
                monitor.count("f", 1);
                out[0] = problem.value(point);
                return Mapping.norm(problem, point);
            }

            @Override
            Certificate certificate(double measure, double tolerance) {
                return Certificate.of(CompositeObjective.PROX_GRADIENT_MAPPING, measure, tolerance);
            }
        };
    }
}
