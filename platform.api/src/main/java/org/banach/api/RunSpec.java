package org.banach.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One run to submit: problem id and parameters, solver (optionally pinned to a version range,
 * {@code optim.lbfgs@[1.0,2)}), settings, backend, time limit and seed. A plain value: it can be
 * written to JSON and shipped.
 */
public final class RunSpec {

    private final String problemId;
    private final Map<String, String> problemParameters;
    private final String solver;
    private final Map<String, String> settings;
    private final String backend;
    private final double timeLimitSeconds;
    private final long seed;

    private RunSpec(Builder b) {
        problemId = Objects.requireNonNull(b.problemId, "problem");
        solver = Objects.requireNonNull(b.solver, "solver");
        problemParameters = Map.copyOf(b.problemParameters);
        settings = Map.copyOf(b.settings);
        backend = b.backend;
        timeLimitSeconds = b.timeLimitSeconds;
        seed = b.seed;
    }

    public static Builder builder(String solver, String problemId) {
        Builder b = new Builder();
        b.solver = solver;
        b.problemId = problemId;
        return b;
    }

    public String problemId() {
        return problemId;
    }

    public Map<String, String> problemParameters() {
        return problemParameters;
    }

    /** Solver id, optionally with {@code @<version range>}. */
    public String solver() {
        return solver;
    }

    public Map<String, String> settings() {
        return settings;
    }

    /** Backend id, e.g. {@code cpu}; null for the default. */
    public String backend() {
        return backend;
    }

    /** Wall-clock limit in seconds; non-positive or infinite for the platform default. */
    public double timeLimitSeconds() {
        return timeLimitSeconds;
    }

    public long seed() {
        return seed;
    }

    @Override
    public String toString() {
        return solver + " on " + problemId + (problemParameters.isEmpty() ? "" : " " + problemParameters)
                + (settings.isEmpty() ? "" : " set " + settings) + (backend == null ? "" : " @" + backend)
                + " seed " + seed;
    }

    /** Builder for {@link RunSpec}. */
    public static final class Builder {
        private String problemId;
        private final Map<String, String> problemParameters = new LinkedHashMap<>();
        private String solver;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private String backend;
        private double timeLimitSeconds = Double.POSITIVE_INFINITY;
        private long seed;

        private Builder() {
        }

        public Builder param(String k, String v) {
            problemParameters.put(k, v);
            return this;
        }

        public Builder params(Map<String, String> p) {
            problemParameters.putAll(p);
            return this;
        }

        public Builder set(String k, String v) {
            settings.put(k, v);
            return this;
        }

        public Builder settings(Map<String, String> s) {
            settings.putAll(s);
            return this;
        }

        public Builder backend(String id) {
            backend = id;
            return this;
        }

        public Builder timeLimitSeconds(double s) {
            timeLimitSeconds = s;
            return this;
        }

        public Builder seed(long s) {
            seed = s;
            return this;
        }

        public RunSpec build() {
            return new RunSpec(this);
        }
    }
}
