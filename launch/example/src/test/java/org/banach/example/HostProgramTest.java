package org.banach.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.banach.api.Result;
import org.banach.api.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the example host program against the real bundles. */
class HostProgramTest {

    @TempDir
    Path tmp;

    @Test
    void solvesRosenbrockWithAVerifiedCertificateAndStopsCleanly() throws Exception {
        Set<Thread> before = TestBundles.threads();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Result r = HostProgram.run(TestBundles.folder(), tmp.resolve("deploy"),
                new PrintStream(text, true, StandardCharsets.UTF_8));
        String out = text.toString(StandardCharsets.UTF_8);

        assertEquals(Status.CONVERGED, r.status(), out);
        assertTrue(r.objective() < 1e-10, "f = " + r.objective());
        assertNotNull(r.verification(), "the platform verified the certificate");
        assertTrue(r.verification().satisfied(), "verified certificate holds: " + r.verification());
        assertTrue(r.verification().agrees(), "verified certificate agrees with the claim: " + r.verification());
        assertTrue(out.contains("optim.lbfgs"), "the solver listing names optim.lbfgs:\n" + out);
        assertTrue(out.contains("verified:"), out);

        List<String> left = TestBundles.awaitNoNewThreads(before);
        assertTrue(left.isEmpty(), "threads left running after close(): " + left);
    }
}
