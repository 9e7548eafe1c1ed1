package org.banach.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical serialisable form of a {@link Result}: nested maps, lists, strings, numbers and
 * booleans only, with the field names other tools rely on ({@code status}, {@code objective},
 * {@code iterations}, {@code evaluations}, {@code elapsedSeconds}, {@code solution}, {@code solver}
 * {id, version}, {@code backend}, {@code certificate} {criterion, value, tolerance, satisfied},
 * {@code verified} {value, satisfied, agrees}). Any JSON library can write it. Non-finite numbers
 * become null (JSON has no NaN). The trace is not part of it (it is stored as CSV).
 */
public final class ResultMaps {

    private ResultMaps() {
    }

    public static Map<String, Object> toMap(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", r.status().name());
        m.put("message", r.message());
        m.put("objective", num(r.objective()));
        m.put("iterations", r.iterations());
        m.put("evaluations", r.evaluations());
        m.put("elapsedSeconds", num(r.elapsedSeconds()));
        List<Object> x = new ArrayList<>();
        for (double v : r.solution()) {
            x.add(num(v));
        }
        m.put("solution", x);
        Map<String, Object> solver = new LinkedHashMap<>();
        solver.put("id", r.solverId());
        solver.put("version", r.solverVersion());
        m.put("solver", solver);
        m.put("backend", r.backend());
        m.put("certificate", certificate(r.certificate()));
        m.put("verified", verification(r.verification()));
        m.put("counters", new LinkedHashMap<>(r.counters()));
        if (!r.series().isEmpty()) {
            Map<String, Object> series = new LinkedHashMap<>();
            r.series().forEach((k, values) -> {
                List<Object> list = new ArrayList<>();
                for (double v : values) {
                    list.add(num(v));
                }
                series.put(k, list);
            });
            m.put("series", series);
        }
        m.put("seed", r.seed());
        m.put("settings", new LinkedHashMap<>(r.settings()));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("id", r.problemId());
        problem.put("params", new LinkedHashMap<>(r.problemParameters()));
        m.put("problem", problem);
        m.put("provenance", new LinkedHashMap<>(r.provenance()));
        return m;
    }

    private static Map<String, Object> certificate(Certificate c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("criterion", c.criterion());
        m.put("value", num(c.value()));
        m.put("tolerance", num(c.tolerance()));
        m.put("satisfied", c.satisfied());
        if (Certificate.CONTRACTION.equals(c.criterion())) {
            m.put("rate", num(c.rate()));
            m.put("metric", c.metric());
            m.put("safeStep", num(c.safeStep()));
        }
        return m;
    }

    private static Map<String, Object> verification(Verification v) {
        if (v == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("criterion", v.criterion());
        m.put("value", num(v.value()));
        m.put("tolerance", num(v.tolerance()));
        m.put("satisfied", v.satisfied());
        m.put("agrees", v.agrees());
        m.put("message", v.message());
        return m;
    }

    /** Rebuilds a result (without trace) from {@link #toMap}'s form, e.g. read back from JSON. */
    @SuppressWarnings("unchecked")
    public static Result fromMap(Map<String, Object> m) {
        Result.Builder b = Result.builder(Status.valueOf((String) m.get("status")))
                .message((String) m.get("message"))
                .objective(dbl(m.get("objective")))
                .iterations(lng(m.get("iterations")))
                .evaluations(lng(m.get("evaluations")))
                .elapsedSeconds(dbl(m.get("elapsedSeconds")))
                .seed(lng(m.get("seed")))
                .backend((String) m.get("backend"));
        List<Object> xs = (List<Object>) m.getOrDefault("solution", List.of());
        double[] x = new double[xs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = dbl(xs.get(i));
        }
        b.solution(x);
        Map<String, Object> solver = (Map<String, Object>) m.get("solver");
        if (solver != null) {
            b.solver((String) solver.get("id"), (String) solver.get("version"));
        }
        Map<String, Object> c = (Map<String, Object>) m.get("certificate");
        if (c != null) {
            String criterion = (String) c.get("criterion");
            if (Certificate.CONTRACTION.equals(criterion)) {
                b.certificate(Certificate.contraction(dbl(c.get("rate")), dbl(c.get("tolerance")),
                        (String) c.get("metric"), dbl(c.get("safeStep"))));
            } else {
                b.certificate(Certificate.of(criterion, dbl(c.get("value")), dbl(c.get("tolerance"))));
            }
        }
        Map<String, Object> v = (Map<String, Object>) m.get("verified");
        if (v != null) {
            b.verification(new Verification((String) v.get("criterion"), dbl(v.get("value")),
                    dbl(v.get("tolerance")), Boolean.TRUE.equals(v.get("satisfied")),
                    Boolean.TRUE.equals(v.get("agrees")), (String) v.get("message")));
        }
        Map<String, Object> counters = (Map<String, Object>) m.get("counters");
        if (counters != null) {
            Map<String, Long> cs = new LinkedHashMap<>();
            counters.forEach((k, val) -> cs.put(k, lng(val)));
            b.counters(cs);
        }
        Map<String, Object> series = (Map<String, Object>) m.get("series");
        if (series != null) {
            series.forEach((k, list) -> b.series(k, ((List<Object>) list).stream().mapToDouble(ResultMaps::dbl).toArray()));
        }
        Map<String, Object> settings = (Map<String, Object>) m.get("settings");
        if (settings != null) {
            b.settings(settings);
        }
        Map<String, Object> problem = (Map<String, Object>) m.get("problem");
        if (problem != null) {
            Map<String, String> params = new LinkedHashMap<>();
            Map<String, Object> p = (Map<String, Object>) problem.getOrDefault("params", Map.of());
            p.forEach((k, val) -> params.put(k, String.valueOf(val)));
            b.problem((String) problem.get("id"), params);
        }
        Map<String, Object> prov = (Map<String, Object>) m.get("provenance");
        if (prov != null) {
            Map<String, String> ps = new LinkedHashMap<>();
            prov.forEach((k, val) -> ps.put(k, String.valueOf(val)));
            b.provenance(ps);
        }
        return b.build();
    }

    private static Object num(double v) {
        return Double.isFinite(v) ? (Object) v : null;
    }

    private static double dbl(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }

    private static long lng(Object o) {
        return o == null ? 0L : ((Number) o).longValue();
    }
}
