package org.banach.plugins.optim.constrained;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.optim.EqualityConstrainedProblem;
import org.banach.plugins.optim.gradient.RunSupport;
import org.banach.plugins.optim.numerics.Cholesky;

/**
 * One call of {@link EalSketch}. Per iteration k at (x, λ):
 * <ol>
 * <li>H = ∇²ₓₓL(x, λ) column by column from n Hessian-vector products. Regularisation: with Z an
 * orthonormal basis of null(J), B = H + δI with the smallest δ ∈ {0, 10⁻⁴s, 10⁻³s, …} (s = max(1, max|Hᵢⱼ|))
 * for which ZᵀBZ has a Cholesky factor with pivots above 10⁻⁸s, refined by bisection to 0.1% (a shift
 * δ* just past −λ_min(ZᵀHZ)), then doubled: δ = 2δ* gives ZᵀBZ the least eigenvalue ≈ |λ_min(ZᵀHZ)|
 * instead of a nearly singular one (whose huge steps the line search would cut to nothing); then the KKT matrix is nonsingular
 * for J of full rank and Δx is a descent direction for the Lagrangian on null(J).</li>
 * <li>[Δx; Δλ] from sketch-and-project on [[B, Jᵀ], [J, 0]] d = −[∇ₓL; c] until the residual is at most
 * γ_k‖[∇ₓL; c]‖.</li>
 * <li>The merit slope is affine in the penalties: ∇L_{μ,ν}ᵀd = a + μ·b_μ + ν·b_ν with a = ∇ₓLᵀΔx + cᵀΔλ,
 * b_μ = cᵀJΔx, b_ν = ∇ₓLᵀ(HΔx + JᵀΔλ) (H unregularised, so this is the exact merit gradient). ν is fixed;
 * while the slope exceeds −η(ν‖∇ₓL‖² + ‖c‖²) and b_μ &lt; 0, μ is multiplied by ρ (an exact Newton step has
 * b_μ = −‖c‖², and the cross terms of a are absorbed by μ ≳ C/ν). When raising μ cannot help (b_μ ≥ 0), the
 * sketch accuracy γ is tightened
 * ten-fold and the solve continues from the current d. Safeguard, not in the paper: when γ reaches 10⁻¹²
 * or the sketch solver hits its cap after a tightening, the step is the steepest descent of L_{μ,ν}.</li>
 * <li>Armijo backtracking on L_{μ,ν} from α = 1, halving. Safeguard for rounding: when α|slope| is below
 * 10⁻¹³(1 + |L_{μ,ν}|), a trial is also accepted if it reduces ‖[∇ₓL; c]‖.</li>
 * </ol>
 * λ₀ are the least-squares multipliers at x₀. Stops: KKT residual (as the runtime computes it) ≤
 * tolerance; iteration limit; stop request; INFEASIBLE when ‖c‖ &gt; infeasibilityTolerance and either
 * ‖Jᵀc‖ ≤ 10⁻⁸‖J‖_F‖c‖ (a stationary point of ‖c‖²) or the best ‖c‖ has not fallen by 1% for
 * stallWindow iterations with ‖Jᵀc‖ ≤ 10⁻⁴‖J‖_F‖c‖ (such a stall elsewhere is NUMERICAL_ERROR: stuck, not
 * shown infeasible); NUMERICAL_ERROR for non-finite values or a failed line search.
 */
final class EalRun {

    private static final int MAX_BACKTRACKS = 60;
    private static final double MIN_GAMMA = 1e-12;
    private static final double MAX_PENALTY = 1e20;

    private final EqualityConstrainedProblem problem;
    private final Monitor monitor;
    private final int n;
    private final int m;
    private final int dim;
    private final boolean exact;
    private final int maxIterations;
    private final double tolerance;
    private final double rho;
    private final double eta;
    private final double armijo;
    private final boolean sharpening;
    private final double gamma0;
    private final double theta;
    private final double infeasibilityTolerance;
    private final int stallWindow;
    private final SketchAndProject sketch;
    private final Deque<String> recentSteps = new ArrayDeque<>();
    private double mu;
    private double nu;
    private KktPoint p;
    private Dense.Basis basis;
    private double kkt;
    private long k;
    private long unitSteps;
    private long evaluations;
    private double maxDelta;
    private String stuck;

