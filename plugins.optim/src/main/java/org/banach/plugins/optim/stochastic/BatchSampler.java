package org.banach.plugins.optim.stochastic;

import java.util.SplittableRandom;

/**
 * Mini-batches of component indices, without replacement within an epoch: with {@code shuffle} a
 * fresh uniform permutation per epoch (Fisher–Yates with a {@link SplittableRandom} seeded by the
 * run's seed, so a seed fixes every batch), with {@code cyclic} the indices in order 0…N−1 every
 * epoch (the incremental order of the online setting of Reddi, Kale &amp; Kumar 2018). The last
 * batch of an epoch holds the N mod b remaining indices.
 */
final class BatchSampler {

    private final int[] order;
    private final int batchSize;
    private final SplittableRandom random;
    private final int[] batch;
    private final int[] tail;

    /** @param random null for the cyclic order */
    BatchSampler(int components, int batchSize, SplittableRandom random) {
        this.order = new int[components];
        for (int i = 0; i < components; i++) {
            order[i] = i;
        }
        this.batchSize = batchSize;
        this.random = random;
        this.batch = new int[batchSize];
        this.tail = new int[components % batchSize];
    }

    /** Number of batches in one epoch, ⌈N / b⌉. */
    int batches() {
        return (order.length + batchSize - 1) / batchSize;
    }

    /** Starts an epoch: reshuffles the order unless it is cyclic. */
    void newEpoch() {
        if (random == null) {
            return;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Batch {@code k} of the current epoch (a reused array: valid until the next call). */
    int[] batch(int k) {
        int from = k * batchSize;
        int[] out = order.length - from < batchSize ? tail : batch;
        System.arraycopy(order, from, out, 0, out.length);
        return out;
    }
}
