package org.banach.runtime.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.banach.api.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyFileTest {

    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, json.replace('\'', '"'));
        return f;
    }

    private StudySpec parse(String json) throws IOException {
        return StudyFile.parse(file(json));
    }

    private StudyFormatException fails(String json) throws IOException {
        Path f = file(json);
        StudyFormatException e = assertThrows(StudyFormatException.class, () -> StudyFile.parse(f));
        assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
        assertEquals(f, e.file());
        return e;
    }

    private static final String FULL = "{'name': 'demo', 'description': 'two entries',"
            + " 'defaults': {'backend': 'cpu', 'timeLimitSeconds': 60, 'settings': {'tolerance': 1e-6, 'memory': 5},"
            + "   'seeds': [0], 'repetitions': 1},"
            + " 'runs': ["
            + "  {'problems': ['optim/mgh/beale', 'optim/rosenbrock'], 'params': {'n': 100, 'scale': 2.50, 'shifted': true,"
            + "     'start': 'far', 'big': 100.0},"
            + "   'solvers': ['optim.gd', 'optim.lbfgs@[1.0,2)'], 'settings': {'tolerance': 1e-8}, 'seeds': [1, 2],"
            + "   'repetitions': 2, 'timeLimitSeconds': 30},"
            + "  {'problem': 'optim/mgh/beale', 'solver': 'optim.lbfgs', 'backend': 'cuda:0'}"
            + " ]}";

    @Test
    void expandsTheCrossProductInOrder() throws IOException {
        StudySpec s = parse(FULL);
        assertEquals("demo", s.name());
        assertEquals("two entries", s.description());
        assertEquals(2 * 2 * 2 * 2 + 1, s.runs().size());

        PlannedRun first = s.runs().get(0);
        assertEquals("$.runs[0]", first.jsonPath());
        assertEquals("optim/mgh/beale", first.spec().problemId());
        assertEquals("optim.gd", first.spec().solver());
        assertEquals(1L, first.spec().seed());
        assertEquals(1, first.repetition());
        assertEquals(2, s.runs().get(1).repetition());
        assertEquals(2L, s.runs().get(2).spec().seed());
        assertEquals("optim.lbfgs@[1.0,2)", s.runs().get(4).spec().solver());
        assertEquals("optim/rosenbrock", s.runs().get(8).spec().problemId());

        List<String> order = s.runs().stream().limit(16)
                .map(p -> p.spec().problemId() + "|" + p.spec().solver() + "|" + p.spec().seed() + "|" + p.repetition())
                .collect(Collectors.toList());
        assertEquals("optim/mgh/beale|optim.gd|1|1", order.get(0));
        assertEquals("optim/rosenbrock|optim.lbfgs@[1.0,2)|2|2", order.get(15));

        PlannedRun last = s.runs().get(16);
        assertEquals("$.runs[1]", last.jsonPath());
        assertEquals("cuda:0", last.spec().backend());
        assertEquals(60.0, last.spec().timeLimitSeconds(), 0.0);
        assertEquals(0L, last.spec().seed());
        assertEquals(Map.of("tolerance", "1.0E-6", "memory", "5"), last.spec().settings());
        assertEquals(Map.of(), last.spec().problemParameters());
    }

    @Test
    void valuesBecomeTextAndRunSettingsOverrideDefaults() throws IOException {
        RunSpec spec = parse(FULL).runs().get(0).spec();
        assertEquals(Map.of("n", "100", "scale", "2.5", "shifted", "true", "start", "far", "big", "100"),
                spec.problemParameters());
        assertEquals(Map.of("tolerance", "1.0E-8", "memory", "5"), spec.settings());
        assertEquals("cpu", spec.backend());
        assertEquals(30.0, spec.timeLimitSeconds(), 0.0);
    }

    @Test
    void withoutDefaultsTheSeedIsZeroAndTheLimitIsThePlatforms() throws IOException {
        StudySpec s = parse("{'name': 'm', 'runs': [{'problem': 'p', 'solver': 's'}]}");
        assertEquals(1, s.runs().size());
        RunSpec spec = s.runs().get(0).spec();
        assertEquals(0L, spec.seed());
        assertEquals(null, spec.backend());
        assertTrue(Double.isInfinite(spec.timeLimitSeconds()));
        assertEquals("", s.description());
    }

    @Test
    void keepsTheFilesChecksumAndBytes() throws IOException {
        StudySpec s = parse(FULL);
        byte[] bytes = Files.readAllBytes(dir.resolve("s.json"));
        assertEquals(RunKeys.sha256(bytes), s.sha256());
        assertEquals(64, s.sha256().length());
        assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(s.content(), StandardCharsets.UTF_8));
    }

    @Test
    void runKeysAreSafeUniqueAndReadable() throws IOException {
        StudySpec s = parse(FULL);
        Set<String> keys = s.runs().stream().map(PlannedRun::runKey).collect(Collectors.toSet());
        assertEquals(s.runs().size(), keys.size());
        for (String k : keys) {
            assertTrue(k.matches("[a-z0-9.-]+__[a-z0-9.-]+__[0-9a-f]{10}__s-?\\d+__r\\d+"), k);
        }
        assertTrue(s.runs().get(0).runKey().startsWith("optim.gd__optim-mgh-beale__"), s.runs().get(0).runKey());
        assertTrue(s.runs().get(0).runKey().endsWith("__s1__r1"));
        assertTrue(s.runs().get(4).runKey().startsWith("optim.lbfgs-1.0-2__optim-mgh-beale__"), s.runs().get(4).runKey());
    }

    @Test
    void runKeysDependOnContentOnly() throws IOException {
        List<String> before = keys(parse(FULL));
        // same runs, other description, entries formatted differently: same keys
        assertEquals(before, keys(parse(FULL.replace("two entries", "edited").replace(", ", ",\n  "))));
        // a changed setting renames the runs it touches and no other
        List<String> changed = keys(parse(FULL.replace("'settings': {'tolerance': 1e-8}", "'settings': {'tolerance': 1e-9}")));
        for (int i = 0; i < 16; i++) {
            assertNotEquals(before.get(i), changed.get(i));
        }
        assertEquals(before.get(16), changed.get(16));
        // the hash part ignores seed and repetition
        String[] a = before.get(0).split("__");
        String[] b = before.get(3).split("__");
        assertEquals(a[2], b[2]);
        // settings order does not matter
        assertEquals(before.get(16), keys(parse(FULL.replace("{'tolerance': 1e-6, 'memory': 5}",
                "{'memory': 5, 'tolerance': 0.000001}"))).get(16));
    }

    private static List<String> keys(StudySpec s) {
        return s.runs().stream().map(PlannedRun::runKey).collect(Collectors.toList());
    }

    @Test
    void slugsAndNumbers() {
        assertEquals("optim-mgh-rosenbrock", RunKeys.slug("optim/mgh/rosenbrock"));
        assertEquals("optim.lbfgs-1.0-2", RunKeys.slug("optim.lbfgs@[1.0,2)"));
        assertEquals("x", RunKeys.slug("@@@"));
        assertEquals("hidden", RunKeys.slug("..Hidden.."));
        assertEquals(48, RunKeys.slug("a".repeat(100)).length());
        assertEquals("100", RunKeys.formatNumber(100.0));
        assertEquals("-3", RunKeys.formatNumber(-3.0));
        assertEquals("0.5", RunKeys.formatNumber(0.5));
        assertEquals("1.0E-8", RunKeys.formatNumber(1e-8));
        assertEquals("1.0E20", RunKeys.formatNumber(1e20));
    }

    @Test
    void missingFieldNamesItsPath() throws IOException {
        StudyFormatException e = fails("{'name': 'x', 'runs': [{'problem': 'p', 'solver': 's'}, {'problem': 'p', 'solver': 't'},"
                + " {'problem': 'p'}]}");
        assertEquals("$.runs[2].solver", e.jsonPath());
        assertTrue(e.getMessage().contains("$.runs[2].solver: missing field \"solver\""), e.getMessage());
        assertEquals("$.name", fails("{'runs': [{'problem': 'p', 'solver': 's'}]}").jsonPath());
        assertEquals("$.runs", fails("{'name': 'x'}").jsonPath());
    }

    @Test
    void wrongTypesAreNamed() throws IOException {
        StudyFormatException e = fails("{'name': 'x', 'runs': [{'problem': 'p', 'solver': 7}]}");
        assertEquals("$.runs[0].solver", e.jsonPath());
        assertTrue(e.reason().contains("expected a string, found a number 7"), e.reason());
        e = fails("{'name': 'x', 'runs': [{'problem': 'p', 'solver': 's', 'seeds': [1, 'two']}]}");
        assertEquals("$.runs[0].seeds[1]", e.jsonPath());
        assertTrue(e.reason().contains("expected an integer"), e.reason());
        e = fails("{'name': 'x', 'runs': [{'problem': 'p', 'solver': 's', 'settings': {'tolerance': [1]}}]}");
        assertEquals("$.runs[0].settings.tolerance", e.jsonPath());
        assertTrue(e.reason().contains("string, number or boolean"), e.reason());
        e = fails("{'name': 'x', 'runs': {'problem': 'p'}}");
        assertEquals("$.runs", e.jsonPath());
        e = fails("{'name': 'x', 'defaults': {'timeLimitSeconds': 'soon'}, 'runs': [{'problem': 'p', 'solver': 's'}]}");
        assertEquals("$.defaults.timeLimitSeconds", e.jsonPath());
        e = fails("{'name': 'x', 'runs': [{'problem': 'p', 'solver': 's', 'seeds': 3}]}");
        assertTrue(e.reason().contains("expected an array"), e.reason());
    }

    @Test
    void unknownKeysAreRefusedWithASuggestion() throws IOException {
        StudyFormatException e = fails("{'name': 'x', 'runs': [{'problem': 'p', 'solvr': 's'}]}");
        assertEquals("$.runs[0].solvr", e.jsonPath());
        assertTrue(e.reason().contains("unknown key \"solvr\" (did you mean \"solver\"?)"), e.reason());
        e = fails("{'name': 'x', 'defaults': {'seed': [1]}, 'runs': [{'problem': 'p', 'solver': 's'}]}");
        assertEquals("$.defaults.seed", e.jsonPath());
        assertTrue(e.reason().contains("did you mean \"seeds\""), e.reason());
        e = fails("{'name': 'x', 'title': 'y', 'runs': [{'problem': 'p', 'solver': 's'}]}");
        assertEquals("$.title", e.jsonPath());
    }

    @Test
    void badCountsAndEmptyListsAreRefused() throws IOException {
        StudyFormatException e = fails("{'name': 'x', 'runs': [{'problem': 'p', 'solver': 's', 'repetitions': -2}]}");
        assertEquals("$.runs[0].repetitions", e.jsonPath());
        assertTrue(e.reason().contains("positive integer"), e.reason());
        assertEquals("$.runs[0].repetitions",
                fails("{'name': 'x', 'runs': [{'problem': 'p', 'solver': 's', 'repetitions': 0}]}").jsonPath());
        assertEquals("$.runs[0].repetitions",
                fails("{'name': 'x', 'runs': [{'problem': 'p', 'solver': 's', 'repetitions': 1.5}]}").jsonPath());
        e = fails("{'name': 'x', 'runs': []}");
        assertEquals("$.runs", e.jsonPath());
        assertTrue(e.reason().contains("at least one run"), e.reason());
        assertEquals("$.runs[0].solvers",
                fails("{'name': 'x', 'runs': [{'problem': 'p', 'solvers': []}]}").jsonPath());
        assertEquals("$.runs[0].seeds[1]",
                fails("{'name': 'x', 'runs': [{'problem': 'p', 'solver': 's', 'seeds': [1, 1]}]}").jsonPath());
        assertEquals("$.runs[0].timeLimitSeconds",
                fails("{'name': 'x', 'runs': [{'problem': 'p', 'solver': 's', 'timeLimitSeconds': 0}]}").jsonPath());
        assertEquals("$.runs[0].solver",
                fails("{'name': 'x', 'runs': [{'problem': 'p', 'solver': ' '}]}").jsonPath());
        e = fails("{'name': 'x', 'runs': [{'problem': 'p', 'problems': ['q'], 'solver': 's'}]}");
        assertTrue(e.reason().contains("either \"problem\" or \"problems\""), e.reason());
    }

    @Test
    void duplicateRunsAreRefused() throws IOException {
        StudyFormatException e = fails("{'name': 'x', 'runs': [{'problem': 'p', 'solver': 's'},"
                + " {'problem': 'p', 'solver': 's', 'seeds': [0]}]}");
        assertEquals("$.runs[1]", e.jsonPath());
        assertTrue(e.reason().contains("of $.runs[0]") && e.reason().contains("repetitions"), e.reason());
    }

    @Test
    void unsafeNamesAreRefused() throws IOException {
        for (String name : new String[] {"../up", "a b", "..", "x/y", ""}) {
            StudyFormatException e = fails("{'name': '" + name + "', 'runs': [{'problem': 'p', 'solver': 's'}]}");
            assertEquals("$.name", e.jsonPath(), name);
        }
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() throws IOException {
        StudyFormatException e = fails("{'name': 'x',\n 'runs': [\n  {'problem': 'p' 'solver': 's'}]}");
        assertTrue(e.getMessage().contains(": line 3, column "), e.getMessage());
        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
        e = fails("{'name': 'x', 'name': 'y', 'runs': []}");
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("name"), e.getMessage());
        e = fails("");
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        e = fails("{'name': 'x', 'runs': [{'problem': 'p', 'solver': 's'}]} trailing");
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        StudyFormatException missing = assertThrows(StudyFormatException.class,
                () -> StudyFile.parse(dir.resolve("nope.json")));
        assertTrue(missing.getMessage().contains("nope.json") && missing.getMessage().contains("no such file"));
    }

    @Test
    void theShippedExampleStudiesParse() {
        Path studies = Paths.get("").toAbsolutePath();
        while (studies != null && !Files.isRegularFile(studies.resolve("studies/tour.json"))) {
            studies = studies.getParent();
        }
        assertTrue(studies != null, "studies/tour.json is found above " + Paths.get("").toAbsolutePath());
        studies = studies.resolve("studies");
        StudySpec tour = StudyFile.parse(studies.resolve("tour.json"));
        assertEquals("tour", tour.name());
        assertEquals(57, tour.runs().size());
        Set<String> solvers = tour.runs().stream().map(p -> p.spec().solver()).collect(Collectors.toSet());
        assertTrue(solvers.containsAll(Set.of("optim.gd", "optim.nesterov", "optim.lbfgs", "optim.newton-cg",
                "optim.cg", "optim.sor", "optim.adam", "optim.eal-sketch", "optim.sinkhorn-newton", "optim.damped-newton",
                "optim.levenberg-marquardt", "optim.picard", "optim.handbook.prox-gd")), solvers.toString());
        for (PlannedRun p : tour.runs()) {
            assertEquals(60.0, p.spec().timeLimitSeconds(), 0.0);
            assertTrue(p.spec().settings().containsKey("tolerance"), p.toString());
        }
        Set<String> sizes = tour.runs().stream().filter(p -> p.spec().problemId().equals("optim/rosenbrock"))
                .map(p -> p.spec().problemParameters().get("n")).collect(Collectors.toSet());
        assertEquals(Set.of("100", "1000"), sizes);
        StudySpec games = StudyFile.parse(studies.resolve("games.json"));
        assertEquals(50, games.runs().size());
        assertTrue(games.runs().stream().allMatch(p -> p.spec().problemId().startsWith("games/")), "games study");
    }
}
