package org.banach.runtime.cpu;

import java.util.stream.IntStream;

/**
 * Fork-join helper of the 1.1 kernels. Work is cut into blocks whose boundaries depend only on the
 * problem size and a fixed grain, never on the number of threads, so results (sums included) are
 * the same on every machine; blocks run on the common fork-join pool when the work is large enough
 * and there is more than one processor, else in order on the calling thread.
 */
final class Parallel {

    /** A half-open range [from, to) of block {@code block}. */
    @FunctionalInterface
    interface Block {
        void run(int block, int from, int to);
    }

    private Parallel() {
    }

    /** Number of blocks of {@code grain} (≥ 1) covering [0, n). */
    static int blocks(int n, int grain) {
        return n == 0 ? 0 : (n - 1) / grain + 1;
    }

    /**
     * Runs {@code body} over the blocks [b·grain, min(n, (b+1)·grain)) of [0, n); in parallel when
     * {@code parallel} is set, there are at least two blocks and more than one processor.
     */
    static void forBlocks(int n, int grain, boolean parallel, Block body) {
        int blocks = blocks(n, grain);
        if (parallel && blocks > 1 && Runtime.getRuntime().availableProcessors() > 1) {
            IntStream.range(0, blocks).parallel()
                    .forEach(b -> body.run(b, b * grain, (int) Math.min(n, (long) (b + 1) * grain)));
        } else {
            for (int b = 0; b < blocks; b++) {
                body.run(b, b * grain, (int) Math.min(n, (long) (b + 1) * grain));
            }
        }
    }
}
