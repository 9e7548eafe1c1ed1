package org.banach.api;

import java.util.List;
import java.util.Objects;

/**
 * One declared parameter: name, type, default, inclusive range (for numbers) or choices, and one line
 * of help. Values arrive as strings (command line, study files) and are checked by {@link #parse}.
 */
public final class ParameterSpec {

    private final String name;
    private final ParameterType type;
    private final Object defaultValue;
    private final double min;
    private final double max;
    private final List<String> choices;
    private final String help;

    private ParameterSpec(String name, ParameterType type, Object defaultValue, double min, double max,
            List<String> choices, String help) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.choices = List.copyOf(choices);
        this.help = Objects.requireNonNull(help, "help");
    }

    /** A real parameter in the closed range [min, max]. */
    public static ParameterSpec real(String name, double defaultValue, double min, double max, String help) {
        return new ParameterSpec(name, ParameterType.REAL, defaultValue, min, max, List.of(), help);
    }

    /** An integer parameter in the closed range [min, max]. */
    public static ParameterSpec integer(String name, long defaultValue, long min, long max, String help) {
        return new ParameterSpec(name, ParameterType.INTEGER, defaultValue, min, max, List.of(), help);
    }

    public static ParameterSpec bool(String name, boolean defaultValue, String help) {
        return new ParameterSpec(name, ParameterType.BOOLEAN, defaultValue, Double.NaN, Double.NaN, List.of(), help);
    }

    /** A string parameter; {@code defaultValue} may be null for "absent". */
    public static ParameterSpec string(String name, String defaultValue, String help) {
        return new ParameterSpec(name, ParameterType.STRING, defaultValue, Double.NaN, Double.NaN, List.of(), help);
    }

    public static ParameterSpec choice(String name, String defaultValue, List<String> choices, String help) {
        if (!choices.contains(defaultValue)) {
            throw new IllegalArgumentException("default " + defaultValue + " is not one of " + choices);
        }
        return new ParameterSpec(name, ParameterType.CHOICE, defaultValue, Double.NaN, Double.NaN, choices, help);
    }

    public String name() {
        return name;
    }

    public ParameterType type() {
        return type;
    }

    /** Default value: a Long, Double, Boolean or String (null for an optional string). */
    public Object defaultValue() {
        return defaultValue;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public List<String> choices() {
        return choices;
    }

    public String help() {
        return help;
    }

    /** A human-readable range, e.g. {@code [1, 1000000]} or {@code {a|b}}, empty when unbounded. */
    public String range() {
        switch (type) {
            case INTEGER:
                return "[" + (long) min + ", " + (long) max + "]";
            case REAL:
                return "[" + fmt(min) + ", " + fmt(max) + "]";
            case CHOICE:
                return "{" + String.join("|", choices) + "}";
            default:
                return "";
        }
    }

    private static String fmt(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        return Double.toString(v);
    }

    /**
     * Parses and checks one value.
     *
     * @throws InvalidSettingsException naming the parameter, the value and what is allowed
     */
    public Object parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            switch (type) {
                case INTEGER: {
                    long v = t.matches("[-+]?\\d+") ? Long.parseLong(t) : parseWholeReal(t);
                    if (v < min || v > max) {
                        throw outOfRange(t);
                    }
                    return v;
                }
                case REAL: {
                    double v = Double.parseDouble(t);
                    if (Double.isNaN(v) || v < min || v > max) {
                        throw outOfRange(t);
                    }
                    return v;
                }
                case BOOLEAN:
                    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                        return Boolean.parseBoolean(t);
                    }
                    throw new InvalidSettingsException("parameter '" + name + "' must be true or false, got '" + t + "'");
                case CHOICE:
                    if (!choices.contains(t)) {
                        throw new InvalidSettingsException(
                                "parameter '" + name + "' must be one of " + choices + ", got '" + t + "'");
                    }
                    return t;
                default:
                    return text;
            }
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException("parameter '" + name + "' expects "
                    + (type == ParameterType.INTEGER ? "an integer" : "a number") + ", got '" + t + "'");
        }
    }

    private static long parseWholeReal(String t) {
        double d = Double.parseDouble(t);
        if (d != Math.rint(d) || Math.abs(d) > 9.0e15) {
            throw new NumberFormatException(t);
        }
        return (long) d;
    }

    private InvalidSettingsException outOfRange(String t) {
        return new InvalidSettingsException(
                "parameter '" + name + "' = " + t + " is out of range " + range());
    }

    @Override
    public String toString() {
        return name + " (" + type.name().toLowerCase() + ", default " + defaultValue
                + (range().isEmpty() ? "" : ", range " + range()) + "): " + help;
    }
}
