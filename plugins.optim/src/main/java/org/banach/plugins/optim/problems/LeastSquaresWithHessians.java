package org.banach.plugins.optim.problems;

/**
 * A {@link LeastSquaresProblem} whose residuals' Hessians are cheap: the subclass gives
 * Σᵢ wᵢ∇²rᵢ(x)v, so the problem has the exact Hessian-vector product.
 */
public abstract class LeastSquaresWithHessians extends LeastSquaresProblem {

    /** See {@link LeastSquaresProblem#LeastSquaresProblem}. */
    protected LeastSquaresWithHessians(String kebab, int number, int n, int m, double[] start, Double optimum,
            double uncertainty, String note, String description) {
        super(kebab, number, n, m, start, optimum, uncertainty, note, description);
    }

    @Override
    protected final boolean hasResidualHessians() {
        return true;
    }

    @Override
    protected abstract void addResidualCurvature(double[] x, double[] w, double[] v, double[] out);
}
