package org.banach.plugins.games.firstorder;

/**
 * A {@link GameIterate} in host arrays, advanced by a {@link MatrixGameSolver.Step}: z = (x, y), its
 * products gx = A·y and gy = Aᵀ·x from {@link DeviceProducts} (computed once here for the start) and a
 * {@link GameAverage}. The methods with Euclidean simplex projections (sort-based, on the host) use it.
 */
final class HostIterate implements GameIterate {

    private final int m;
    private final double[] z;
    private final double[] gx;
    private final double[] gy;
    private final double[] last;
    private final GameAverage average;
    private final MatrixGameSolver.Step step;

    HostIterate(double[] start, int m, int n, DeviceProducts products, MatrixGameSolver.Step step) {
        this.m = m;
        this.z = start;
        this.gx = new double[m];
        this.gy = new double[n];
        this.last = start.clone();
        this.average = new GameAverage(m, n);
        this.step = step;
        products.both(z, gx, gy);
    }

    @Override
    public boolean finite() {
        if (Vectors.firstNonFinite(z) >= 0 || Vectors.firstNonFinite(gx) >= 0 || Vectors.firstNonFinite(gy) >= 0) {
            return false;
        }
        System.arraycopy(z, 0, last, 0, z.length);
        return true;
    }

    @Override
    public double gap() {
        return GameAverage.gap(gx, gy);
    }

    @Override
    public boolean averaged() {
        return !average.empty();
    }

    @Override
    public double averageGap() {
        return GameAverage.gap(average.ay(), average.atx());
    }

    @Override
    public double payoff(boolean fromAverage) {
        double[] point = fromAverage ? average.point() : z;
        double[] ay = fromAverage ? average.ay() : gx;
        double s = 0;
        for (int i = 0; i < m; i++) {
            s += point[i] * ay[i];
        }
        return s;
    }

    @Override
    public double[] point(boolean fromAverage) {
        return fromAverage ? average.point() : z;
    }

    @Override
    public double[] lastFinite() {
        return last;
    }

    @Override
    public void advance(long k) {
        step.advance(k, z, gx, gy, average);
    }

    @Override
    public void close() {
        // nothing on the device: the products own the payoff matrix
    }
}
