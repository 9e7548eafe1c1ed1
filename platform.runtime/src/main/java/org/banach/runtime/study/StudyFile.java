package org.banach.runtime.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.banach.api.RunSpec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a study file. The format (strict JSON; unknown keys are refused so that typos are caught):
 *
 * <pre>
 * {
 *   "name": "tour",                        required; the result folder's name, [A-Za-z0-9._-]+
 *   "description": "...",                  optional
 *   "defaults": {                          optional; each run entry may override each of these
 *     "backend": "cpu",                    backend id; absent: the platform's default
 *     "timeLimitSeconds": 60,              positive number; absent: the platform's default
 *     "settings": {"tolerance": 1e-6},     solver settings; a run's settings are merged over these
 *     "seeds": [0],                        non-empty list of distinct integers; default [0]
 *     "repetitions": 1                     positive integer; default 1
 *   },
 *   "runs": [                              required, non-empty
 *     {
 *       "problem": "optim/mgh/rosenbrock", exactly one of "problem" (a string) or "problems" (a list)
 *       "params": {"n": 100},              problem parameters; optional
 *       "solver": "optim.lbfgs@[1.0,2)",   exactly one of "solver" or "solvers"; a version range is optional
 *       "settings": {"tolerance": 1e-8},   optional
 *       "backend": "cpu", "timeLimitSeconds": 30, "seeds": [1, 2], "repetitions": 2    optional
 *     }
 *   ]
 * }
 * </pre>
 *
 * Parameter and setting values may be strings, numbers or booleans; they are passed on as text
 * (integral numbers without a fraction: {@code 100}, not {@code 100.0}). Each run entry expands to
 * problems × solvers × seeds × repetitions runs, in that nesting order; each gets a run key from
 * {@link RunKeys#key}. Two entries that expand to the same run are refused.
 */
public final class StudyFile {

    /** Most runs one study may expand to (a guard against a typo such as {@code "repetitions": 100000}). */
    public static final int MAX_RUNS = 100_000;

    private static final List<String> TOP_KEYS = List.of("name", "description", "defaults", "runs");
    private static final List<String> DEFAULT_KEYS = List.of("backend", "timeLimitSeconds", "settings", "seeds",
            "repetitions");
    private static final List<String> RUN_KEYS = List.of("problem", "problems", "params", "solver", "solvers",
            "settings", "backend", "timeLimitSeconds", "seeds", "repetitions");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StudyFile() {
    }

    /**
     * Parses and expands a study file.
     *
     * @throws StudyFormatException naming the file, the JSON path (or line and column) and the fault
     */
    public static StudySpec parse(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StudyFormatException(file, "$", "no such file");
        } catch (IOException e) {
            throw new StudyFormatException(file, "$", "cannot read the file: " + e);
        }
        return parse(file, bytes);
    }

    /** Parses study-file content; {@code file} names it in messages and in the returned spec. */
    public static StudySpec parse(Path file, byte[] bytes) {
        JsonNode root = tree(file, bytes);
        JsonFields f = new JsonFields(file);
        f.object(root, "$", TOP_KEYS);
        String name = f.string(f.required(root, "$", "name"), "$.name");
        if (!name.matches("[A-Za-z0-9._-]{1,100}") || name.matches("\\.+")) {
            throw f.fault("$.name", "\"" + name + "\" is not a safe folder name: use 1 to 100 of A-Z a-z 0-9 . _ -");
        }
        String description = root.has("description") ? f.string(root.get("description"), "$.description") : "";
        Entry defaults = new Entry();
        if (root.has("defaults")) {
            JsonNode d = root.get("defaults");
            f.object(d, "$.defaults", DEFAULT_KEYS);
            defaults = readCommon(f, d, "$.defaults", defaults);
        }
        JsonNode runs = f.required(root, "$", "runs");
        if (!runs.isArray()) {
            throw f.fault("$.runs", "expected an array of run entries, found " + JsonFields.describe(runs));
        }
        if (runs.isEmpty()) {
            throw f.fault("$.runs", "must list at least one run");
        }
        List<PlannedRun> planned = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            expand(f, runs.get(i), JsonFields.index("$.runs", i), defaults, planned, seen);
        }
        return new StudySpec(file, name, description, RunKeys.sha256(bytes), bytes, planned);
    }

    private static JsonNode tree(Path file, byte[] bytes) {
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new StudyFormatException(file, "$", "the file is empty; expected a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new StudyFormatException(file, line, column, "invalid JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new StudyFormatException(file, "$", "cannot read the JSON: " + e);
        }
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }

    /** The fields shared by "defaults" and run entries, each falling back to {@code base}. */
    private static Entry readCommon(JsonFields f, JsonNode n, String path, Entry base) {
        Entry e = new Entry();
        e.backend = n.has("backend") ? f.string(n.get("backend"), path + ".backend") : base.backend;
        e.timeLimitSeconds = n.has("timeLimitSeconds")
                ? f.positiveNumber(n.get("timeLimitSeconds"), path + ".timeLimitSeconds")
                : base.timeLimitSeconds;
        e.settings = new LinkedHashMap<>(base.settings);
        if (n.has("settings")) {
            e.settings.putAll(f.scalarMap(n.get("settings"), path + ".settings"));
        }
        e.seeds = n.has("seeds") ? f.integerList(n.get("seeds"), path + ".seeds") : base.seeds;
        e.repetitions = n.has("repetitions") ? f.positiveInt(n.get("repetitions"), path + ".repetitions")
                : base.repetitions;
        return e;
    }

    private static void expand(JsonFields f, JsonNode n, String path, Entry defaults, List<PlannedRun> out,
            Map<String, String> seen) {
        f.object(n, path, RUN_KEYS);
        List<String> problems = oneOrMany(f, n, path, "problem", "problems");
        List<String> solvers = oneOrMany(f, n, path, "solver", "solvers");
        Map<String, String> params = n.has("params") ? f.scalarMap(n.get("params"), path + ".params") : Map.of();
        Entry e = readCommon(f, n, path, defaults);
        long count = (long) problems.size() * solvers.size() * e.seeds.size() * e.repetitions;
        if (out.size() + count > MAX_RUNS) {
            throw f.fault(path, "the study would expand to more than " + MAX_RUNS + " runs (this entry alone to "
                    + count + ")");
        }
        for (String problem : problems) {
            for (String solver : solvers) {
                for (long seed : e.seeds) {
                    RunSpec.Builder b = RunSpec.builder(solver, problem).params(params).settings(e.settings)
                            .backend(e.backend).seed(seed);
                    if (e.timeLimitSeconds > 0) {
                        b.timeLimitSeconds(e.timeLimitSeconds);
                    }
                    RunSpec spec = b.build();
                    for (int rep = 1; rep <= e.repetitions; rep++) {
                        String key = RunKeys.key(spec, rep);
                        String earlier = seen.putIfAbsent(key, path);
                        if (earlier != null) {
                            throw f.fault(path, "repeats the run " + key + " of " + earlier
                                    + " (same solver, problem, parameters, settings, backend, time limit and seed);"
                                    + " use \"repetitions\" to run it more than once");
                        }
                        out.add(new PlannedRun(key, spec, rep, path));
                    }
                }
            }
        }
    }

    private static List<String> oneOrMany(JsonFields f, JsonNode n, String path, String one, String many) {
        if (n.has(one) && n.has(many)) {
            throw f.fault(JsonFields.child(path, many), "give either \"" + one + "\" or \"" + many + "\", not both");
        }
        if (n.has(many)) {
            return f.stringList(n.get(many), JsonFields.child(path, many));
        }
        if (!n.has(one)) {
            throw f.fault(JsonFields.child(path, one), "missing field \"" + one + "\" (or a list \"" + many + "\")");
        }
        return List.of(f.string(n.get(one), JsonFields.child(path, one)));
    }

    /** What a run entry inherits from "defaults". */
    private static final class Entry {
        String backend;
        double timeLimitSeconds = Double.NaN;
        Map<String, String> settings = new LinkedHashMap<>();
        List<Long> seeds = List.of(0L);
        int repetitions = 1;
    }
}
