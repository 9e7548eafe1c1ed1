package org.banach.launch.bench;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.banach.api.RunSpec;

/** The study file of measurement (c): one run entry repeating the trivial job. */
final class BenchStudy {

    private BenchStudy() {
    }

    /** The study JSON with {@code runs} repetitions of {@code spec}. */
    static String json(RunSpec spec, int runs) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"name\": \"bench\",\n  \"description\": \"banach bench: ").append(runs)
                .append(" trivial runs\",\n  \"runs\": [\n    {\"problem\": ").append(q(spec.problemId()))
                .append(", \"solver\": ").append(q(spec.solver()));
        sb.append(", \"params\": ").append(object(spec.problemParameters()));
        sb.append(", \"settings\": ").append(object(spec.settings()));
        sb.append(", \"repetitions\": ").append(runs).append("}\n  ]\n}\n");
        return sb.toString();
    }

    private static String object(Map<String, String> m) {
        return m.entrySet().stream().map(e -> q(e.getKey()) + ": " + q(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** {@code s} as a JSON string literal. */
    private static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
