package org.banach.plugins.games.firstorder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;
import org.banach.api.backend.ElementwiseOp;

/**
 * {@link MirrorProx}'s state on the run's Backend: each player's strategy, its log (the logits), its gain
 * (A·y for the row player, −Aᵀ·x for the column player) and the sums of the averaged points and of their
 * gains are m×1 / n×1 device columns for the whole run (the vector shape {@code Backend.gemv}
 * documents). The entropic (multiplicative-weights) step x⁺ ∝ x∘exp(η·g) is taken in the log domain
 * with Backend calls only:
 * <pre>
 *   ℓ⁺ := ℓ + η·g            (broadcastAdd, ℓ = log x up to a constant)
 *   ℓ⁺ := ℓ⁺ − lse(ℓ⁺)       (colLogSumExp of the m×1 column, a 1×1 result; broadcastAdd)
 *   x⁺ := exp(ℓ⁺)            (map EXP)
 * </pre>
 * the same point as the max-shifted host form x∘exp(η·g − s)/Σ (up to rounding). The column player's
 * gain is kept negated (gemv with α = −1, exact), so both players ascend and the duality gap is
 * max(A·y) + max(−Aᵀ·x), two {@code colMax} into 1×1 matrices. Per iteration only scalars cross to
 * the host: two dots (x·Ay, which is the traced payoff, and y·(−Aᵀx); both are finite exactly when the
 * iterate and its gains are), the two maxima of the gap (two more for the average's gap when it is
 * read) and the average's payoff when traced. A strategy is downloaded only when the run returns it
 * or checks it for convergence.
 * <p>
 * The average is kept as sums (Σ x̂, Σ A·ŷ, …) and divided by the count when read: by linearity the
 * same as the running mean up to rounding. The logits are double-buffered, so the last finite iterate
 * (for NUMERICAL_ERROR) is the previous buffer's exp; the start itself is returned from the host copy.
 * One deviation from the host form: a weight that underflows to 0 there stays 0 for ever, while its
 * logit here stays finite and may recover (only with steps far above the default 1/max|a_ij|).
 */
final class EntropicIterate implements GameIterate {

    private final Backend backend;
    private final DeviceProducts products;
    private final double eta;
    private final double[] start;
    private final List<DeviceMatrix> owned = new ArrayList<>();
    private final Player row;
    private final Player column;
    /** Which logits buffer holds z_k. */
    private int current;
    /** Which logits buffer holds the last finite iterate, −1 for the start. */
    private int finite = -1;
    private long iteration;
    private long averagedPoints;
    private double payoff;

