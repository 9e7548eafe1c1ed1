package org.banach.runtime.formats;

import java.util.Arrays;

/** A growable array of doubles (no boxing); grows by half its size, up to the largest Java array. */
final class DoubleList {

    static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private double[] values;
    private int size;

    DoubleList(int initialCapacity) {
        values = new double[Math.max(16, initialCapacity)];
    }

    /** Appends {@code v}; false (nothing appended) when the list is already at {@link #MAX_SIZE}. */
    boolean add(double v) {
        if (size == values.length) {
            if (size == MAX_SIZE) {
                return false;
            }
            values = Arrays.copyOf(values, (int) Math.min(MAX_SIZE, size + (long) (size >> 1) + 16));
        }
        values[size++] = v;
        return true;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return values.length == size ? values : Arrays.copyOf(values, size);
    }
}
