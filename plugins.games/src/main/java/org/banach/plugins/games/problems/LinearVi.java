package org.banach.plugins.games.problems;

import java.util.Optional;

import org.banach.api.games.VariationalInequality;

/**
 * The affine VI F(z) = M z + q (M dense, row-major) on Rᵈ or on the box [−1, 1]ᵈ, with a known
 * solution. Monotone when M + Mᵀ is positive semidefinite.
 */
final class LinearVi implements VariationalInequality {

    private final String name;
    private final int d;
    private final double[] m;
    private final double[] q;
    private final boolean box;
    private final double[] start;
    private final double[] solution;

    LinearVi(String name, double[] m, double[] q, boolean box, double[] start, double[] solution) {
        this.name = name;
        this.d = q.length;
        this.m = m.clone();
        this.q = q.clone();
        this.box = box;
        this.start = start.clone();
        this.solution = solution.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public void operator(double[] z, double[] out) {
        for (int i = 0; i < d; i++) {
            double s = q[i];
            int row = i * d;
            for (int j = 0; j < d; j++) {
                s += m[row + j] * z[j];
            }
            out[i] = s;
        }
    }

    @Override
    public void project(double[] z) {
        if (box) {
            for (int i = 0; i < d; i++) {
                z[i] = Math.max(-1.0, Math.min(1.0, z[i]));
            }
        }
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public Optional<double[]> knownSolution() {
        return Optional.of(solution.clone());
    }

    /** M, row-major (a copy). */
    double[] matrix() {
        return m.clone();
    }

    boolean boxConstrained() {
        return box;
    }
}
