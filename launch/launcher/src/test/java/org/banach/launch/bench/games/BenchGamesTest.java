package org.banach.launch.bench.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.banach.launch.bench.optim.ScipySide;
import org.banach.launch.cli.CliRun;
import org.banach.launch.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * banach bench-games --only lp --sizes 20 end to end: Banach's restarted PDHG reaches the tolerance, HiGHS
 * solves the same matrix (sent as raw bytes) and both values agree to 1e-6; the CSV has the row. Skipped
 * when python3 with numpy and SciPy is missing.
 */
class BenchGamesTest {

    @TempDir
    Path tmp;

    @Test
    void lpSectionOnATwentySquareGameEndToEnd() throws Exception {
        Assumptions.assumeTrue(ScipySide.available("python3"), "python3 with numpy and SciPy is not installed");
        Path csv = tmp.resolve("out/bench-games.csv");
        CliRun run = CliRun.exactly("bench-games", "--only", "lp", "--sizes", "20", "--csv", csv.toString());
        int code = run.code;
        String text = run.out;
        String all = text + "\n--- stderr\n" + run.err;
        assertEquals(Main.OK, code, all);
        assertTrue(text.contains("RATIO") && text.contains("n = 20: scipy optimal"), all);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(2, lines.size(), String.join("\n", lines));
        String[] header = lines.get(0).split(",");
        String[] row = lines.get(1).split(",");
        assertEquals("20", row[0]);
        assertEquals("CONVERGED", row[List.of(header).indexOf("banach_status")], lines.get(1));
        assertTrue(Double.parseDouble(row[List.of(header).indexOf("banach_exploitability")]) <= 1e-6, lines.get(1));
        assertEquals("true", row[List.of(header).indexOf("values_agree")], lines.get(1));
        double banach = Double.parseDouble(row[List.of(header).indexOf("banach_value")]);
        double scipy = Double.parseDouble(row[List.of(header).indexOf("scipy_value")]);
        assertEquals(scipy, banach, 1e-6);
        assertTrue(Double.parseDouble(row[List.of(header).indexOf("scipy_exploitability")]) <= 1e-6, lines.get(1));
    }

    @Test
    void payoffsAreWrittenLittleEndianRowMajor() throws Exception {
        Path f = tmp.resolve("a.f64");
        GamesBenchmark.write(new double[] {1.5, -2}, f);
        byte[] b = Files.readAllBytes(f);
        assertEquals(16, b.length);
        assertEquals(1.5, java.nio.ByteBuffer.wrap(b, 0, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getDouble());
        assertEquals(-2.0, java.nio.ByteBuffer.wrap(b, 8, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getDouble());
    }
}
