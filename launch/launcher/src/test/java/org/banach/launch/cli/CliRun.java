package org.banach.launch.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Exit code, standard output and standard error of one {@code banach} command line, run in-process. */
public final class CliRun {
    public final int code;
    public final String out;
    public final String err;

    private CliRun(int code, String out, String err) {
        this.code = code;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs {@code banach args...}; commands that start the runtime get {@code --deploy deploy} so a
     * test never reads the user's deploy folder.
     */
    static CliRun banach(Path deploy, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--deploy");
        all.add(deploy.toString());
        boolean needsRuntime = args.length > 0 && !args[0].startsWith("-") && !List.of(args).contains("--help");
        return exactly((needsRuntime ? all : List.of(args)).toArray(String[]::new));
    }

    /** Runs {@code banach args...} with exactly these arguments, standard output and error captured. */
    public static CliRun exactly(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    void assertNoStackTrace() {
        assertFalse(err.contains("\tat ") || out.contains("\tat "), "no stack trace: " + this);
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
