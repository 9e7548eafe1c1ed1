package org.banach.plugins.optim.handbook;



import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.plugins.optim.gradient.Vectors;
import org.osgi.service.component.annotations.Component;

/**
 * Stochastic heavy ball in the iterate-moving-average form of Handbook Sec. 7 (Sebbouh, Gower &amp;
 * Defazio, COLT 2021): z_{t+1} = zₜ − η∇f_{Bₜ}(xₜ), x_{t+1} = λ_{t+1}/(λ_{t+1} + 1)·xₜ +
 * 1/(λ_{t+1} + 1)·z_{t+1}, z₀ = x₀, with λₜ = t/2. It is the heavy-ball update
 * x_{t+1} = xₜ − αₜ∇f_{Bₜ}(xₜ) + βₜ(xₜ − x_{t−1}) with αₜ = η/(1 + λ_{t+1}) = 2η/(t + 3) and
 * βₜ = λₜ/(1 + λ_{t+1}) = t/(t + 3). Default η = 1/(4L_b) (the Handbook's condition η ≤ 1/(4L_max) for b = 1),
 * for which the last iterate satisfies E[f(xₜ) − inf f] ≤ ‖x₀ − x*‖²/(η(t + 1)) + 2ησ*.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + HeavyBall.ID,
        SolverProperties.PROBLEM + "=" + FiniteSumObjective.FAMILY,
        SolverProperties.REFERENCE + "=Garrigos & Gower, arXiv 2301.11235, Sec. 7; Sebbouh, Gower & Defazio, COLT 2021",
        SolverProperties.DESCRIPTION + "=Stochastic heavy ball (iterate moving average) with the Handbook's parameters" })
public final class HeavyBall extends HandbookSolver<FiniteSumObjective> {

    public static final String ID = "optim.handbook.heavy-ball";

    public HeavyBall() {
        super(FiniteSumObjective.class, "full-gradient norm",
                ParameterSpec.real("step", 0, 0, 1e12, "eta; 0: the Handbook's 1/(4 L_b) from the problem's constants"),
                SgdSteps.BATCH_SIZE);
    }

    @Override
    double[] start(FiniteSumObjective problem) {
        return problem.start();
    }

    @Override
    String check(FiniteSumObjective problem, Settings settings) {
        if (problem.bounds().isPresent()) {
            return ID + " is unconstrained but problem '" + problem.name() + "' has bounds";
        }
        boolean known = Constants.batchSmoothness(problem, problem.components(), settings.intValue("batchSize")).isPresent();
        return settings.real("step") == 0 && !known ? Constants.missing(problem, "L_max", "step") : null;
    }

    @Override
    StepRun newRun(FiniteSumObjective problem, Settings settings, Monitor monitor) {
        int b = settings.intValue("batchSize");
        double eta = settings.real("step") > 0 ? settings.real("step")
                : 1 / (4 * Constants.batchSmoothness(problem, problem.components(), b).getAsDouble());
        return new Run(problem, settings, monitor, eta);
    }

    /** One run of the iterate-moving-average recursion. */
    private static final class Run extends StepRun {
        private final FiniteSumObjective f;
        private final BatchDraw draw;
        private final double eta;
        private final double[] g;
        private double[] z;

        Run(FiniteSumObjective f, Settings s, Monitor monitor, double eta) {
            super(f.dimension(), s, monitor, SgdRun.divideUp(f.components(), s.intValue("batchSize")));
            this.f = f;
            this.draw = new BatchDraw(f.components(), s.intValue("batchSize"), s.seed());
            this.eta = eta;
            this.g = new double[n];
        }

        @Override
        String step() {
            if (z == null) {
                z = x.clone();
            }
            int[] batch = draw.next();
            double fb = f.batchValueAndGradient(batch, x, g);
            monitor.count("component", batch.length);
            if (!Double.isFinite(fb) || !Vectors.allFinite(g)) {
                return "mini-batch objective or gradient is NaN/Inf at step " + (t + 1);
            }
            Vectors.step(z, -eta, g, z);
            double lambdaNext = (t + 1) / 2.0;
            double keep = lambdaNext / (lambdaNext + 1);
            for (int i = 0; i < n; i++) {
                x[i] = keep * x[i] + (1 - keep) * z[i];
            }
            return null;
        }

        @Override
        double evaluate(double[] point, double[] out) {
            monitor.count("f", 1);
            monitor.count("grad", 1);
            double[] full = new double[n];
            out[0] = f.valueAndGradient(point, full);
            return Vectors.norm(full);
        }

        @Override
        Certificate certificate(double measure, double tolerance) {
            return Certificate.of(Certificate.GRADIENT_NORM, measure, tolerance);
        }
    }

}
