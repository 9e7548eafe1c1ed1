package org.banach.runtime.study;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.banach.api.RunSpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Deterministic, content-based run keys, so that an edited study resumes where it can:
 * {@code <solver-slug>__<problem-slug>__<hash10>__s<seed>__r<repetition>}, where {@code hash10} is the
 * first 10 hex digits of the SHA-256 of the canonical spec (solver, problem, sorted parameters, sorted
 * settings, backend, time limit; see {@link #canonicalSpec}). Seed and repetition are not hashed, so
 * adding a seed adds runs without renaming the others. Slugs use {@code [a-z0-9.-]} only.
 */
public final class RunKeys {

    private static final int MAX_SLUG = 48;
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private RunKeys() {
    }

    /** The run key of {@code spec}'s {@code repetition} (1-based). */
    public static String key(RunSpec spec, int repetition) {
        return slug(spec.solver()) + "__" + slug(spec.problemId()) + "__" + specHash(spec).substring(0, 10)
                + "__s" + spec.seed() + "__r" + repetition;
    }

    /**
     * Lower-cases {@code text} and turns every run of characters outside {@code [a-z0-9.]} into one
     * {@code -}; trims dots and dashes at the ends and cuts to 48 characters ({@code x} when nothing is left).
     */
    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
        s = s.replaceAll("^[.-]+|[.-]+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("[.-]+$", "");
        }
        return s.isEmpty() ? "x" : s;
    }

    /** Lower-case hex SHA-256 of {@link #canonicalSpec}. */
    public static String specHash(RunSpec spec) {
        return sha256(canonicalSpec(spec).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The spec without seed, as compact JSON with sorted keys: {@code backend} (null for the default),
     * {@code params}, {@code problem}, {@code settings}, {@code solver}, {@code timeLimitSeconds}
     * (a number's canonical text, null for the platform default).
     */
    public static String canonicalSpec(RunSpec spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("backend", spec.backend());
        m.put("params", new TreeMap<>(spec.problemParameters()));
        m.put("problem", spec.problemId());
        m.put("settings", new TreeMap<>(spec.settings()));
        m.put("solver", spec.solver());
        double t = spec.timeLimitSeconds();
        m.put("timeLimitSeconds", Double.isFinite(t) && t > 0 ? formatNumber(t) : null);
        try {
            return CANONICAL.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the canonical spec of " + spec, e);
        }
    }

    /**
     * A number as a study passes it on: integral values without a fraction ({@code 100}, not
     * {@code 100.0}), others in Java's shortest round-trip form ({@code 0.5}, {@code 1.0E-8}).
     */
    public static String formatNumber(double v) {
        if (Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < 1e18) {
            return new BigDecimal(v).toBigInteger().toString();
        }
        return Double.toString(v);
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder sb = new StringBuilder(64);
            for (byte b : d) {
                sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
