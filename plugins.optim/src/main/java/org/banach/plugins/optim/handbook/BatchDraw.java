package org.banach.plugins.optim.handbook;

import java.util.SplittableRandom;

/**
 * The Handbook's sampling (Sec. 5–6): at every step an independent batch of b distinct components,
 * uniform among all b-subsets of {0, …, N−1} (b = 1: one component uniformly, i.e. independent
 * sampling with replacement across steps), drawn by a partial Fisher–Yates shuffle with a
 * {@link SplittableRandom} seeded by the run's seed. The returned array is reused.
 */
final class BatchDraw {

    private final int[] pool;
    private final int[] batch;
    private final SplittableRandom random;

    BatchDraw(int components, int batchSize, long seed) {
        pool = new int[components];
        for (int i = 0; i < components; i++) {
            pool[i] = i;
        }
        batch = new int[Math.min(batchSize, components)];
        random = new SplittableRandom(seed);
    }

    int[] next() {
        for (int k = 0; k < batch.length; k++) {
            int j = k + random.nextInt(pool.length - k);
            int tmp = pool[k];
            pool[k] = pool[j];
            pool[j] = tmp;
            batch[k] = pool[k];
        }
        return batch;
    }

    int size() {
        return batch.length;
    }
}
