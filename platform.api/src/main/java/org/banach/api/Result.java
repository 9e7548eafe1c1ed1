package org.banach.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one run. A solver fills in what it knows (status, solution, objective, iterations,
 * its claimed certificate); the runtime adds the rest (trace, counters, timing, solver id and
 * version, backend, seed, settings, problem, the verified certificate and provenance) with
 * {@link #toBuilder()}. Immutable.
 */
public final class Result {

    private final Status status;
    private final String message;
    private final double[] solution;
    private final double objective;
    private final long iterations;
    private final long evaluations;
    private final Map<String, Long> counters;
    private final Map<String, double[]> series;
    private final double elapsedSeconds;
    private final List<TracePoint> trace;
    private final Certificate certificate;
    private final Verification verification;
    private final String solverId;
    private final String solverVersion;
    private final String backend;
    private final long seed;
    private final Map<String, Object> settings;
    private final String problemId;
    private final Map<String, String> problemParameters;
    private final Map<String, String> provenance;

    private Result(Builder b) {
        if (b.status == null) {
            throw new IllegalArgumentException("a result needs a status");
        }
        status = b.status;
        message = b.message;
        solution = b.solution == null ? new double[0] : b.solution.clone();
        objective = b.objective;
        iterations = b.iterations;
        evaluations = b.evaluations;
        counters = Collections.unmodifiableMap(new LinkedHashMap<>(b.counters));
        Map<String, double[]> sc = new LinkedHashMap<>();
        b.series.forEach((k, v) -> sc.put(k, v.clone()));
        series = Collections.unmodifiableMap(sc);
        elapsedSeconds = b.elapsedSeconds;
        trace = List.copyOf(b.trace);
        certificate = b.certificate;
        verification = b.verification;
        solverId = b.solverId;
        solverVersion = b.solverVersion;
        backend = b.backend;
        seed = b.seed;
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(b.settings));
        problemId = b.problemId;
        problemParameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.problemParameters));
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(b.provenance));
    }

    public static Builder builder(Status status) {
        return new Builder().status(status);
    }

    /** A result for a run that could not start or failed outright, with a message a person can act on. */
    public static Result failure(Status status, String message) {
        return builder(status).message(message).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.status = status;
        b.message = message;
        b.solution = solution;
        b.objective = objective;
        b.iterations = iterations;
        b.evaluations = evaluations;
        b.counters.putAll(counters);
        b.series.putAll(series);
        b.elapsedSeconds = elapsedSeconds;
        b.trace = trace;
        b.certificate = certificate;
        b.verification = verification;
        b.solverId = solverId;
        b.solverVersion = solverVersion;
        b.backend = backend;
        b.seed = seed;
        b.settings.putAll(settings);
        b.problemId = problemId;
        b.problemParameters.putAll(problemParameters);
        b.provenance.putAll(provenance);
        return b;
    }

    public Status status() {
        return status;
    }

    /** A human-readable explanation of the status; may be null for a plain convergence. */
    public String message() {
        return message;
    }

    /** A copy of the returned point (empty when the run produced none). */
    public double[] solution() {
        return solution.clone();
    }

    public double objective() {
        return objective;
    }

    public long iterations() {
        return iterations;
    }

    /** Objective (or main oracle) evaluations. */
    public long evaluations() {
        return evaluations;
    }

    /** Oracle counters by name, as counted through {@link Monitor#count}. */
    public Map<String, Long> counters() {
        return counters;
    }

    /**
     * Named per-step records of the run that a verifier may replay, e.g. {@code omega}: the relaxation
     * parameter a learned SOR chose for each system of a sequence (since 1.2). Callers must not modify
     * the arrays; empty for most solvers.
     */
    public Map<String, double[]> series() {
        return series;
    }

    public double elapsedSeconds() {
        return elapsedSeconds;
    }

    public List<TracePoint> trace() {
        return trace;
    }

    /** The solver's claimed certificate; may be null. */
    public Certificate certificate() {
        return certificate;
    }

    /** The runtime's recomputed certificate; null until the runtime verified the result. */
    public Verification verification() {
        return verification;
    }

    public String solverId() {
        return solverId;
    }

    public String solverVersion() {
        return solverVersion;
    }

    public String backend() {
        return backend;
    }

    public long seed() {
        return seed;
    }

    public Map<String, Object> settings() {
        return settings;
    }

    public String problemId() {
        return problemId;
    }

    public Map<String, String> problemParameters() {
        return problemParameters;
    }

    /** Provenance: bundle checksum, JVM, host, study checksum and the like. */
    public Map<String, String> provenance() {
        return provenance;
    }

    @Override
    public String toString() {
        return status + (message == null ? "" : " (" + message + ")") + " f=" + objective + " it=" + iterations
                + (certificate == null ? "" : " " + certificate);
    }

    /** Builder for {@link Result}. */
    public static final class Builder {
        private Status status;
        private String message;
        private double[] solution;
        private double objective = Double.NaN;
        private long iterations;
        private long evaluations;
        private final Map<String, Long> counters = new LinkedHashMap<>();
        private final Map<String, double[]> series = new LinkedHashMap<>();
        private double elapsedSeconds = Double.NaN;
        private List<TracePoint> trace = List.of();
        private Certificate certificate;
        private Verification verification;
        private String solverId;
        private String solverVersion;
        private String backend;
        private long seed;
        private final Map<String, Object> settings = new LinkedHashMap<>();
        private String problemId;
        private final Map<String, String> problemParameters = new LinkedHashMap<>();
        private final Map<String, String> provenance = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder status(Status s) {
            status = s;
            return this;
        }

        public Builder message(String m) {
            message = m;
            return this;
        }

        public Builder solution(double[] x) {
            solution = x == null ? null : x.clone();
            return this;
        }

        public Builder objective(double f) {
            objective = f;
            return this;
        }

        public Builder iterations(long k) {
            iterations = k;
            return this;
        }

        public Builder evaluations(long n) {
            evaluations = n;
            return this;
        }

        public Builder counters(Map<String, Long> c) {
            counters.clear();
            counters.putAll(c);
            return this;
        }

        /** Adds (or replaces) the per-step record {@code name}; see {@link Result#series()}. */
        public Builder series(String name, double[] values) {
            series.put(java.util.Objects.requireNonNull(name, "name"), values.clone());
            return this;
        }

        public Builder elapsedSeconds(double s) {
            elapsedSeconds = s;
            return this;
        }

        public Builder trace(List<TracePoint> t) {
            trace = List.copyOf(t);
            return this;
        }

        public Builder certificate(Certificate c) {
            certificate = c;
            return this;
        }

        public Builder verification(Verification v) {
            verification = v;
            return this;
        }

        public Builder solver(String id, String version) {
            solverId = id;
            solverVersion = version;
            return this;
        }

        public Builder backend(String id) {
            backend = id;
            return this;
        }

        public Builder seed(long s) {
            seed = s;
            return this;
        }

        public Builder settings(Map<String, Object> s) {
            settings.clear();
            settings.putAll(s);
            return this;
        }

        public Builder problem(String id, Map<String, String> parameters) {
            problemId = id;
            problemParameters.clear();
            problemParameters.putAll(parameters);
            return this;
        }

        public Builder provenance(Map<String, String> p) {
            provenance.clear();
            provenance.putAll(p);
            return this;
        }

        public Result build() {
            return new Result(this);
        }
    }
}