    EalRun(EqualityConstrainedProblem problem, Settings s, Monitor monitor) {
        this.problem = problem;
        this.monitor = monitor;
        this.n = problem.dimension();
        this.m = problem.constraintCount();
        this.dim = n + m;
        String h = s.string("hessian");
        this.exact = "exact".equals(h) || ("auto".equals(h) && problem.hasLagrangianHessianVector());
        this.maxIterations = s.intValue("maxIterations");
        this.tolerance = s.real("tolerance");
        this.mu = s.real("initialMu");
        this.nu = s.real("nu");
        this.rho = s.real("penaltyFactor");
        this.eta = s.real("descent");
        this.armijo = s.real("armijo");
        this.sharpening = "sharpening".equals(s.string("accuracy"));
        this.gamma0 = s.real("gamma0");
        this.theta = s.real("theta");
        this.infeasibilityTolerance = s.real("infeasibilityTolerance");
        this.stallWindow = s.intValue("stallWindow");
        int size = s.intValue("sketchSize");
        this.sketch = new SketchAndProject(s.seed(), size == 0 ? (dim + 1) / 2 : size, s.intValue("maxSketchIterations"));
    }

    Result run() {
        KktPoint start = evaluate(problem.start(), new double[m]);
        if (!start.finite()) {
            return Result.builder(Status.NUMERICAL_ERROR)
                    .message("objective, gradient, constraints or Jacobian of '" + problem.name()
                            + "' are not finite at the starting point (iteration 0, f = " + start.f + ")")
                    .solution(start.x).objective(start.f).evaluations(evaluations).build();
        }
        basis = Dense.bases(start.jac, m, n);
        p = start.withMultipliers(Dense.leastSquaresMultipliers(start.jac, m, n, start.g));
        kkt = p.kktResidual(basis);
        monitor.iteration(0, p.f, kkt);
        double bestC = p.constraintNorm();
        long bestAt = 0;
        while (true) {
            if (kkt <= tolerance) {
                return result(Status.CONVERGED, "KKT residual " + fmt(kkt) + " <= " + fmt(tolerance));
            }
            if (k >= maxIterations) {
                return result(Status.ITERATION_LIMIT, "iteration limit " + maxIterations + " reached with KKT residual "
                        + fmt(kkt) + " > " + fmt(tolerance));
            }
            if (monitor.stopRequested()) {
                return result(RunSupport.stopStatus(monitor), "stopped at iteration " + k + ", KKT residual " + fmt(kkt));
            }
            String infeasible = infeasibility(k - bestAt, bestC);
            if (infeasible != null) {
                return result(Status.INFEASIBLE, infeasible);
            }
            if (stuck != null) {
                return result(Status.NUMERICAL_ERROR, stuck);
            }
            Result failure = iterate();
            if (failure != null) {
                return failure;
            }
            k++;
            kkt = p.kktResidual(basis);
            monitor.iteration(k, p.f, kkt);
            if (p.constraintNorm() < 0.99 * bestC) {
                bestC = p.constraintNorm();
                bestAt = k;
            }
        }
    }

    private String infeasibility(long sinceBest, double bestC) {
        double cn = p.constraintNorm();
        if (!(cn > infeasibilityTolerance)) {
            return null;
        }
        double[] jtc = new double[n];
        Dense.multiplyTransposed(p.jac, m, n, p.c, jtc);
        double jf = Dense.norm(p.jac);
        if (Dense.norm(jtc) <= 1e-8 * jf * cn) {
            return "constraints appear inconsistent: ||c|| = " + fmt(cn) + " at a stationary point of ||c||^2 (||J^T c|| = "
                    + fmt(Dense.norm(jtc)) + ") at iteration " + k;
        }
        if (sinceBest >= stallWindow) {
            double ratio = Dense.norm(jtc) / (jf * cn);
            String stalled = "constraint violation stalled far from zero: the best ||c|| = " + fmt(bestC)
                    + " has not fallen by 1% in " + sinceBest + " iterations (now " + fmt(cn) + ", ||J^T c||/(||J|| ||c||) = "
                    + fmt(ratio) + ")";
            if (ratio <= 1e-4) {
                return stalled + "; near a stationary point of ||c||^2: the constraints appear inconsistent";
            }
            stuck = stalled + "; ||c||^2 is not stationary, so the method is stuck rather than the problem shown "
                    + "infeasible (try another nu or seed)";
        }
        return null;
    }

