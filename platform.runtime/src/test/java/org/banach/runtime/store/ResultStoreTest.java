package org.banach.runtime.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.banach.api.Certificate;
import org.banach.api.Result;
import org.banach.api.ResultMaps;
import org.banach.api.Status;
import org.banach.api.TracePoint;
import org.banach.api.Verification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class ResultStoreTest {

    @TempDir
    Path dir;

    private final ResultStore store = new ResultStore();

    static Result full(double objective) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("tolerance", 1e-8);
        settings.put("maxIterations", 500L);
        settings.put("lineSearch", "wolfe");
        settings.put("verbose", false);
        return Result.builder(Status.CONVERGED)
                .message("gradient norm below tolerance")
                .solution(new double[] {1.0, 0.9999999999999998, -3.5e-12})
                .objective(objective)
                .iterations(37)
                .evaluations(45)
                .counters(Map.of("f", 45L, "grad", 44L))
                .series("omega", new double[] {1.5, 1.0521052631578946, 1.99})
                .elapsedSeconds(0.0123456789)
                .trace(List.of(new TracePoint(0, 0.0, 24.2, 232.86768526), new TracePoint(1, 1.5e-4, 4.73, 1.3e1),
                        new TracePoint(2, 2.25e-4, Double.NaN, Double.POSITIVE_INFINITY)))
                .certificate(Certificate.of(Certificate.GRADIENT_NORM, 3.1e-9, 1e-8))
                .verification(new Verification(Certificate.GRADIENT_NORM, 3.2e-9, 1e-8, true, true, "recomputed"))
                .solver("optim.lbfgs", "1.0.0.202611231200")
                .backend("cpu")
                .seed(42)
                .settings(settings)
                .problem("optim/rosenbrock", Map.of("n", "100"))
                .provenance(Map.of("jvm", "17.0.15", "bundleSha256", "abc123"))
                .build();
    }

    private static void assertTraceEquals(List<TracePoint> expected, List<TracePoint> actual) {
        assertEquals(expected.size(), actual.size(), "trace length");
        for (int i = 0; i < expected.size(); i++) {
            TracePoint e = expected.get(i);
            TracePoint a = actual.get(i);
            assertEquals(e.iteration(), a.iteration(), "iteration of row " + i);
            assertEquals(e.seconds(), a.seconds(), 0.0, "seconds of row " + i);
            assertEquals(Double.doubleToLongBits(e.objective()), Double.doubleToLongBits(a.objective()),
                    "objective of row " + i);
            assertEquals(Double.doubleToLongBits(e.measure()), Double.doubleToLongBits(a.measure()),
                    "measure of row " + i);
        }
    }

    @Test
    void roundTripKeepsEveryFieldAndTheTrace() {
        Result r = full(1.25e-17);
        store.write(dir, "k1", r);

        assertTrue(store.has(dir, "k1"));
        assertTrue(Files.isRegularFile(dir.resolve("k1.json")));
        assertTrue(Files.isRegularFile(dir.resolve("k1.trace.csv")));
        Result back = store.read(dir, "k1").orElseThrow();
        assertEquals(ResultMaps.toMap(r), ResultMaps.toMap(back));
        assertTraceEquals(r.trace(), back.trace());
        assertEquals(3.1e-9, back.certificate().value(), 0.0);
        assertTrue(back.verification().agrees());
        assertEquals(500L, back.settings().get("maxIterations"));
        assertArrayEquals(r.series().get("omega"), back.series().get("omega"), 0.0, "per-step records survive");
    }

    @Test
    void jsonIsThePrettyCanonicalMapWithTheRunKey() throws IOException {
        store.write(dir, "k1", full(2.0));
        String text = Files.readString(dir.resolve("k1.json"));
        assertTrue(text.contains("\n  \"status\" : \"CONVERGED\""), text);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = new ObjectMapper().readValue(text, Map.class);
        assertEquals("k1", m.get("runKey"));
        assertEquals(List.of("runKey"), m.keySet().stream().limit(1).collect(Collectors.toList()));
        assertEquals(ResultMaps.toMap(full(2.0)).keySet(),
                m.keySet().stream().skip(1).collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
        List<String> csv = Files.readAllLines(dir.resolve("k1.trace.csv"));
        assertEquals("iteration,seconds,objective,measure", csv.get(0));
        assertEquals(4, csv.size());
        assertEquals("2,2.25E-4,NaN,Infinity", csv.get(3));
    }

    @Test
    void nanObjectiveIsStoredAsNullAndReadBackAsNaN() throws IOException {
        store.write(dir, "nan", full(Double.NaN));
        @SuppressWarnings("unchecked")
        Map<String, Object> m = new ObjectMapper().readValue(dir.resolve("nan.json").toFile(), Map.class);
        assertTrue(m.containsKey("objective"));
        assertNull(m.get("objective"));
        assertTrue(Double.isNaN(store.read(dir, "nan").orElseThrow().objective()));
    }

    @Test
    void missingResultReadsEmpty() {
        assertFalse(store.has(dir, "nothing"));
        assertEquals(Optional.empty(), store.read(dir, "nothing"));
        assertEquals(List.of(), store.readAll(dir.resolve("no-such-folder")));
    }

    @Test
    void aLeftoverTemporaryFileIsNotAResultAndIsCleaned() throws IOException {
        store.write(dir, "done", full(1.0));
        // what a crash between writing and renaming leaves behind
        Path tmpJson = dir.resolve(".crashed.json.0123456789abcdef.tmp");
        Path tmpCsv = dir.resolve(".crashed.trace.csv.fedcba9876543210.tmp");
        Files.writeString(tmpJson, "{\"runKey\":\"crashed\",\"status\":\"CONV");
        Files.writeString(tmpCsv, "iteration,seconds,objective,measure\n0,0.0,1.0,1.0\n");

        assertFalse(store.has(dir, "crashed"));
        assertEquals(Optional.empty(), store.read(dir, "crashed"));
        List<String> warnings = new ArrayList<>();
        List<Result> all = store.readAll(dir, warnings);
        assertEquals(1, all.size());
        assertEquals(List.of(), warnings);
        assertFalse(Files.exists(tmpJson), "leftover JSON temp removed");
        assertFalse(Files.exists(tmpCsv), "leftover CSV temp removed");
        assertTrue(Files.exists(dir.resolve("done.json")));
    }

    @Test
    void aTraceWithoutItsJsonIsAnUnfinishedRun() throws IOException {
        // the CSV is moved first: a crash before the JSON's move leaves only the CSV
        Files.writeString(dir.resolve("half.trace.csv"), "iteration,seconds,objective,measure\n");
        assertFalse(store.has(dir, "half"));
        assertEquals(List.of(), store.readAll(dir));
    }

    @Test
    void readAllSortsByKeySkipsTheStudyFileAndReportsUnreadableFiles() throws IOException {
        store.write(dir, "b", full(2.0));
        store.write(dir, "a", full(1.0));
        store.write(dir, "c", full(3.0));
        Files.writeString(dir.resolve("study.json"), "{\"name\":\"x\",\"runs\":[]}");
        Files.writeString(dir.resolve("broken.json"), "{\"status\": ");
        Files.writeString(dir.resolve("alien.json"), "{\"hello\": 1}");
        Files.writeString(dir.resolve("c.trace.csv"), "when,what\n1,2\n");

        List<String> warnings = new ArrayList<>();
        List<Result> all = store.readAll(dir, warnings);

        assertEquals(List.of(1.0, 2.0), all.stream().map(Result::objective).collect(Collectors.toList()));
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("alien.json") && warnings.get(0).contains("status"), warnings.get(0));
        assertTrue(warnings.get(1).contains("broken.json"), warnings.get(1));
        assertTrue(warnings.get(2).contains("c.trace.csv") && warnings.get(2).contains("header"), warnings.get(2));
        assertEquals(List.of("a", "alien", "b", "broken", "c"), store.storedKeys(dir));
    }

    @Test
    void unreadableSingleResultNamesTheFile() throws IOException {
        Files.writeString(dir.resolve("bad.json"), "not json");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> store.read(dir, "bad"));
        assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
    }

    @Test
    void aResultWhoseTraceWasDeletedReadsWithAnEmptyTrace() throws IOException {
        store.write(dir, "k", full(1.0));
        Files.delete(dir.resolve("k.trace.csv"));
        assertEquals(List.of(), store.read(dir, "k").orElseThrow().trace());
    }

    @Test
    void rewritingAKeyReplacesTheResult() {
        store.write(dir, "k", full(1.0));
        store.write(dir, "k", Result.failure(Status.FAILED, "boom"));
        Result back = store.read(dir, "k").orElseThrow();
        assertEquals(Status.FAILED, back.status());
        assertEquals(List.of(), back.trace());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the JSON and the CSV, no temporary files");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void unsafeKeysAreRefused() {
        for (String key : new String[] {"", "../escape", "a/b", ".hidden", "study", "white space"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.write(dir, key, full(1.0)), key);
            assertTrue(e.getMessage().contains("invalid run key"), e.getMessage());
        }
    }

    @Test
    void concurrentWritesOfDifferentKeysAllLand() throws Exception {
        int threads = 6;
        int perThread = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        store.write(dir, "t" + thread + "-r" + i, full(thread * 1000 + i));
                        if (i % 4 == 3) {
                            // a concurrent reader (which also cleans temporary files) must not disturb the writers
                            List<String> warnings = new ArrayList<>();
                            store.readAll(dir, warnings);
                            assertEquals(List.of(), warnings, "a reader never sees a partial result");
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> warnings = new ArrayList<>();
        List<Result> all = store.readAll(dir, warnings);
        assertEquals(List.of(), warnings);
        assertEquals(threads * perThread, all.size());
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                Result r = store.read(dir, "t" + t + "-r" + i).orElseThrow();
                assertEquals(t * 1000 + i, r.objective(), 0.0);
                assertEquals(3, r.trace().size());
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2L * threads * perThread, files.count(), "no temporary files left");
        }
    }

    @Test
    void atomicWriteLeavesTheOldContentWhenTheWriterFails() throws IOException {
        Path target = dir.resolve("summary.csv");
        AtomicFiles.write(target, "old".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("new, partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file was removed");
        }
    }
}
