package org.banach.runtime.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.banach.api.Result;
import org.banach.api.ResultMaps;
import org.banach.api.TracePoint;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Stores results in a study folder: {@code <runKey>.json} ({@link ResultMaps#toMap} plus a top-level
 * {@code runKey}) and {@code <runKey>.trace.csv} (see {@link TraceCsv}). Both are written atomically
 * (see {@link AtomicFiles}); the JSON is written last, so its presence means the run is complete.
 * Thread-safe: writes of the same key are serialised, writes of different keys run in parallel.
 */
public final class ResultStore {

    /** The copied study file, which lives beside the results and is not one. */
    public static final String STUDY_FILE = "study.json";
    /** Names of the study file's copies ({@code study.json}, earlier versions {@code study-<sha10>.json}). */
    private static final Pattern STUDY_COPY = Pattern.compile("study(-[0-9a-f]{10})?\\.json");
    public static final String JSON_SUFFIX = ".json";
    public static final String TRACE_SUFFIX = ".trace.csv";

    private static final System.Logger LOG = System.getLogger(ResultStore.class.getName());
    private static final Pattern RUN_KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}");
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);
    private final Map<Path, Object> keyLocks = new ConcurrentHashMap<>();

    /**
     * Stores {@code r} under {@code runKey} in {@code studyDir} (created if missing), replacing an
     * earlier result of that key.
     *
     * @throws IllegalArgumentException for a run key that is not a safe file name
     * @throws UncheckedIOException naming the file when writing fails; then no new JSON is visible
     */
    public void write(Path studyDir, String runKey, Result r) {
        checkKey(runKey);
        Objects.requireNonNull(r, "result");
        Path jsonFile = jsonFile(studyDir, runKey);
        Path traceFile = traceFile(studyDir, runKey);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("runKey", runKey);
        map.putAll(ResultMaps.toMap(r));
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(map);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("result " + runKey + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        synchronized (lockFor(jsonFile)) {
            Path current = traceFile;
            try {
                Files.createDirectories(studyDir);
                AtomicFiles.write(traceFile, out -> {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    TraceCsv.write(r.trace(), w);
                    w.flush();
                });
                current = jsonFile;
                AtomicFiles.write(jsonFile, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("could not store result " + runKey + " as " + current + ": " + e, e);
            }
        }
    }

    /** True when a complete result of {@code runKey} is stored (its JSON exists). */
    public boolean has(Path studyDir, String runKey) {
        checkKey(runKey);
        return Files.isRegularFile(jsonFile(studyDir, runKey));
    }

    /**
     * Reads a stored result with its trace; empty when none is stored. A result whose trace CSV is
     * missing reads with an empty trace (logged).
     *
     * @throws UncheckedIOException naming the file when it exists but cannot be read or parsed
     */
    public Optional<Result> read(Path studyDir, String runKey) {
        checkKey(runKey);
        Path jsonFile = jsonFile(studyDir, runKey);
        Map<String, Object> map;
        try {
            map = json.readValue(jsonFile.toFile(), MAP);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            if (!Files.exists(jsonFile)) {
                return Optional.empty();
            }
            throw new UncheckedIOException(jsonFile + ": not a readable result JSON: " + e.getMessage(), e);
        }
        Result base;
        try {
            if (map == null || !(map.get("status") instanceof String)) {
                throw new IllegalArgumentException("no \"status\" string");
            }
            base = ResultMaps.fromMap(map);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(jsonFile + ": not a valid result: " + e, e));
        }
        List<TracePoint> trace = readTrace(traceFile(studyDir, runKey));
        return Optional.of(base.toBuilder().trace(trace).build());
    }

    private List<TracePoint> readTrace(Path traceFile) {
        try (BufferedReader in = Files.newBufferedReader(traceFile, StandardCharsets.UTF_8)) {
            return TraceCsv.read(in, traceFile.toString());
        } catch (NoSuchFileException e) {
            LOG.log(Level.WARNING, "trace " + traceFile + " is missing; reading the result without its trace");
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** All results stored in {@code studyDir}, sorted by run key; unreadable ones are skipped and logged. */
    public List<Result> readAll(Path studyDir) {
        List<String> warnings = new ArrayList<>();
        List<Result> results = readAll(studyDir, warnings);
        warnings.forEach(w -> LOG.log(Level.WARNING, w));
        return results;
    }

    /**
     * All results stored in {@code studyDir}, sorted by run key. Each file that cannot be read adds a
     * line naming it and the fault to {@code warnings} and is skipped. Leftover temporary files of an
     * interrupted write are removed. A missing folder has no results.
     */
    public List<Result> readAll(Path studyDir, List<String> warnings) {
        removeLeftovers(studyDir);
        List<Result> results = new ArrayList<>();
        for (String key : storedKeys(studyDir, warnings)) {
            try {
                read(studyDir, key).ifPresent(results::add);
            } catch (UncheckedIOException e) {
                warnings.add("skipped " + key + ": " + e.getMessage());
            }
        }
        return results;
    }

    /** Run keys with a stored JSON in {@code studyDir}, sorted. */
    public List<String> storedKeys(Path studyDir) {
        List<String> warnings = new ArrayList<>();
        List<String> keys = storedKeys(studyDir, warnings);
        warnings.forEach(w -> LOG.log(Level.WARNING, w));
        return keys;
    }

    private List<String> storedKeys(Path studyDir, List<String> warnings) {
        TreeSet<String> keys = new TreeSet<>();
        if (!Files.isDirectory(studyDir)) {
            return List.of();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(studyDir, "*" + JSON_SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (STUDY_COPY.matcher(name).matches() || !Files.isRegularFile(f)) {
                    continue;
                }
                String key = name.substring(0, name.length() - JSON_SUFFIX.length());
                if (RUN_KEY.matcher(key).matches()) {
                    keys.add(key);
                } else {
                    warnings.add("skipped " + f + ": its name is not a run key");
                }
            }
        } catch (IOException e) {
            warnings.add("could not list " + studyDir + ": " + e);
        }
        return new ArrayList<>(keys);
    }

    /** Removes temporary files left by a crash in {@code studyDir}; returns how many. */
    public int removeLeftovers(Path studyDir) {
        int n = AtomicFiles.removeTemporaries(studyDir);
        if (n > 0) {
            LOG.log(Level.INFO, "removed " + n + " temporary file(s) left by an interrupted write in " + studyDir);
        }
        return n;
    }

    public static Path jsonFile(Path studyDir, String runKey) {
        return studyDir.resolve(runKey + JSON_SUFFIX);
    }

    public static Path traceFile(Path studyDir, String runKey) {
        return studyDir.resolve(runKey + TRACE_SUFFIX);
    }

    /** True when {@code runKey} can name a stored result (a safe file name, not the study file's). */
    public static boolean isValidKey(String runKey) {
        return runKey != null && RUN_KEY.matcher(runKey).matches()
                && !STUDY_COPY.matcher(runKey + JSON_SUFFIX).matches();
    }

    private static void checkKey(String runKey) {
        if (!isValidKey(runKey)) {
            throw new IllegalArgumentException("invalid run key '" + runKey
                    + "': use 1 to 200 of [A-Za-z0-9._-], not starting with '.', and not 'study' or 'study-<10 hex>'");
        }
    }

    private Object lockFor(Path jsonFile) {
        return keyLocks.computeIfAbsent(jsonFile.toAbsolutePath().normalize(), k -> new Object());
    }
}
