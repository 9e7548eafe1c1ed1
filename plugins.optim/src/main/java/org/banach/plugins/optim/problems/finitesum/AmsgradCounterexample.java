package org.banach.plugins.optim.problems.finitesum;

import java.util.Optional;
import java.util.OptionalDouble;

import org.banach.api.optim.Bounds;
import org.banach.api.optim.OnlineFiniteSum;

/**
 * The online convex problem of Reddi, Kale &amp; Kumar, On the convergence of Adam and beyond (ICLR
 * 2018, §3): on F = [−1, 1], f_t(x) = C x for t mod 3 = 1 and f_t(x) = −x otherwise, C &gt; 2. As a
 * finite sum of three components, f₀(x) = C x, f₁(x) = f₂(x) = −x, so that cyclic sampling with batch
 * size 1 replays the paper's sequence; f(x) = (C − 2)x/3 on the box [−1, 1] (the problem's
 * {@link #bounds()}), minimised at x* = −1 with f* = −(C − 2)/3. With β₁ = 0, β₂ = 1/(1 + C²) and
 * α_t = α/√t Adam drifts to the worst point x = +1 (the paper's Theorem 1) while AMSGrad reaches
 * x*. Start: x = 0, the centre of F. As an {@link OnlineFiniteSum} it keeps the online score: every
 * component evaluation is a round, and min over [−1, 1] of x·Σ_t s_t is −|Σ_t s_t| (s_t the slopes).
 */
public final class AmsgradCounterexample implements OnlineFiniteSum {

    public static final String ID = "optim/amsgrad-counterexample";

    private final double c;
    private long rounds;
    private double loss;
    private double slopes;

    AmsgradCounterexample(double c) {
        if (!(c > 2) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("the counterexample needs a finite C > 2, got " + c);
        }
        this.c = c;
    }

    /** The constant C. */
    public double c() {
        return c;
    }

    @Override
    public String name() {
        return ID;
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public int components() {
        return 3;
    }

    /** The slope of component i: C for i = 0, −1 otherwise. */
    public double slope(int i) {
        if (i < 0 || i > 2) {
            throw new IndexOutOfBoundsException("component " + i + " of 3");
        }
        return i == 0 ? c : -1;
    }

    @Override
    public double componentValueAndGradient(int i, double[] x, double[] gradient) {
        double s = slope(i);
        gradient[0] = s;
        double f = s * x[0];
        synchronized (this) {
            rounds++;
            loss += f;
            slopes += s;
        }
        return f;
    }

    @Override
    public synchronized long rounds() {
        return rounds;
    }

    @Override
    public synchronized double cumulativeLoss() {
        return loss;
    }

    @Override
    public synchronized double bestFixedLoss() {
        return -Math.abs(slopes);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        gradient[0] = (c - 2) / 3;
        return (c - 2) / 3 * x[0];
    }

    @Override
    public double value(double[] x) {
        return (c - 2) / 3 * x[0];
    }

    @Override
    public double[] start() {
        return new double[] {0};
    }

    @Override
    public Optional<Bounds> bounds() {
        return Optional.of(new Bounds(new double[] {-1}, new double[] {1}));
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[] {-1});
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return OptionalDouble.of(-(c - 2) / 3);
    }
}
