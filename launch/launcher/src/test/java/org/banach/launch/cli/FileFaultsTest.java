package org.banach.launch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Instances read from files that no solver can be trusted with, end to end through the command
 * line: the exit code says what happened and the one message names the file, the place and what to
 * do, never a stack trace.
 */
class FileFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private CliRun banach(String... args) {
        return CliRun.banach(tmp.resolve("deploy"), args);
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }

    /** diag(2, −1, 1) with a coupling 0.5 between the first two unknowns: symmetric, indefinite. */
    private Path indefinite() throws Exception {
        return file("indefinite.mtx", "%%MatrixMarket matrix coordinate real symmetric\n3 3 4\n1 1 2.0\n2 2 -1.0\n"
                + "3 3 1.0\n2 1 0.5\n");
    }

    @Test
    void anIndefiniteMatrixStopsCgWithNumericalErrorAndGmresSolvesIt() throws Exception {
        String a = "file=" + indefinite();
        CliRun cg = banach("solve", "optim.cg", "optim/linear-system", "--param", a, "--json");
        assertEquals(15, cg.code, cg.toString());
        JsonNode r = JSON.readTree(cg.out);
        assertEquals("NUMERICAL_ERROR", r.get("status").asText());
        String message = r.get("message").asText();
        assertTrue(message.contains("not positive definite") && message.contains("optim.gmres"), message);
        assertTrue(!r.get("verified").get("satisfied").asBoolean(), "the runtime does not certify it: " + r);
        CliRun gmres = banach("solve", "optim.gmres", "optim/linear-system", "--param", a, "--json");
        assertEquals(0, gmres.code, "the suggested solver handles it: " + gmres);
        assertTrue(JSON.readTree(gmres.out).get("verified").get("satisfied").asBoolean(), gmres.out);
    }

    @Test
    void aMalformedMatrixFileIsRefusedWithItsLine() throws Exception {
        Path bad = file("bad.mtx", "%%MatrixMarket matrix coordinate real general\n2 2 2\n1 1 1.0\n2 x 1.0\n");
        CliRun r = banach("solve", "optim.cg", "optim/linear-system", "--param", "file=" + bad);
        assertEquals(Main.USAGE, r.code, r.toString());
        assertTrue(r.err.startsWith("error: ") && r.err.contains(bad.toString()) && r.err.contains("line 4"),
                r.toString());
        r.assertNoStackTrace();
    }

    @Test
    void marginalsOfDifferentMassAreRefusedNamingBothFiles() throws Exception {
        Path a = file("a.csv", "0.5\n0.5\n");
        Path b = file("b.csv", "0.3\n0.3\n0.5\n");
        Path c = file("C.csv", "0,1,2\n1,0,1\n");
        CliRun r = banach("solve", "optim.sinkhorn", "optim/transport", "--param", "source=" + a, "--param",
                "target=" + b, "--param", "cost=" + c);
        assertEquals(Main.USAGE, r.code, r.toString());
        assertTrue(r.err.contains(b.toString()) && r.err.contains(a.toString()) && r.err.contains("mass"),
                r.toString());
        r.assertNoStackTrace();
    }

    @Test
    void aNegativeMarginalOrANanCostIsRefusedWithItsPosition() throws Exception {
        Path a = file("a.csv", "0.5\n0.5\n");
        Path neg = file("neg.csv", "1.2\n-0.2\n");
        Path c = file("C.csv", "0,1\n1,0\n");
        CliRun r = banach("solve", "optim.sinkhorn", "optim/transport", "--param", "source=" + a, "--param",
                "target=" + neg, "--param", "cost=" + c);
        assertEquals(Main.USAGE, r.code, r.toString());
        assertTrue(r.err.contains(neg.toString()) && r.err.contains("negative"), r.toString());
        Path nan = file("nan.csv", "0,1\n1,NaN\n");
        CliRun s = banach("solve", "optim.sinkhorn", "optim/transport", "--param", "source=" + a, "--param",
                "target=" + a, "--param", "cost=" + nan);
        assertEquals(Main.USAGE, s.code, s.toString());
        assertTrue(s.err.contains(nan.toString()) && s.err.contains("line 2"), s.toString());
        s.assertNoStackTrace();
    }
}
