package org.banach.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.banach.api.Job;
import org.banach.api.Platform;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.SolverInfo;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Shared helpers of the integration tests. Waits poll with a deadline; none sleeps a fixed time. */
public final class Itest {

    public static final String FIXTURES_BSN = "org.banach.test.fixtures";
    public static final String OPTIM_BSN = "org.banach.plugins.optim";
    public static final String RUNTIME_BSN = "org.banach.platform.runtime";

    public static final String ROSENBROCK = "optim/mgh/rosenbrock";
    /** The fixtures bundle's problems: ½‖x − 1‖² from 0, and NaN everywhere. */
    public static final String QUADRATIC = "test/quadratic";
    public static final String NAN_OBJECTIVE = "test/nan-objective";
    public static final String LBFGS = "optim.lbfgs";
    public static final String GD = "optim.gd";
    public static final String STEADY = "test.steady";
    public static final String HANG = "test.hang";
    public static final String THROWS = "test.throws";
    public static final String NAN = "test.nan";

    /** Service waits (ms) for @InjectService. */
    public static final long SERVICE_TIMEOUT_MS = 10_000;
    /** Default deadline of a poll. */
    public static final Duration DEADLINE = Duration.ofSeconds(10);

    /** System-property prefixes the fixture solvers write (see the fixtures bundle's Fixtures class). */
    static final String RUNS = "org.banach.test.fixtures.runs.";
    static final String RAN_VERSION = "org.banach.test.fixtures.version.";

    private Itest() {
    }

    /** The real context of the test bundle (bundles installed through it are not cleaned up by osgi-test). */
    public static BundleContext realContext() {
        return FrameworkUtil.getBundle(Itest.class).getBundleContext();
    }

    // ---- waiting --------------------------------------------------------------------------------

    /** Polls {@code condition} every 10 ms until it holds; fails naming {@code what} after {@code deadline}. */
    public static void await(String what, Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out after " + deadline.toMillis() + " ms waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
    }

    /** The job's result, failing the test when it takes longer than {@code deadline}. */
    public static Result result(Job job, Duration deadline) {
        try {
            return job.result().get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return fail("job " + job.id() + " (" + job.spec() + ") gave no result within " + deadline.toMillis()
                    + " ms; state " + job.state());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        } catch (ExecutionException e) {
            return fail("job " + job.id() + " completed exceptionally, which Job.result() forbids", e.getCause());
        }
    }

    // ---- run specs --------------------------------------------------------------------------------

    /** A fresh tag for the fixture invocation records. */
    public static String tag() {
        return java.util.UUID.randomUUID().toString();
    }

    /** test.steady on test/quadratic: {@code steps} steps of {@code sleepMillis}, recorded under {@code tag}. */
    public static RunSpec.Builder steady(String tag, int steps, int sleepMillis) {
        return RunSpec.builder(STEADY, QUADRATIC).set("steps", Integer.toString(steps))
                .set("sleepMillis", Integer.toString(sleepMillis)).set("tag", tag);
    }

    // ---- catalog --------------------------------------------------------------------------------

    /** Versions of solver {@code id} that the platform lists now, sorted. */
    public static List<String> versionsOf(Platform platform, String id) {
        return platform.solvers().stream().filter(s -> s.id().equals(id)).map(SolverInfo::version).sorted()
                .collect(Collectors.toList());
    }

    public static boolean lists(Platform platform, String id) {
        return platform.solvers().stream().anyMatch(s -> s.id().equals(id));
    }

    public static void awaitListed(Platform platform, String id, String version) {
        await("the platform to list " + id + " " + version, DEADLINE,
                () -> versionsOf(platform, id).stream().anyMatch(v -> Version.parseVersion(v).equals(Version.parseVersion(version))));
    }

    public static void awaitNotListed(Platform platform, String id) {
        await("the platform to stop listing " + id, DEADLINE, () -> !lists(platform, id));
    }

    // ---- bundles --------------------------------------------------------------------------------