    /** One Newton iteration; null on success, else the result to return. */
    private Result iterate() {
        double[] h = p.lagrangianHessian(problem, exact, monitor);
        if (!exact) {
            evaluations += n; // the forward differences evaluated the oracles n times
        }
        if (!Dense.allFinite(h)) {
            return result(Status.NUMERICAL_ERROR, "the Lagrangian Hessian is not finite at iteration " + k);
        }
        double r = p.pairResidual();
        // Penalty-free part, μ part and ν part of the merit gradient (H unregularised).
        double[] aPart = concat(p.gradL, p.c);
        double[] muPart = new double[dim];
        Dense.multiplyTransposed(p.jac, m, n, p.c, muPart);
        double[] nuPart = new double[dim];
        double[] hg = new double[n];
        Dense.multiply(h, n, n, p.gradL, hg);
        double[] jg = new double[m];
        Dense.multiply(p.jac, m, n, p.gradL, jg);
        System.arraycopy(hg, 0, nuPart, 0, n);
        System.arraycopy(jg, 0, nuPart, n, m);

        double[] matrix = kktMatrix(h, regularisation(h));
        double[] rhs = concat(p.gradL, p.c);
        for (int i = 0; i < dim; i++) {
            rhs[i] = -rhs[i];
        }
        double gamma = sharpening ? Math.min(gamma0, Math.pow(r, theta)) : gamma0;
        double[] d = new double[dim];
        boolean solved = sketch.solve(matrix, dim, rhs, d, gamma * r, monitor);
        double cn = p.constraintNorm();
        double target = -eta * (nu * Dense.dot(p.gradL, p.gradL) + cn * cn);
        double slope;
        boolean steepest = false;
        while (true) {
            double a = Dense.dot(aPart, d);
            double bm = Dense.dot(muPart, d);
            double bn = Dense.dot(nuPart, d);
            slope = a + mu * bm + nu * bn;
            while (slope > target && bm < 0 && mu < MAX_PENALTY) {
                mu *= rho;
                monitor.count("penalty", 1);
                slope = a + mu * bm + nu * bn;
            }
            if (slope <= target && Double.isFinite(slope)) {
                break;
            }
            if (gamma > MIN_GAMMA && solved) {
                gamma /= 10;
                solved = sketch.solve(matrix, dim, rhs, d, gamma * r, monitor);
                continue;
            }
            // Safeguard: steepest descent on the merit.
            steepest = true;
            monitor.count("steepest", 1);
            slope = 0;
            for (int i = 0; i < dim; i++) {
                d[i] = -(aPart[i] + mu * muPart[i] + nu * nuPart[i]);
                slope -= d[i] * d[i];
            }
            break;
        }
        return lineSearch(d, slope, r, steepest);
    }

    private Result lineSearch(double[] d, double slope, double r, boolean steepest) {
        double phi = p.merit(mu, nu);
        double alpha = 1;
        for (int b = 0; b < MAX_BACKTRACKS; b++) {
            double[] x = p.x.clone();
            double[] lambda = p.lambda.clone();
            for (int i = 0; i < n; i++) {
                x[i] += alpha * d[i];
            }
            for (int i = 0; i < m; i++) {
                lambda[i] += alpha * d[n + i];
            }
            KktPoint q = evaluate(x, lambda);
            if (q.finite()) {
                double phiNew = q.merit(mu, nu);
                boolean armijoHolds = phiNew <= phi + armijo * alpha * slope;
                boolean belowRounding = alpha * -slope <= 1e-13 * (1 + Math.abs(phi)) && q.pairResidual() < r;
                if (armijoHolds || belowRounding) {
                    accept(q, alpha, steepest);
                    return null;
                }
            }
            alpha *= 0.5;
        }
        String what = "the line search on the exact augmented Lagrangian found no decrease at iteration " + k
                + " (mu = " + fmt(mu) + ", nu = " + fmt(nu) + ", ||c|| = " + fmt(p.constraintNorm())
                + ", KKT residual " + fmt(kkt) + ")";
        if (p.constraintNorm() > infeasibilityTolerance && violationStationarity() <= 1e-4) {
            return result(Status.INFEASIBLE, what + "; the constraint violation stalls far from zero at a near-stationary "
                    + "point of ||c||^2: the constraints appear inconsistent");
        }
        return result(Status.NUMERICAL_ERROR, what + "; rounding error near a solution or a non-smooth problem");
    }

