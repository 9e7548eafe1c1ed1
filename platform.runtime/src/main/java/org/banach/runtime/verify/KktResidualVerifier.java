package org.banach.runtime.verify;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.optim.EqualityConstrainedProblem;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.osgi.service.component.annotations.Component;

/**
 * Certifies an equality-constrained result by its KKT residual at the returned x alone: the
 * least-squares multipliers λ = argmin ‖∇f(x) + J(x)ᵀλ‖₂ are found with an SVD pseudo-inverse
 * (EJML; rank-deficient or redundant constraints are fine, λ is then the minimum-norm one) plus one
 * step of iterative refinement, and the value is max(‖∇f(x) + J(x)ᵀλ‖₂, ‖c(x)‖₂) (NaN if either is
 * NaN). Multipliers a solver reports are never used.
 */
@Component(service = CertificateVerifier.class, property = "banach.verifier.criterion=" + Certificate.KKT_RESIDUAL)
public final class KktResidualVerifier implements CertificateVerifier<EqualityConstrainedProblem> {

    @Override
    public Class<EqualityConstrainedProblem> problemType() {
        return EqualityConstrainedProblem.class;
    }

    @Override
    public String criterion() {
        return Certificate.KKT_RESIDUAL;
    }

    /** @throws IllegalArgumentException when x does not have the problem's dimension */
    @Override
    public Certificate verify(EqualityConstrainedProblem problem, double[] x, double tolerance) {
        Kkt k = evaluate(problem, x);
        double stationarity = GradientNormVerifier.norm2(k.residual);
        double feasibility = GradientNormVerifier.norm2(k.constraints);
        return Certificate.of(Certificate.KKT_RESIDUAL, Math.max(stationarity, feasibility), tolerance);
    }

    /** The least-squares multipliers λ = argmin ‖∇f(x) + J(x)ᵀλ‖₂ at x (minimum-norm when not unique). */
    public static double[] multipliers(EqualityConstrainedProblem problem, double[] x) {
        return evaluate(problem, x).lambda;
    }

    /** λ, the stationarity residual ∇f + Jᵀλ and c(x) at x. */
    private static final class Kkt {
        double[] lambda;
        double[] residual;
        double[] constraints;
    }

    private static Kkt evaluate(EqualityConstrainedProblem problem, double[] x) {
        int n = problem.dimension();
        int m = problem.constraintCount();
        if (x.length != n) {
            throw new IllegalArgumentException("solution has " + x.length + " entries but the problem has dimension "
                    + n);
        }
        Kkt k = new Kkt();
        double[] grad = new double[n];
        problem.valueAndGradient(x.clone(), grad);
        k.constraints = new double[m];
        problem.constraints(x.clone(), k.constraints);
        k.lambda = new double[m];
        if (m == 0 || n == 0) {
            k.residual = grad;
            return k;
        }
        double[] jac = new double[m * n];
        problem.jacobian(x.clone(), jac);
        for (double v : jac) {
            if (!Double.isFinite(v)) { // the SVD would not converge; the residual is undefined
                k.residual = new double[] {Double.NaN};
                java.util.Arrays.fill(k.lambda, Double.NaN);
                return k;
            }
        }
        DMatrixRMaj jt = new DMatrixRMaj(n, m); // Jᵀ
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                jt.data[j * m + i] = jac[i * n + j];
            }
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.pseudoInverse(true);
        if (!solver.setA(solver.modifiesA() ? jt.copy() : jt)) {
            throw new IllegalStateException("the SVD of the constraint Jacobian did not converge");
        }
        DMatrixRMaj rhs = new DMatrixRMaj(n, 1);
        DMatrixRMaj step = new DMatrixRMaj(m, 1);
        double[] r = grad.clone();
        for (int pass = 0; pass < 2; pass++) { // solve, then refine once on the residual
            for (int j = 0; j < n; j++) {
                rhs.data[j] = -r[j];
            }
            solver.solve(rhs, step);
            for (int i = 0; i < m; i++) {
                k.lambda[i] += step.data[i];
            }
            r = stationarity(grad, jac, k.lambda, n, m);
        }
        k.residual = r;
        return k;
    }

    /** ∇f + Jᵀλ. */
    private static double[] stationarity(double[] grad, double[] jac, double[] lambda, int n, int m) {
        double[] r = grad.clone();
        for (int i = 0; i < m; i++) {
            double l = lambda[i];
            int off = i * n;
            for (int j = 0; j < n; j++) {
                r[j] += jac[off + j] * l;
            }
        }
        return r;
    }
}
