package org.banach.launch.bench;

/**
 * One line of the figures table: a measured {@code value} in {@code unit}, and where there is a
 * baseline, its name and {@code ratio} = value / baseline (NaN when there is none).
 *
 * @param part the measurement it belongs to: "a", "b" or "c"
 */
record Figure(String part, String measure, double value, String unit, String baseline, double ratio, String note) {

    /** A figure with no baseline. */
    static Figure alone(String part, String measure, double value, String unit, String note) {
        return new Figure(part, measure, value, unit, "", Double.NaN, note);
    }
}