    EntropicIterate(double[] start, int m, int n, DeviceProducts products, double eta) {
        this.backend = products.backend();
        this.products = products;
        this.eta = eta;
        this.start = start.clone();
        try {
            this.row = new Player(Arrays.copyOfRange(start, 0, m));
            this.column = new Player(Arrays.copyOfRange(start, m, m + n));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        gains(row.strategy, column.strategy, row.gain, column.gain);
    }

    /** One player's device columns. */
    private final class Player {
        final int size;
        final DeviceMatrix[] logits = new DeviceMatrix[2];
        final DeviceMatrix strategy;
        final DeviceMatrix gain;
        final DeviceMatrix mid;
        final DeviceMatrix midGain;
        final DeviceMatrix strategySum;
        final DeviceMatrix gainSum;
        final DeviceMatrix scalar;

        Player(double[] startBlock) {
            size = startBlock.length;
            strategy = own(backend.upload(size, 1, startBlock));
            logits[0] = vector(size);
            backend.map(ElementwiseOp.LOG, strategy, logits[0]);
            logits[1] = vector(size);
            gain = vector(size);
            mid = vector(size);
            midGain = vector(size);
            strategySum = vector(size);
            gainSum = vector(size);
            scalar = vector(1);
        }

        /** to := normalised(from + η·g) and out := exp(to), the entropic step in the log domain. */
        void step(DeviceMatrix from, DeviceMatrix g, DeviceMatrix to, DeviceMatrix out) {
            backend.broadcastAdd(eta, g, from, null, to);
            backend.colLogSumExp(to, scalar);
            backend.scal(-1.0, scalar);
            backend.broadcastAdd(1.0, to, null, scalar, to);
            backend.map(ElementwiseOp.EXP, to, out);
        }

        /** The largest entry of the size×1 column v (one scalar downloaded). */
        double max(DeviceMatrix v) {
            backend.colMax(v, scalar);
            return backend.download(scalar)[0];
        }

        void addToSums() {
            backend.axpy(1.0, mid, strategySum);
            backend.axpy(1.0, midGain, gainSum);
        }
    }

    private DeviceMatrix own(DeviceMatrix d) {
        owned.add(d);
        return d;
    }

    private DeviceMatrix vector(int size) {
        return own(backend.allocate(size, 1));
    }

    /** rowGain := A·y, columnGain := −Aᵀ·x: one operator evaluation. */
    private void gains(DeviceMatrix x, DeviceMatrix y, DeviceMatrix rowGain, DeviceMatrix columnGain) {
        products.ay(y, rowGain);
        products.negatedAtx(x, columnGain);
        products.countOperator();
    }

    @Override
    public boolean finite() {
        payoff = backend.dot(row.strategy, row.gain);
        double columnPayoff = backend.dot(column.strategy, column.gain);
        if (!Double.isFinite(payoff) || !Double.isFinite(columnPayoff)) {
            return false;
        }
        finite = iteration == 0 ? -1 : current;
        return true;
    }

    @Override
    public double gap() {
        return row.max(row.gain) + column.max(column.gain);
    }

    @Override
    public boolean averaged() {
        return averagedPoints > 0;
    }

    @Override
    public double averageGap() {
        return (row.max(row.gainSum) + column.max(column.gainSum)) / averagedPoints;
    }

    /** xᵀA y of z_k (from the last {@link #finite} call) or of the average. */
    @Override
    public double payoff(boolean average) {
        if (!average) {
            return payoff;
        }
        double c = averagedPoints;
        return backend.dot(row.strategySum, row.gainSum) / (c * c);
    }

    @Override
    public double[] point(boolean average) {
        if (!average) {
            return join(backend.download(row.strategy), backend.download(column.strategy), 1);
        }
        return join(backend.download(row.strategySum), backend.download(column.strategySum), averagedPoints);
    }

    private static double[] join(double[] x, double[] y, double count) {
        double[] z = new double[x.length + y.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = count == 1 ? x[i] : x[i] / count;
        }
        for (int j = 0; j < y.length; j++) {
            z[x.length + j] = count == 1 ? y[j] : y[j] / count;
        }
        return z;
    }

    @Override
    public double[] lastFinite() {
        if (finite < 0) {
            return start.clone();
        }
        backend.map(ElementwiseOp.EXP, row.logits[finite], row.mid);
        backend.map(ElementwiseOp.EXP, column.logits[finite], column.mid);
        return join(backend.download(row.mid), backend.download(column.mid), 1);
    }

    /**
     * Mirror-Prox: ẑ = prox_z(η·F(z)), then z⁺ = prox_z(η·F(ẑ)) from the same z; ẑ and its gains go to the
     * average.
     */
    @Override
    public void advance(long k) {
        int next = 1 - current;
        row.step(row.logits[current], row.gain, row.logits[next], row.mid);
        column.step(column.logits[current], column.gain, column.logits[next], column.mid);
        gains(row.mid, column.mid, row.midGain, column.midGain);
        row.addToSums();
        column.addToSums();
        averagedPoints++;
        row.step(row.logits[current], row.midGain, row.logits[next], row.strategy);
        column.step(column.logits[current], column.midGain, column.logits[next], column.strategy);
        gains(row.strategy, column.strategy, row.gain, column.gain);
        current = next;
        iteration++;
    }

    @Override
    public void close() {
        for (DeviceMatrix d : owned) {
            d.close();
        }
        owned.clear();
    }
}
