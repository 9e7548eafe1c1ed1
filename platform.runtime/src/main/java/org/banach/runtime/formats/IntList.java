package org.banach.runtime.formats;

import java.util.Arrays;

/** A growable array of ints (no boxing); grows by half its size, up to the largest Java array. */
final class IntList {

    private int[] values;
    private int size;

    IntList(int initialCapacity) {
        values = new int[Math.max(16, initialCapacity)];
    }

    /** Appends {@code v}; false (nothing appended) when the list is already at {@link DoubleList#MAX_SIZE}. */
    boolean add(int v) {
        if (size == values.length) {
            if (size == DoubleList.MAX_SIZE) {
                return false;
            }
            values = Arrays.copyOf(values, (int) Math.min(DoubleList.MAX_SIZE, size + (long) (size >> 1) + 16));
        }
        values[size++] = v;
        return true;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return values.length == size ? values : Arrays.copyOf(values, size);
    }
}
