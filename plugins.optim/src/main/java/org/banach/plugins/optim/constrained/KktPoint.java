package org.banach.plugins.optim.constrained;

import org.banach.api.Monitor;
import org.banach.api.optim.EqualityConstrainedProblem;

/**
 * The oracle values at a primal-dual pair (x, λ): f, ∇f, c, J, ∇ₓL = ∇f + Jᵀλ, and on request the
 * Lagrangian Hessian H (column by column from Hessian-vector products: the problem's own, or forward
 * differences (∇ₓL(x + h eᵢ, λ) − ∇ₓL(x, λ))/h). Evaluations are counted as f, grad, jacobian, hvp.
 */
final class KktPoint {

    static final String F = "f";
    static final String GRAD = "grad";
    static final String JACOBIAN = "jacobian";
    static final String HVP = "hvp";

    final int n;
    final int m;
    final double[] x;
    final double[] lambda;
    final double f;
    final double[] g;
    final double[] c;
    final double[] jac;
    final double[] gradL;

    private KktPoint(int n, int m, double[] x, double[] lambda, double f, double[] g, double[] c, double[] jac,
            double[] gradL) {
        this.n = n;
        this.m = m;
        this.x = x;
        this.lambda = lambda;
        this.f = f;
        this.g = g;
        this.c = c;
        this.jac = jac;
        this.gradL = gradL;
    }

    static KktPoint at(EqualityConstrainedProblem p, double[] x, double[] lambda, Monitor monitor) {
        int n = p.dimension();
        int m = p.constraintCount();
        double[] g = new double[n];
        double f = p.valueAndGradient(x, g);
        double[] c = new double[m];
        p.constraints(x, c);
        double[] jac = new double[m * n];
        p.jacobian(x, jac);
        monitor.count(F, 1);
        monitor.count(GRAD, 1);
        monitor.count(JACOBIAN, 1);
        double[] gradL = new double[n];
        Dense.multiplyTransposed(jac, m, n, lambda, gradL);
        for (int i = 0; i < n; i++) {
            gradL[i] += g[i];
        }
        return new KktPoint(n, m, x.clone(), lambda.clone(), f, g, c, jac, gradL);
    }

    /** The same x with other multipliers (no new oracle calls). */
    KktPoint withMultipliers(double[] newLambda) {
        double[] gl = new double[n];
        Dense.multiplyTransposed(jac, m, n, newLambda, gl);
        for (int i = 0; i < n; i++) {
            gl[i] += g[i];
        }
        return new KktPoint(n, m, x, newLambda.clone(), f, g, c, jac, gl);
    }

    boolean finite() {
        return Double.isFinite(f) && Dense.allFinite(g) && Dense.allFinite(c) && Dense.allFinite(jac);
    }

    double constraintNorm() {
        return Dense.norm(c);
    }

    /** ‖(∇ₓL, c)‖, the residual of the Lagrangian Newton system's right-hand side. */
    double pairResidual() {
        return Math.hypot(Dense.norm(gradL), Dense.norm(c));
    }

    /** The runtime's certificate: max(min_λ ‖∇f + Jᵀλ‖, ‖c‖), given the bases of J at x. */
    double kktResidual(Dense.Basis basis) {
        return Math.max(basis.leastSquaresResidual(g), constraintNorm());
    }

    /** L_{μ,ν}(x, λ) = f + λᵀc + (μ/2)‖c‖² + (ν/2)‖∇ₓL‖². */
    double merit(double mu, double nu) {
        double cc = Dense.dot(c, c);
        double gg = Dense.dot(gradL, gradL);
        return f + Dense.dot(lambda, c) + 0.5 * mu * cc + 0.5 * nu * gg;
    }

    /** The symmetric Lagrangian Hessian at (x, λ), n Hessian-vector products. */
    double[] lagrangianHessian(EqualityConstrainedProblem p, boolean exact, Monitor monitor) {
        double[] h = new double[n * n];
        double[] e = new double[n];
        double[] col = new double[n];
        double step = Math.sqrt(Math.ulp(1.0)) * (1 + Dense.norm(x));
        for (int j = 0; j < n; j++) {
            if (exact) {
                e[j] = 1;
                p.lagrangianHessianVector(x, lambda, e, col);
                e[j] = 0;
            } else {
                double[] shifted = x.clone();
                shifted[j] += step;
                double hj = shifted[j] - x[j];
                KktPoint q = at(p, shifted, lambda, monitor);
                for (int i = 0; i < n; i++) {
                    col[i] = (q.gradL[i] - gradL[i]) / hj;
                }
            }
            monitor.count(HVP, 1);
            for (int i = 0; i < n; i++) {
                h[i * n + j] = col[i];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = 0.5 * (h[i * n + j] + h[j * n + i]);
                h[i * n + j] = s;
                h[j * n + i] = s;
            }
        }
        return h;
    }
}
