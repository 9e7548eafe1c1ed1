package org.banach.example;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.banach.api.Certificate;
import org.banach.api.Platform;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.SolverInfo;
import org.banach.api.Verification;
import org.banach.launch.embed.Banach;
import org.banach.launch.embed.BanachStartException;
import org.banach.launch.embed.EmbeddedBanach;

/**
 * An example host program, the template a lab copies to put Banach inside its own software: it starts
 * the runtime with one call, lists the solvers, solves the Moré–Garbow–Hillstrom Rosenbrock problem
 * with L-BFGS, prints the certificate the platform recomputed, and stops the runtime.
 *
 * <p>Class path: this class, the launcher jar (the embedding API), and the launcher's {@code target/lib}
 * (Felix, the platform API, Jackson, picocli). The bundles folder holds the runtime, the plugins and
 * their dependencies ({@code launch/launcher/target/bundles} after a build):
 *
 * <pre>
 * java -cp launch/example/target/launch.example-1.0.0.jar:launch/launcher/target/launch.launcher-1.0.0.jar:'launch/launcher/target/lib/*' \
 *      org.banach.example.HostProgram launch/launcher/target/bundles
 * </pre>
 *
 * Exit code: 0 when the run converged and the platform's check of the certificate holds and agrees
 * with the solver's claim, 1 otherwise.
 */
public final class HostProgram {

    private HostProgram() {
    }

    public static void main(String[] args) {
        Path bundles = args.length > 0 ? Path.of(args[0]) : null;
        Path deploy = args.length > 1 ? Path.of(args[1]) : null;
        try {
            Result r = run(bundles, deploy, System.out);
            boolean ok = r.status().exitCode() == 0 && r.verification() != null && r.verification().satisfied()
                    && r.verification().agrees();
            System.exit(ok ? 0 : 1);
        } catch (BanachStartException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Starts the runtime from {@code bundles} (null: the system property {@code banach.bundles}, else
     * {@code ./bundles}) with hot deployment from {@code deploy} (null: {@code ./deploy}), lists the
     * solvers, solves Rosenbrock with L-BFGS and returns the verified result; the runtime is stopped
     * when this returns.
     */
    public static Result run(Path bundles, Path deploy, PrintStream out) {
        Banach.Builder builder = Banach.builder();
        if (bundles != null) {
            builder.bundles(bundles);
        }
        if (deploy != null) {
            builder.deploy(deploy);
        }
        // The one call: Felix, Declarative Services, FileInstall, the platform runtime and the plugins.
        try (EmbeddedBanach banach = builder.start()) {
            Platform platform = banach.platform();

            out.println("Solvers:");
            for (SolverInfo s : platform.solvers()) {
                out.printf(Locale.ROOT, "  %-16s %-8s %-14s %s%n", s.id(), s.version(), s.family(), s.reference());
            }

            RunSpec spec = RunSpec.builder("optim.lbfgs", "optim/mgh/rosenbrock").build();
            Result r = platform.submit(spec).result().join(); // never completes exceptionally

            out.printf(Locale.ROOT, "%nRosenbrock with %s %s: %s, f = %.3e after %d iterations (%.3f s)%n",
                    r.solverId(), r.solverVersion(), r.status(), r.objective(), r.iterations(), r.elapsedSeconds());
            Certificate claimed = r.certificate();
            if (claimed != null) {
                out.printf(Locale.ROOT, "  claimed:  %s = %.3e (tolerance %.1e) %s%n", claimed.criterion(),
                        claimed.value(), claimed.tolerance(), claimed.satisfied() ? "satisfied" : "NOT satisfied");
            }
            Verification v = r.verification();
            if (v == null) {
                out.println("  verified: (no verification)");
            } else {
                out.printf(Locale.ROOT, "  verified: %s = %.3e (tolerance %.1e) %s, %s%n", v.criterion(), v.value(),
                        v.tolerance(), v.satisfied() ? "holds" : "FAILS",
                        v.agrees() ? "agrees with the claim" : "DISAGREES with the claim");
            }
            return r;
        }
    }
}