    private void accept(KktPoint q, double alpha, boolean steepest) {
        p = q;
        basis = Dense.bases(q.jac, m, n);
        if (alpha == 1 && !steepest) {
            unitSteps++;
            monitor.count(EalSketch.UNIT_STEP, 1);
        }
        recentSteps.addLast((steepest ? "sd:" : "") + fmt(alpha));
        if (recentSteps.size() > 5) {
            recentSteps.removeFirst();
        }
    }

    /** ‖Jᵀc‖/(‖J‖_F‖c‖) at the current point: 0 at a stationary point of ‖c‖². */
    private double violationStationarity() {
        double[] jtc = new double[n];
        Dense.multiplyTransposed(p.jac, m, n, p.c, jtc);
        return Dense.norm(jtc) / (Dense.norm(p.jac) * p.constraintNorm());
    }

    /** δ ≥ 0 making Zᵀ(H + δI)Z positive definite (see the class comment). */
    private double regularisation(double[] h) {
        int red = n - basis.rank();
        if (red == 0) {
            return 0;
        }
        double scale = 1;
        for (double v : h) {
            scale = Math.max(scale, Math.abs(v));
        }
        double[] zhz = basis.reduced(h);
        double minPivot = 1e-8 * scale;
        if (positiveDefinite(zhz, red, 0, minPivot)) {
            return 0;
        }
        double hi = 1e-4 * scale;
        while (!positiveDefinite(zhz, red, hi, minPivot) && hi < 1e20 * scale) {
            hi *= 10;
        }
        double lo = hi / 10;
        for (int t = 0; t < 20 && hi > 1e-4 * scale && hi - lo > 1e-3 * hi; t++) {
            double mid = 0.5 * (lo + hi);
            if (positiveDefinite(zhz, red, mid, minPivot)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        // hi ≈ −λ_min(ZᵀHZ); doubling it mirrors the most negative reduced curvature to +|λ_min|, so the
        // step is not blown up along a nearly singular direction of ZᵀBZ.
        double delta = 2 * hi;
        if (delta > 0) {
            monitor.count("regularised", 1);
            maxDelta = Math.max(maxDelta, delta);
        }
        return delta;
    }

    private static boolean positiveDefinite(double[] a, int k, double shift, double minPivot) {
        double[] f = a.clone();
        for (int i = 0; i < k; i++) {
            f[i * k + i] += shift;
        }
        return Cholesky.factor(f, k, minPivot);
    }

    private double[] kktMatrix(double[] h, double delta) {
        double[] a = new double[dim * dim];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * dim + j] = h[i * n + j] + (i == j ? delta : 0);
            }
        }
        for (int r = 0; r < m; r++) {
            for (int j = 0; j < n; j++) {
                double v = p.jac[r * n + j];
                a[(n + r) * dim + j] = v;
                a[j * dim + n + r] = v;
            }
        }
        return a;
    }

    private KktPoint evaluate(double[] x, double[] lambda) {
        evaluations++;
        return KktPoint.at(problem, x, lambda, monitor);
    }

    private Result result(Status status, String message) {
        String detail = message + "; " + k + " iterations, unit steps " + unitSteps + ", last steps " + recentSteps
                + ", mu = " + fmt(mu) + ", nu = " + fmt(nu) + (maxDelta > 0 ? ", max regularisation " + fmt(maxDelta) : "");
        return Result.builder(status)
                .message(detail)
                .solution(p.x)
                .objective(p.f)
                .iterations(k)
                .evaluations(evaluations)
                .certificate(Certificate.of(Certificate.KKT_RESIDUAL, kkt, tolerance))
                .build();
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
