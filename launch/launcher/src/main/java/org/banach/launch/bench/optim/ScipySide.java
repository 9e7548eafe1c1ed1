package org.banach.launch.bench.optim;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The SciPy side: {@code scipy_side.py} and the problems it imports, {@code scipy_problems.py} (resources
 * of this package), extracted to a temporary folder and run as {@code python3 scipy_side.py}, a server answering one JSON line per JSON request line, so that the
 * benchmark can alternate Java and SciPy runs.
 */
public final class ScipySide implements AutoCloseable {

    static final String MISSING = "bench-optim needs python3 with numpy and SciPy";

    /** The server script, then the modules it imports. */
    private static final List<String> SCRIPTS = List.of("scipy_side.py", "scipy_problems.py", "json_lines.py");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String python;
    private final Path folder;
    private final Path script;
    private Process process;
    private BufferedWriter toPython;
    private BufferedReader fromPython;

    private final int threads;

    private ScipySide(String python, int threads, Path folder, Path script) {
        this.python = python;
        this.threads = threads;
        this.folder = folder;
        this.script = script;
    }

    /**
     * Checks that {@code python} imports numpy and SciPy and extracts the script.
     *
     * @throws MissingPythonException when it does not
     */
    static ScipySide open(String python) throws IOException {
        return open(python, 0);
    }

    /**
     * As {@link #open(String)}; with {@code threads > 0} the Python process runs with OPENBLAS_NUM_THREADS,
     * OMP_NUM_THREADS and MKL_NUM_THREADS set to it (else the libraries' defaults, or the environment's).
     */
    static ScipySide open(String python, int threads) throws IOException {
        return open(python, threads, SCRIPTS);
    }

    /**
     * As {@link #open(String, int)} for another server script of this package ({@code transport_side.py});
     * the request loop they share ({@code json_lines.py}) comes along.
     */
    static ScipySide open(String python, int threads, String resource) throws IOException {
        return open(python, threads, List.of(resource, "json_lines.py"));
    }

    /**
     * As {@link #open(String, int)} for a server script that is a resource of {@code owner}'s package (another
     * bench section's Python side); the request loop ({@code json_lines.py}) comes along from this package.
     */
    public static ScipySide open(String python, int threads, Class<?> owner, String server) throws IOException {
        if (!available(python)) {
            throw new MissingPythonException(MISSING + " ('" + python + " -c \"import numpy, scipy\"' failed)");
        }
        Path folder = Files.createTempDirectory("banach-bench");
        copy(owner, server, folder);
        copy(ScipySide.class, "json_lines.py", folder);
        return new ScipySide(python, threads, folder, folder.resolve(server));
    }

    private static void copy(Class<?> owner, String name, Path folder) throws IOException {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the launcher lacks its resource " + name);
            }
            Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Extracts {@code scripts} (the server first, then the modules it imports) and checks the interpreter. */
    private static ScipySide open(String python, int threads, List<String> scripts) throws IOException {
        if (!available(python)) {
            throw new MissingPythonException(MISSING + " ('" + python + " -c \"import numpy, scipy\"' failed or "
                    + python + " is not on the PATH; install them, e.g. 'pip install numpy scipy', or point --python)");
        }
        Path folder = Files.createTempDirectory("banach-bench-optim");
        for (String name : scripts) {
            try (InputStream in = ScipySide.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("the launcher lacks its resource " + name);
                }
                Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new ScipySide(python, threads, folder, folder.resolve(scripts.get(0)));
    }

    /** True when {@code python -c "import numpy, scipy"} exits 0 within 60 s. */
    public static boolean available(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import numpy, scipy").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** f(x0), n and the gradient 2-norm at the standard start for each key SciPy implements. */
    JsonNode startValues(List<String> keys) throws IOException {
        return call(Map.of("op", "values", "problems", keys));
    }

    /** One request to the SciPy server (started on first use); the answer, or an IOException for its error. */
    public synchronized JsonNode call(Map<String, Object> request) throws IOException {
        if (process == null) {
            ProcessBuilder pb = new ProcessBuilder(python, script.toString())
                    .redirectError(folder.resolve("stderr.txt").toFile());
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");   // nothing but the extracted files in the folder
            if (threads > 0) {
                for (String v : List.of("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")) {
                    pb.environment().put(v, String.valueOf(threads));
                }
            }
            process = pb.start();
            toPython = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            fromPython = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }
        toPython.write(JSON.writeValueAsString(request));
        toPython.write('\n');
        toPython.flush();
        String line = fromPython.readLine();
        if (line == null) {
            throw new IOException("the SciPy side ended: " + stderr());
        }
        JsonNode answer = JSON.readTree(line);
        if (answer.has("error")) {
            throw new IOException("the SciPy side failed on " + request + ": " + answer.path("error").asText());
        }
        return answer;
    }

    private String stderr() {
        try {
            return Files.readString(folder.resolve("stderr.txt"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(no error output)";
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            try {
                toPython.close();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        try {
            try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    /** python3 or numpy/SciPy missing. */
    public static final class MissingPythonException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MissingPythonException(String message) {
            super(message);
        }
    }
}
