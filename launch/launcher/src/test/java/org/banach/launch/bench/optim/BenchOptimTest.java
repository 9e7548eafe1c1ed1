package org.banach.launch.bench.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.banach.launch.cli.CliRun;
import org.banach.launch.cli.Main;
import org.banach.launch.embed.Banach;
import org.banach.launch.embed.EmbeddedBanach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** banach bench-optim: the SciPy side's problems against Java's, and a --quick run end to end. */
class BenchOptimTest {

    @TempDir
    Path tmp;

    private static void assumeScipy() {
        Assumptions.assumeTrue(ScipySide.available("python3"), "python3 with numpy and SciPy is not installed");
    }

    @Test
    void pythonProblemsMatchJavaAtTheStandardStart() throws Exception {
        assumeScipy();
        try (EmbeddedBanach banach = Banach.builder().deploy(tmp.resolve("deploy")).startTimeout(Duration.ofSeconds(60))
                .start(); ScipySide scipy = ScipySide.open("python3")) {
            List<OptimBenchmark.Case> cases = OptimBenchmark.cases(banach.platform(), false);
            assertTrue(cases.size() >= 36, "34 MGH problems and chained Rosenbrock 100, 1000: " + cases);
            Map<String, StartCheck.StartValue> java = StartCheck.javaValues(banach.context(), cases);
            JsonNode py = scipy.startValues(cases.stream().map(OptimBenchmark.Case::scipyKey).toList()).path("problems");
            for (OptimBenchmark.Case c : cases) {
                JsonNode p = py.path(c.scipyKey());
                assertFalse(p.isMissingNode(), "the SciPy side implements " + c.scipyKey());
                StartCheck.StartValue j = java.get(c.scipyKey());
                assertEquals(j.n(), p.path("n").asInt(), c.scipyKey() + ": n");
                double rel = StartCheck.relativeDifference(j.f(), p.path("f0").asDouble());
                assertTrue(rel <= 1e-12, c.scipyKey() + ": Java f(x0) = " + j.f() + ", Python " + p.path("f0") + ", rel " + rel);
                double grel = StartCheck.gradientDifference(j.g(), p.path("g0"));
                assertTrue(grel <= 1e-12, c.scipyKey() + ": gradients at x0 differ by " + grel + " relative");
                assertTrue(StartCheck.agrees(j, p), c.scipyKey());
            }
        }
    }
    @Test
    void quickRunEndToEnd() throws Exception {
        assumeScipy();
        Path csv = tmp.resolve("out/bench-optim.csv");
        CliRun run = CliRun.exactly("bench-optim", "--quick", "--csv", csv.toString());
        int code = run.code;
        String text = run.out;
        String all = text + "\n--- stderr\n" + run.err;
        assertEquals(Main.OK, code, all);
        assertTrue(text.contains("PROBLEM") && text.contains("EVAL_RATIO") && text.contains("(c) summary"), all);
        assertTrue(text.contains("Banach uses no more evaluations than SciPy on"), all);
        assertTrue(text.contains("CG Poisson 64x64"), all);

        List<String> lines = Files.readAllLines(csv);
        List<String> a = lines.stream().filter(l -> l.startsWith("a,")).toList();
        List<String> b = lines.stream().filter(l -> l.startsWith("b,")).toList();
        assertFalse(a.isEmpty(), all);
        assertEquals(1, b.size(), all);
        for (String row : a) {
            String[] f = row.split(",", -1);
            // part,problem,n,banach_evaluations,scipy_nfev,evaluation_ratio,banach_ms,banach_platform_ms,scipy_ms,time_ratio
            double evalRatio = Double.parseDouble(f[5]);
            double timeRatio = Double.parseDouble(f[9]);
            assertTrue(Double.isFinite(evalRatio) && evalRatio > 0, row);
            assertTrue(Double.isFinite(timeRatio) && timeRatio > 0, row);
            // ..., banach_stop, scipy_stop: why each side ended, never blank
            assertEquals(18, f.length, row);
            assertFalse(f[16].isBlank() || f[17].isBlank(), row);
        }
        String[] cg = b.get(0).split(",", -1);
        assertTrue(Double.isFinite(Double.parseDouble(cg[9])) && Double.parseDouble(cg[9]) > 0, b.get(0));
        assertTrue(Double.parseDouble(cg[10]) <= 1e-8 * 1.0001, "Banach CG relative residual: " + b.get(0));
    }

