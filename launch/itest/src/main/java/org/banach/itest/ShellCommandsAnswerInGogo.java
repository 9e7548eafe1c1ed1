package org.banach.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The banach:* commands run in a real Gogo session: listings, a solve with its verified
 * certificate, a study with resume, jobs, results, and one readable error line for bad input.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class ShellCommandsAnswerInGogo {

    @InjectService(timeout = Itest.SERVICE_TIMEOUT_MS)
    CommandProcessor processor;

    /** Runs one command line; returns what it returned (as text) followed by what it printed. */
    private String run(String line) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), ps, ps);
        try {
            Object r = session.execute(line);
            return (r == null ? "" : r.toString()) + out.toString(StandardCharsets.UTF_8);
        } finally {
            session.close();
        }
    }

    @Test
    void listingsNameTheInstalledSolversProblemsAndBackends() throws Exception {
        assertThat(run("banach:solvers")).contains("optim.lbfgs", "optim.gd", "optim.smooth");
        assertThat(run("banach:problems")).contains("optim/mgh/rosenbrock", "optim/rosenbrock");
        assertThat(run("banach:backends")).contains("cpu");
    }

    @Test
    void solvePrintsTheClaimedAndTheVerifiedCertificate() throws Exception {
        String out = run("banach:solve optim.lbfgs optim/mgh/rosenbrock --set tolerance=1e-8 --seed 3");
        assertThat(out).contains("CONVERGED", "optim.lbfgs@1.0.0", "claimed  gradient-norm", "verified gradient-norm",
                "holds");
        assertThat(run("banach:jobs")).contains("optim/mgh/rosenbrock", "DONE");
    }

    @Test
    void badInputIsOneReadableErrorLine() throws Exception {
        String unknown = run("banach:solve optim.nope optim/mgh/rosenbrock");
        assertThat(unknown).startsWith("error: unknown solver 'optim.nope'").doesNotContain("Exception");
        String setting = run("banach:solve optim.lbfgs optim/mgh/rosenbrock --set tol=1");
        assertThat(setting).startsWith("error: solver optim.lbfgs: unknown setting 'tol'");
        assertThat(run("banach:cancel job-does-not-exist")).startsWith("error:");
    }

    @Test
    void studyRunsThenResumesAndResultsReadBack() throws Exception {
        Path dir = Itest.scratch("gogo-study");
        Path study = dir.resolve("gogo.json");
        Files.writeString(study, "{\"name\": \"gogo\", \"runs\": [{\"problems\": [\"optim/mgh/beale\","
                + " \"optim/mgh/helical-valley\"], \"solver\": \"optim.lbfgs\"}]}");
        Path out = dir.resolve("out");
        String first = run("banach:study " + study + " " + out);
        assertThat(first).contains("2 ran, 0 already stored");
        String second = run("banach:study " + study + " " + out);
        assertThat(second).contains("0 ran, 2 already stored");
        assertThat(run("banach:results " + out.resolve("gogo"))).contains("optim/mgh/beale", "optim/mgh/helical-valley",
                "CONVERGED", "holds");
        assertThat(run("banach:study " + dir.resolve("missing.json") + " " + out)).startsWith("error:");
    }
}
