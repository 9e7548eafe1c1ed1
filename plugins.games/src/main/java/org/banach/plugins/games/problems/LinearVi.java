package org.banach.plugins.games.problems;

/**
 * The affine VI F(z) = M z + q (M dense, row-major) on Rᵈ or on the box [−1, 1]ᵈ, with a known
 * solution. Monotone when M + Mᵀ is positive semidefinite.
 */
final class LinearVi extends AffineVi {

    private final double[] m;
    private final double[] q;

    LinearVi(String name, double[] m, double[] q, boolean box, double[] start, double[] solution) {
        super(name, box, start, solution);
        this.m = m.clone();
        this.q = q.clone();
    }

    @Override
    public void operator(double[] z, double[] out) {
        affine(m, 0, q, 0, z, out);
    }

    /** M, row-major (a copy). */
    double[] matrix() {
        return m.clone();
    }
}