    @Test
    void transportSectionAloneQuick() throws Exception {
        assumeScipy();
        Path csv = tmp.resolve("transport.csv");
        String[] r = banach("bench-optim", "--only", "transport", "--quick", "--reps", "1", "--csv", csv.toString());
        assertEquals(String.valueOf(Main.OK), r[0], r[1]);
        assertTrue(r[1].contains("BANACH_MS_PER_IT") && r[1].contains("(f) transport summary"), r[1]);
        assertFalse(r[1].contains("EVAL_RATIO"), "only the transport section runs: " + r[1]);
        List<String> lines = Files.readAllLines(csv);
        List<String> d = lines.stream().filter(l -> l.startsWith("d,")).toList();
        List<String> e = lines.stream().filter(l -> l.startsWith("e,")).toList();
        assertEquals(2, d.size(), r[1]);
        for (String row : d) {
            String[] f = row.split(",", -1);
            // part,solver,n,iterations,banach_ms,numpy_ms,ratio,marginal_error,status
            assertTrue(Double.parseDouble(f[4]) > 0 && Double.parseDouble(f[5]) > 0, row);
            assertEquals("ITERATION_LIMIT", f[8], row);
        }
        assertEquals(2, e.size(), r[1]);
        for (String row : e) {
            String[] f = row.split(",", -1);
            assertEquals("CONVERGED", f[8], row);
            assertTrue(Double.parseDouble(f[7]) <= 1e-8, row);
        }
        long sns = Long.parseLong(e.get(0).split(",")[3]);
        long sk = Long.parseLong(e.get(1).split(",")[3]);
        assertTrue(10 * sns <= sk, "sparse Newton " + sns + " vs Sinkhorn " + sk + " iterations");
    }

    @Test
    void unknownSectionIsRefused() {
        String[] r = banach("bench-optim", "--only", "simplex");
        assertEquals(String.valueOf(Main.USAGE), r[0], r[1]);
        assertTrue(r[1].contains("--only must be lbfgs, cg or transport; got 'simplex'"), r[1]);
    }

    /** Exit code and the standard output and error of one command line, together. */
    private static String[] banach(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
            System.setOut(both);
            System.setErr(both);
            int code = Main.execute(args);
            return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void helpDescribesTheProtocolWithoutFormatWarnings() {
        String[] r = banach("bench-optim", "--help");
        assertEquals("0", r[0], r[1]);
        assertFalse(r[1].contains("WARN"), r[1]);
        assertTrue(r[1].contains("||grad f||_2") && r[1].contains("90%"), r[1]);
    }

    @Test
    void commandWithoutPythonSaysWhatItNeeds() {
        String[] r = banach("bench-optim", "--quick", "--python", "banach-no-such-python-for-this-test");
        assertEquals(String.valueOf(Main.RUNTIME_FAILED), r[0], r[1]);
        assertTrue(r[1].contains("error: bench-optim needs python3 with numpy and SciPy"), r[1]);
    }

    @Test
    void missingPythonIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ScipySide.open("banach-no-such-python-for-this-test"));
        assertTrue(e.getMessage().startsWith("bench-optim needs python3 with numpy and SciPy"), e.getMessage());
    }

    private static OptimRow row(String name, long banach, long scipy, String banachStop, String scipyStop) {
        return new OptimRow(name, 2, banach, banach, banachStop, 1, 1, 1e-7, 0, true, scipy, scipy, 2, 1e-7, 0, scipyStop);
    }

    /** The summary counts every covered problem and, separately, those where both sides reached the target. */
    @Test
    void summaryCountsAllProblemsAndThoseBothSolved() {
        List<OptimRow> rows = List.of(
                row("a", 10, 10, OptimRow.GRADIENT, OptimRow.GRADIENT),
                row("b", 12, 10, OptimRow.GRADIENT, OptimRow.GRADIENT),
                row("c", 30, 20, OptimRow.GRADIENT, "scipy: CONVERGENCE: RELATIVE REDUCTION OF F <= FACTR*EPSMCH"),
                row("d", 5, 9, "NUMERICAL_ERROR: line search failed", "scipy: ABNORMAL: "),
                // SciPy stops early at a worse point (f = 5 against Banach's 0): fewer evaluations, not a win
                new OptimRow("e", 2, 40, 40, OptimRow.GRADIENT, 1, 1, 1e-7, 0, true, 15, 15, 2, 3, 5, "scipy: ABNORMAL: "));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OptimReport report = new OptimReport(new OptimBenchmark.Config(), 8, rows, new java.util.LinkedHashMap<>(), "",
                new PrintStream(out, true, StandardCharsets.UTF_8));
        report.printTable();
        List<String> summary = report.summarise();
        String all = String.join("\n", summary);
        assertTrue(all.contains("no more evaluations than SciPy on 2 of 5 problems (40%)"), all);
        assertTrue(all.contains("fewer evaluations on 2 of 5 problems: Banach is not beaten on 3 of 5 (60%)"), all);
        assertTrue(all.contains("on the 2 where both reached ||g||_2 <= 1e-06: 1 of 2 (50%)"), all);
        assertTrue(all.contains("c: Banach stopped by grad") && all.contains("SciPy by no-f-decrease"), all);
        assertTrue(all.contains("d: Banach stopped by numerical_error") && all.contains("SciPy by linesearch-fail"), all);
        assertFalse(all.contains("CG Poisson"), "no CG line without the CG part: " + all);
    }
}
