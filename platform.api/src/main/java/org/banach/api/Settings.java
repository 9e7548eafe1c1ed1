package org.banach.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validated solver settings: every declared parameter has a typed value (given or default), and no
 * undeclared name is present. Built with {@link #validate}; immutable.
 */
public final class Settings {

    private final Map<String, Object> values;
    private final long seed;

    private Settings(Map<String, Object> values, long seed) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.seed = seed;
    }

    /**
     * Checks {@code given} (name to textual value) against {@code specs} and fills in defaults.
     *
     * @throws InvalidSettingsException for an unknown name or a bad value, naming the known parameters
     */
    public static Settings validate(List<ParameterSpec> specs, Map<String, String> given, long seed) {
        Map<String, ParameterSpec> byName = new LinkedHashMap<>();
        for (ParameterSpec s : specs) {
            byName.put(s.name(), s);
        }
        for (String name : given.keySet()) {
            if (!byName.containsKey(name)) {
                throw new InvalidSettingsException("unknown setting '" + name + "'; known: " + byName.keySet());
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec s : specs) {
            String text = given.get(s.name());
            values.put(s.name(), text == null ? s.defaultValue() : s.parse(text));
        }
        return new Settings(values, seed);
    }

    /** All defaults of {@code specs}, seed 0. */
    public static Settings defaults(List<ParameterSpec> specs) {
        return validate(specs, Map.of(), 0L);
    }

    /** The seed for any randomness of the run. */
    public long seed() {
        return seed;
    }

    public double real(String name) {
        return ((Number) require(name)).doubleValue();
    }

    public long integer(String name) {
        return ((Number) require(name)).longValue();
    }

    /** An integer setting that must fit an int (iteration counts, memory sizes). */
    public int intValue(String name) {
        return Math.toIntExact(integer(name));
    }

    public boolean bool(String name) {
        return (Boolean) require(name);
    }

    /** A string or choice setting; null when an optional string was not given. */
    public String string(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("no setting named '" + name + "'; known: " + values.keySet());
        }
        Object v = values.get(name);
        return v == null ? null : v.toString();
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** Name to typed value, in declaration order. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no setting named '" + name + "'; known: " + values.keySet());
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings && ((Settings) o).values.equals(values) && ((Settings) o).seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, seed);
    }

    @Override
    public String toString() {
        return values + " seed=" + seed;
    }
}
