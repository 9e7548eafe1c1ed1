package org.banach.launch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.banach.launch.embed.BanachStartException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code banach} command: a host program that embeds Apache Felix with the Banach runtime and
 * plugins, runs one command against the {@link org.banach.api.Platform} service and stops.
 */
@Command(name = "banach", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        scope = ScopeType.INHERIT,
        description = "Banach: iterative solvers with certificates the platform recomputes, on an OSGi runtime.",
        subcommands = {SolversCommand.class, ProblemsCommand.class, BackendsCommand.class, SolveCommand.class,
                RunCommand.class, ShellCommand.class, BenchCommand.class, BenchOptimCommand.class, BenchGamesCommand.class},
        footerHeading = "%nExit codes:%n", footer = Main.EXIT_CODES)
public final class Main implements Runnable {

    /** Success: solve converged, run had every run converge, a listing or bench finished. */
    public static final int OK = 0;
    /** The runtime failed to start, or an internal error. */
    public static final int RUNTIME_FAILED = 1;
    /** Bad usage: unknown command or option, unknown solver or problem, bad settings, malformed study. */
    public static final int USAGE = 2;
    /** run: some run did not converge. */
    public static final int NOT_ALL_CONVERGED = 3;

    static final String EXIT_CODES = ""
            + "  0    success (solve: CONVERGED; run: every run CONVERGED)%n"
            + "  1    the runtime failed to start (or an internal error)%n"
            + "  2    bad usage: unknown command or option, unknown solver or problem,%n"
            + "       bad settings or parameters, malformed study file%n"
            + "  3    run --strict: some runs did not converge%n"
            + "  10+  solve: the run's status: 10 ITERATION_LIMIT, 11 TIME_LIMIT,%n"
            + "       12 CANCELLED, 13 DIVERGED, 14 INFEASIBLE, 15 NUMERICAL_ERROR,%n"
            + "       16 INVALID_INPUT, 17 FAILED%n"
            + "  130  interrupted (Ctrl-C): running jobs cancelled, runtime stopped%n"
            + "Set BANACH_DEBUG=1 to print stack traces of internal errors.";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: one of solvers, problems, backends, "
                + "solve, run, shell, bench");
    }

    public static void main(String[] args) {
        // After Ctrl-C the runtime goes away under the running command: its errors are noise then.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shuttingDown = true, "banach-exit-flag"));
        System.exit(execute(args));
    }

    private static volatile boolean shuttingDown;

    /** Runs the command line and returns its exit code (without exiting). */
    public static int execute(String... args) {
        Cli.streams(System.out, System.err);
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(Cli.out(), true));
        cl.setErr(new PrintWriter(Cli.err(), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd));
        return cl;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.print(cmd.getHelp().fullSynopsis());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return USAGE;
    }

    private static int failure(Exception e, CommandLine cmd) {
        if (shuttingDown) {
            return 130;
        }
        PrintWriter err = cmd.getErr();
        int code;
        if (e instanceof BanachStartException) {
            err.println("error: the runtime failed to start: " + e.getMessage());
            code = RUNTIME_FAILED;
        } else if (e instanceof IllegalArgumentException) {
            err.println("error: " + e.getMessage());
            code = USAGE;
        } else {
            err.println("error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            code = RUNTIME_FAILED;
        }
        if (System.getenv("BANACH_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** banach VERSION (Felix VERSION, Java VERSION). */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"banach " + bundleVersion("org.banach.launch.launcher"),
                "Apache Felix " + bundleVersion("org.apache.felix.framework") + ", platform API "
                        + bundleVersion("org.banach.platform.api") + ", Java " + System.getProperty("java.version")};
        }
    }

    static String bundleVersion(String bsn) {
        try {
            Enumeration<URL> all = Main.class.getClassLoader().getResources(JarFile.MANIFEST_NAME);
            while (all.hasMoreElements()) {
                try (InputStream in = all.nextElement().openStream()) {
                    Attributes a = new Manifest(in).getMainAttributes();
                    String name = a.getValue("Bundle-SymbolicName");
                    if (name != null && name.split(";")[0].trim().equals(bsn)) {
                        return a.getValue("Bundle-Version");
                    }
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "(unknown)";
    }
}