    public static List<Bundle> bundles(BundleContext ctx, String bsn) {
        List<Bundle> out = new ArrayList<>();
        for (Bundle b : ctx.getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                out.add(b);
            }
        }
        return out;
    }

    public static Bundle bundle(BundleContext ctx, String bsn) {
        List<Bundle> bs = bundles(ctx, bsn);
        assertThat(bs).as("installed bundles named %s", bsn).hasSize(1);
        return bs.get(0);
    }

    /**
     * The file a bundle was installed from. The bnd launcher installs with {@code reference:file:...}
     * locations (toolchain gotcha 7), so the location is turned into a path, not opened as a URL.
     */
    public static Path jarPath(Bundle b) {
        String loc = b.getLocation();
        String s = loc.startsWith("reference:") ? loc.substring("reference:".length()) : loc;
        if (s.startsWith("file:")) {
            try {
                return Paths.get(URI.create(s));
            } catch (IllegalArgumentException e) {
                return Paths.get(s.substring("file:".length()));
            }
        }
        return Paths.get(s);
    }

    /** A copy of {@code jar} with the given manifest headers set (e.g. {@code Bundle-Version}). */
    public static Path withManifest(Path jar, Path out, Map<String, String> headers) throws IOException {
        return copyJar(jar, out, headers, Map.of());
    }

    /**
     * A copy of {@code jar} with the given manifest headers set and the named entries rewritten by
     * their functions (java.util.jar only; the copy is a new file, the original is untouched).
     */
    public static Path copyJar(Path jar, Path out, Map<String, String> headers,
            Map<String, UnaryOperator<byte[]>> rewrite) throws IOException {
        Files.createDirectories(out.getParent());
        try (JarFile in = new JarFile(jar.toFile())) {
            Manifest mf = new Manifest(in.getManifest());
            Attributes main = mf.getMainAttributes();
            headers.forEach((k, v) -> main.putValue(k, v));
            try (OutputStream os = Files.newOutputStream(out); JarOutputStream jos = new JarOutputStream(os, mf)) {
                Enumeration<JarEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    JarEntry e = entries.nextElement();
                    if (e.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME) || e.getName().equalsIgnoreCase("META-INF/")) {
                        continue;
                    }
                    jos.putNextEntry(new JarEntry(e.getName()));
                    try (InputStream is = in.getInputStream(e)) {
                        byte[] bytes = is.readAllBytes();
                        UnaryOperator<byte[]> f = rewrite.get(e.getName());
                        jos.write(f == null ? bytes : f.apply(bytes));
                    }
                    jos.closeEntry();
                }
            }
        }
        return out;
    }

    public static Path withVersion(Path jar, Path out, String version) throws IOException {
        return withManifest(jar, out, Map.of(Constants.BUNDLE_VERSION, version));
    }

    /** Builds a jar with {@code manifest} headers and the given entries (name to bytes). */
    public static Path jar(Path out, Map<String, String> manifest, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(out.getParent());
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
        try (OutputStream os = Files.newOutputStream(out); JarOutputStream jos = new JarOutputStream(os, mf)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                jos.putNextEntry(new JarEntry(e.getKey()));
                jos.write(e.getValue());
                jos.closeEntry();
            }
        }
        return out;
    }

    /** The bytes of a resource of the test bundle, e.g. a class file to copy into a built bundle. */
    public static byte[] ownEntry(String name) throws IOException {
        java.net.URL url = FrameworkUtil.getBundle(Itest.class).getEntry(name);
        assertThat(url).as("test bundle entry %s", name).isNotNull();
        try (InputStream is = url.openStream(); ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
            is.transferTo(bos);
            return bos.toByteArray();
        }
    }

    /** A fresh folder in the test bundle's data area. */
    public static Path scratch(String name) throws IOException {
        Path base = FrameworkUtil.getBundle(Itest.class).getDataFile("").toPath();
        return Files.createTempDirectory(Files.createDirectories(base), name);
    }

    /**
     * Puts the fixtures bundle back as the test run started it: exactly one bundle
     * {@value #FIXTURES_BSN}, version 1.0.0, from {@code originalJar}, ACTIVE, with its solvers listed.
     */
    public static void restoreFixtures(Platform platform, Path originalJar) throws BundleException, IOException {
        BundleContext ctx = realContext();
        String location = "reference:" + originalJar.toUri();
        Bundle keep = null;
        for (Bundle b : bundles(ctx, FIXTURES_BSN)) {
            if (keep == null && jarPath(b).equals(originalJar)) {
                keep = b;
            } else {
                b.uninstall();
            }
        }
        if (keep == null) {
            keep = ctx.installBundle(location);
        } else if (!keep.getVersion().equals(Version.parseVersion("1.0.0"))) {
            try (InputStream in = Files.newInputStream(originalJar)) {
                keep.update(in);
            }
        }
        keep.start();
        Bundle started = keep;
        await("the fixtures bundle to be ACTIVE", DEADLINE, () -> started.getState() == Bundle.ACTIVE);
        awaitListed(platform, STEADY, "1.0.0");
        await("only test.steady 1.0.0 listed", DEADLINE, () -> versionsOf(platform, STEADY).equals(List.of("1.0.0")));
    }

    // ---- fixture invocation records -------------------------------------------------------------

    /** How many times a fixture solver ran a job tagged {@code tag}. */
    public static int invocations(String tag) {
        String v = System.getProperty(RUNS + tag);
        return v == null ? 0 : Integer.parseInt(v);
    }

    /** The bundle version of the fixture code that ran the job tagged {@code tag}, or null. */
    public static String ranVersion(String tag) {
        return System.getProperty(RAN_VERSION + tag);
    }

    // ---- messages -------------------------------------------------------------------------------

    /**
     * Asserts that {@code message} reads as a sentence for a person: several words, not just an
     * exception class name, no stack trace.
     */
    public static void assertReadable(String message) {
        assertThat(message).as("message").isNotNull();
        String m = message.trim();
        assertThat(m.split("\\s+")).as("words of '%s'", m).hasSizeGreaterThanOrEqualTo(3);
        assertThat(m).as("message").doesNotMatch("^[\\w.$]+(Exception|Error)$")
                .doesNotContain("\tat ").doesNotContain("\n\tat ").doesNotStartWith("java.lang.");
    }
}
