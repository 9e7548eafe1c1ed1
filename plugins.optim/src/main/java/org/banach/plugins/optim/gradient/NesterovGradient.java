package org.banach.plugins.optim.gradient;



import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.SmoothObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Nesterov's accelerated gradient method. From the extrapolated point y_k:
 * x_{k+1} = y_k − ∇f(y_k)/L and y_{k+1} = x_{k+1} + β_k (x_{k+1} − x_k), with
 * β = (√κ − 1)/(√κ + 1), κ = L/μ, when the strong-convexity constant μ is given (Nesterov,
 * Introductory Lectures on Convex Optimization, 2004, scheme 2.2.19: linear rate 1 − 1/√κ), and the
 * FISTA sequence t_{k+1} = (1 + √(1 + 4t_k²))/2, β_k = (t_k − 1)/t_{k+1} otherwise (Beck &amp; Teboulle
 * 2009: rate O(1/k²)). When L is not given it is found by backtracking on the sufficient decrease
 * f(x_{k+1}) ≤ f(y_k) − ‖∇f(y_k)‖²/(2L) and allowed to shrink by {@code lipschitzDecrease} per step.
 * With {@code restart} the momentum is reset whenever ∇f(y_k)ᵀ(x_{k+1} − x_k) &gt; 0
 * (O'Donoghue &amp; Candès 2015, gradient restart), which keeps it robust on non-convex problems.
 *
 * <p>The iterate that is tested and returned is y_k, where the gradient is known: CONVERGED once
 * ‖∇f(y_k)‖₂ ≤ {@code tolerance}. One gradient per iteration, plus objective values when L is searched.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + NesterovGradient.ID,
        SolverProperties.PROBLEM + "=" + SmoothObjective.FAMILY,
        SolverProperties.REFERENCE + "=Nesterov, Introductory Lectures on Convex Optimization (2004), scheme 2.2.19;"
                + " Beck & Teboulle, SIAM J. Imaging Sci. 2 (2009); O'Donoghue & Candes, Found. Comput. Math. 15 (2015)",
        SolverProperties.DESCRIPTION + "=Nesterov accelerated gradient with Lipschitz backtracking and adaptive restart" })
public final class NesterovGradient extends UnconstrainedGradientSolver {

    public static final String ID = "optim.nesterov";

    public NesterovGradient() {
        super(ID, 100_000,
                ParameterSpec.real("lipschitz", 0, 0, Double.MAX_VALUE,
                        "Lipschitz constant L of the gradient; 0 = find it by backtracking"),
                ParameterSpec.real("strongConvexity", 0, 0, Double.MAX_VALUE,
                        "strong-convexity constant mu; > 0 uses the constant momentum (sqrt(L/mu)-1)/(sqrt(L/mu)+1)"),
                ParameterSpec.bool("restart", true, "reset the momentum when it points uphill (gradient restart)"),
                ParameterSpec.real("lipschitzDecrease", 0.9, 0.1, 1.0,
                        "factor applied to a searched L before each step (1 = never decrease)"));
    }

    @Override
    protected String checkSettings(Settings s) {
        double l = s.real("lipschitz");
        double mu = s.real("strongConvexity");
        if (l > 0 && mu > l) {
            return "strongConvexity = " + mu + " exceeds lipschitz = " + l + "; mu <= L for any smooth function";
        }
        return null;
    }

    @Override
    protected DescentRun newRun(SmoothObjective problem, Settings settings, Monitor monitor) {
        return new Run(problem, settings, monitor);
    }

    /** The state of one call. x (of DescentRun) holds y_k; {@code xPrev} holds x_k. */
    private static final class Run extends DescentRun {
        private static final int MAX_BACKTRACKS = 100;
        final boolean fixedL;
        final double mu;
        final boolean restart;
        final double decrease;
        double lipschitz;
        double t = 1;
        double[] xPrev;
        final double[] xNext;

        Run(SmoothObjective problem, Settings settings, Monitor monitor) {
            super(problem, settings, monitor);
            double l = settings.real("lipschitz");
            this.fixedL = l > 0;
            this.lipschitz = fixedL ? l : 1.0;
            this.mu = settings.real("strongConvexity");
            this.restart = settings.bool("restart");
            this.decrease = settings.real("lipschitzDecrease");
            this.xNext = new double[n];
        }

        @Override
        protected String step() {
            if (xPrev == null) {
                xPrev = x.clone();
                if (!fixedL) {
                    lipschitz = Math.max(gnorm, 1e-12); // a first guess with unit first step length
                }
            }
            if (!gradientStep()) {
                return "could not find a Lipschitz estimate giving sufficient decrease from f = " + f
                        + " (last L = " + lipschitz + "); the objective may not be smooth or finite here";
            }
            double beta;
            if (mu > 0) {
                double q = Math.sqrt(lipschitz / mu);
                beta = (q - 1) / (q + 1);
            } else {
                double tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
                beta = (t - 1) / tNext;
                t = tNext;
            }
            double uphill = 0;
            for (int i = 0; i < n; i++) {
                uphill += g[i] * (xNext[i] - xPrev[i]);
            }
            if (restart && uphill > 0) {
                beta = 0;
                t = 1;
            }
            for (int i = 0; i < n; i++) {
                xNew[i] = xNext[i] + beta * (xNext[i] - xPrev[i]);
            }
            System.arraycopy(xNext, 0, xPrev, 0, n);
            fNew = oracle.valueAndGradient(xNew, gNew);
            if (!Double.isFinite(fNew) || !Vectors.allFinite(gNew)) {
                // fall back to the plain gradient step, whose value is finite
                System.arraycopy(xNext, 0, xNew, 0, n);
                fNew = oracle.valueAndGradient(xNew, gNew);
                t = 1;
                if (!Double.isFinite(fNew) || !Vectors.allFinite(gNew)) {
                    return "objective or gradient became NaN/Inf at iteration " + (k + 1);
                }
            }
            return null;
        }

        /** x_{k+1} = y_k − ∇f(y_k)/L into {@code xNext}, searching L when it is not fixed. */
        private boolean gradientStep() {
            if (fixedL) {
                Vectors.step(x, -1.0 / lipschitz, g, xNext);
                return true;
            }
            lipschitz *= decrease;
            double gg = gnorm * gnorm;
            for (int b = 0; b < MAX_BACKTRACKS; b++) {
                Vectors.step(x, -1.0 / lipschitz, g, xNext);
                double fx = oracle.value(xNext);
                if (Double.isFinite(fx) && fx <= f - gg / (2 * lipschitz)) {
                    return true;
                }
                lipschitz *= 2;
            }
            return false;
        }
    }

}
