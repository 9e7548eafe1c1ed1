package org.banach.launch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The banach command line against the real bundles (target/bundles): output shapes and exit codes. */
class MainTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private CliRun banach(String... args) {
        return CliRun.banach(tmp.resolve("deploy"), args);
    }

    private static void noStackTrace(CliRun r) {
        r.assertNoStackTrace();
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        CliRun r = banach("--help");
        assertEquals(0, r.code, r.toString());
        for (String c : List.of("solvers", "problems", "backends", "solve", "run", "shell", "bench")) {
            assertTrue(r.out.contains("  " + c + " "), c + " in\n" + r.out);
        }
        assertTrue(r.out.contains("Exit codes:") && r.out.contains("ITERATION_LIMIT"), r.out);
        CliRun s = banach("solve", "--help");
        assertEquals(0, s.code, s.toString());
        assertTrue(s.out.contains("--time-limit") && s.out.contains("Exit codes:"), s.out);
        CliRun v = banach("--version");
        assertEquals(0, v.code, v.toString());
        assertTrue(v.out.startsWith("banach "), v.out);
    }

    @Test
    void badUsageExitsTwoWithAnErrorLine() {
        CliRun unknownOption = banach("solve", "--frobnicate");
        assertEquals(Main.USAGE, unknownOption.code, unknownOption.toString());
        assertTrue(unknownOption.err.startsWith("error: "), unknownOption.toString());
        CliRun noCommand = banach();
        assertEquals(Main.USAGE, noCommand.code, noCommand.toString());
        CliRun missingArg = banach("solve", "optim.lbfgs");
        assertEquals(Main.USAGE, missingArg.code, missingArg.toString());
        noStackTrace(unknownOption);
    }

    @Test
    void solversJsonHasTheDocumentedFields() throws Exception {
        CliRun r = banach("solvers", "--json");
        assertEquals(0, r.code, r.toString());
        JsonNode list = JSON.readTree(r.out);
        assertTrue(list.isArray() && list.size() > 0, r.out);
        JsonNode lbfgs = null;
        for (JsonNode s : list) {
            for (String f : List.of("id", "version", "problem", "reference", "parameters")) {
                assertTrue(s.has(f), f + " in " + s);
            }
            for (JsonNode p : s.get("parameters")) {
                for (String f : List.of("name", "type", "default", "range", "help")) {
                    assertTrue(p.has(f), f + " in " + p);
                }
            }
            if (s.get("id").asText().equals("optim.lbfgs")) {
                lbfgs = s;
            }
        }
        assertNotNull(lbfgs, "optim.lbfgs listed: " + r.out);
        assertEquals("optim.smooth", lbfgs.get("problem").asText());
    }

    @Test
    void problemsAndBackendsJson() throws Exception {
        CliRun p = banach("problems", "--json");
        assertEquals(0, p.code, p.toString());
        boolean rosenbrock = false;
        for (JsonNode d : JSON.readTree(p.out)) {
            for (String f : List.of("id", "family", "dimension", "knownOptimum", "reference", "parameters")) {
                assertTrue(d.has(f), f + " in " + d);
            }
            rosenbrock |= d.get("id").asText().equals("optim/mgh/rosenbrock");
        }
        assertTrue(rosenbrock, p.out);
        CliRun b = banach("backends", "--json");
        assertEquals(0, b.code, b.toString());
        assertEquals("cpu", JSON.readTree(b.out).get(0).get("id").asText(), b.out);
        CliRun human = banach("problems");
        assertEquals(0, human.code, human.toString());
        assertTrue(human.out.startsWith("ID "), human.out);
    }

    @Test
    void solveJsonPrintsOneVerifiedResult() throws Exception {
        CliRun r = banach("solve", "optim.lbfgs", "optim/mgh/rosenbrock", "--json");
        assertEquals(0, r.code, r.toString());
        JsonNode o = JSON.readTree(r.out); // fails on anything but exactly one JSON value
        assertEquals("CONVERGED", o.get("status").asText());
        for (String f : List.of("objective", "iterations", "evaluations", "elapsedSeconds", "solution", "backend")) {
            assertTrue(o.has(f), f + " in " + r.out);
        }
        assertEquals("optim.lbfgs", o.get("solver").get("id").asText());
        assertTrue(o.get("objective").asDouble() < 1e-10, r.out);
        assertTrue(o.get("certificate").get("satisfied").asBoolean(), r.out);
        assertTrue(o.get("verified").get("satisfied").asBoolean(), r.out);
        assertTrue(o.get("verified").get("agrees").asBoolean(), r.out);
        assertFalse(r.err.contains("Exception"), r.err);
    }

    @Test
    void solveHumanSummary() {
        CliRun r = banach("solve", "optim.lbfgs", "optim/mgh/rosenbrock");
        assertEquals(0, r.code, r.toString());
        assertTrue(r.out.contains("CONVERGED") && r.out.contains("verified"), r.out);
    }

    @Test
    void solveExitCodeIsTheStatus() throws Exception {
        JsonNode solvers = JSON.readTree(banach("solvers", "--json").out);
        String limit = null;
        for (JsonNode s : solvers) {
            if (s.get("id").asText().equals("optim.lbfgs")) {
                for (JsonNode p : s.get("parameters")) {
                    if (p.get("name").asText().matches("(?i)max.*iter.*")) {
                        limit = p.get("name").asText();
                    }
                }
            }
        }
        assertNotNull(limit, "optim.lbfgs has an iteration limit parameter");
        CliRun r = banach("solve", "optim.lbfgs", "optim/mgh/rosenbrock", "--set", limit + "=1", "--json");
        assertEquals(10, r.code, r.toString());
        assertEquals("ITERATION_LIMIT", JSON.readTree(r.out).get("status").asText());
    }

    /** A deploy folder holding the fixture solvers (test.steady, test.throws, test.hang, test.nan). */
    private Path fixturesDeploy() throws Exception {
        Path dir = Path.of(System.getProperty("banach.test.fixtures"));
        Path deploy = Files.createDirectories(tmp.resolve("deploy"));
        try (Stream<Path> s = Files.list(dir)) {
            for (Path jar : (Iterable<Path>) s::iterator) {
                Files.copy(jar, deploy.resolve(jar.getFileName()));
            }
        }
        return deploy;
    }

    @Test
    void solveExitCodesFollowTheStatusOfMisbehavingSolvers() throws Exception {
        fixturesDeploy(); // bundles already in the deploy folder are started before the first job
        CliRun thrown = banach("solve", "test.throws", "optim/mgh/rosenbrock", "--json");
        assertEquals(17, thrown.code, thrown.toString());
        assertEquals("FAILED", JSON.readTree(thrown.out).get("status").asText());
        noStackTrace(thrown);
        CliRun slow = banach("solve", "test.steady", "optim/mgh/rosenbrock", "--set", "steps=100000", "--set",
                "sleepMillis=10", "--time-limit", "0.3", "--json");
        assertEquals(11, slow.code, slow.toString());
        assertEquals("TIME_LIMIT", JSON.readTree(slow.out).get("status").asText());
        CliRun ok = banach("solve", "test.steady", "optim/mgh/rosenbrock", "--set", "steps=1", "--set", "sleepMillis=0");
        assertEquals(0, ok.code, ok.toString());
        CliRun badTime = banach("solve", "test.steady", "optim/mgh/rosenbrock", "--time-limit", "-1");
        assertEquals(Main.USAGE, badTime.code, badTime.toString());
    }

    @Test
    void unknownSolverOrBadSettingExitsTwoWithoutAStackTrace() {
        CliRun unknown = banach("solve", "optim.nope", "optim/mgh/rosenbrock");
        assertEquals(Main.USAGE, unknown.code, unknown.toString());
        assertTrue(unknown.err.startsWith("error: ") && unknown.err.contains("optim.nope"), unknown.toString());
        noStackTrace(unknown);
        CliRun bad = banach("solve", "optim.lbfgs", "optim/mgh/rosenbrock", "--set", "noSuchSetting=1");
        assertEquals(Main.USAGE, bad.code, bad.toString());
        assertTrue(bad.err.startsWith("error: ") && bad.err.contains("noSuchSetting"), bad.toString());
        noStackTrace(bad);
        CliRun problem = banach("solve", "optim.lbfgs", "optim/nope");
        assertEquals(Main.USAGE, problem.code, problem.toString());
        noStackTrace(problem);
    }

    @Test
    void runPrintsOneRowPerRunAndStoresTheResults() throws Exception {
        Path study = tmp.resolve("study.json");
        Files.writeString(study, "{\"name\": \"cli-test\", \"runs\": [{\"problem\": \"optim/mgh/rosenbrock\", "
                + "\"solvers\": [\"optim.lbfgs\", \"optim.gd\"], \"settings\": {\"maxIterations\": 5}}]}");
        Path out = tmp.resolve("results");
        CliRun r = banach("run", study.toString(), "--out", out.toString());
        assertEquals(Main.OK, r.code, "a completed study exits 0 even when runs stop at their limit: " + r);
        assertTrue(r.out.contains("ITERATION_LIMIT"), r.out);
        assertTrue(r.out.contains("[1/2]") && r.out.contains("[2/2]"), r.out);
        assertTrue(r.out.contains("optim.lbfgs") && r.out.contains("optim.gd"), r.out);
        assertTrue(r.out.contains("results in "), r.out);
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.anyMatch(f -> f.toString().endsWith(".json")), "result JSON written under " + out);
        }
        CliRun again = banach("run", study.toString(), "--out", out.toString(), "--strict");
        assertEquals(Main.NOT_ALL_CONVERGED, again.code, "--strict on stored non-converged runs: " + again);
        assertTrue(again.out.contains("(stored)"), again.out);
    }

    @Test
    void malformedOrMissingStudyExitsTwo() throws Exception {
        CliRun missing = banach("run", tmp.resolve("nope.json").toString());
        assertEquals(Main.USAGE, missing.code, missing.toString());
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"x\", \"runs\": [{\"problem\": 3}]}");
        CliRun malformed = banach("run", bad.toString(), "--out", tmp.resolve("r").toString());
        assertEquals(Main.USAGE, malformed.code, malformed.toString());
        assertTrue(malformed.err.startsWith("error: "), malformed.toString());
        noStackTrace(malformed);
    }

    @Test
    void aMissingBundlesFolderExitsOne() {
        CliRun r = banach("solvers", "--bundles", tmp.resolve("none").toString());
        assertEquals(Main.RUNTIME_FAILED, r.code, r.toString());
        assertTrue(r.err.startsWith("error: the runtime failed to start"), r.toString());
    }
}
