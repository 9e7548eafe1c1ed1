package org.banach.launch.embed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.banach.api.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts the Banach runtime inside this JVM: Apache Felix with every bundle of a bundles folder, and
 * Apache FileInstall watching a deploy folder, so that a solver bundle dropped there is available to
 * the next job and removing it retires it.
 *
 * <p>The API packages ({@code org.banach.api.*}) are not installed as a bundle: the framework exports
 * them from the host's class path (the {@code Export-Package} header of the platform.api jar the host
 * has), so the {@link Platform} handed out is typed with the host's own classes.
 *
 * <p>Gogo: by default none of it is installed. {@link Builder#gogo(boolean) gogo(true)} installs the
 * command processor (gogo.runtime and gogo.command) without any console; {@link
 * Builder#interactiveShell(boolean) interactiveShell(true)} also installs gogo.shell, which reads
 * commands from {@code System.in} and stops the framework on {@code exit} or end of input.
 */
public final class Banach {

    /** System property naming the default bundles folder. */
    public static final String BUNDLES_PROPERTY = "banach.bundles";
    /** System property naming the default deploy folder. */
    public static final String DEPLOY_PROPERTY = "banach.deploy";

    static final String API_BSN = "org.banach.platform.api";
    static final String GOGO_RUNTIME = "org.apache.felix.gogo.runtime";
    static final String GOGO_COMMAND = "org.apache.felix.gogo.command";
    static final String GOGO_SHELL = "org.apache.felix.gogo.shell";
    /** Longest wait at start for the bundles already in the deploy folder to be started by FileInstall. */
    static final int DEPLOY_WAIT_SECONDS = 10;

    private Banach() {
    }

    /** A builder with the defaults: see each setter. */
    public static Builder builder() {
        return new Builder();
    }

    /** Options of an embedded runtime. */
    public static final class Builder {
        private Path bundles;
        private Path deploy;
        private Path storage;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private boolean gogo;
        private boolean interactiveShell;
        private Duration timeout = Duration.ofSeconds(30);
        private Consumer<String> log = line -> System.err.println("banach: " + line);

        private Builder() {
        }

        /**
         * The folder whose jars are installed and started (not watched). Default: the system property
         * {@value Banach#BUNDLES_PROPERTY}, else {@code ./bundles}.
         */
        public Builder bundles(Path folder) {
            bundles = folder;
            return this;
        }

        /**
         * The folder FileInstall watches (polled every second): jars dropped there are installed and
         * started, removed ones are uninstalled. Created when missing. A world-writable folder is
         * refused, since bundles run as trusted code. Default: the system property
         * {@value Banach#DEPLOY_PROPERTY}, else {@code ./deploy}.
         */
        public Builder deploy(Path folder) {
            deploy = folder;
            return this;
        }

        /**
         * The framework's storage folder; it is cleaned when the framework starts and kept after
         * {@link EmbeddedBanach#close()}. Default: a fresh temporary folder, deleted on close.
         */
        public Builder storage(Path folder) {
            storage = folder;
            return this;
        }

        /** One extra framework property (overrides the defaults set here). */
        public Builder property(String key, String value) {
            properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Extra framework properties (override the defaults set here). */
        public Builder properties(Map<String, String> props) {
            props.forEach(this::property);
            return this;
        }

        /** Installs Gogo's command processor (gogo.runtime, gogo.command) without a console. Default off. */
        public Builder gogo(boolean on) {
            gogo = on;
            return this;
        }

        /**
         * Installs Gogo with its interactive shell on {@code System.in}/{@code System.out}; the shell
         * stops the framework on {@code exit} or end of input (see {@link EmbeddedBanach#awaitStop()}).
         * Implies {@link #gogo(boolean) gogo(true)}. Default off.
         */
        public Builder interactiveShell(boolean on) {
            interactiveShell = on;
            return this;
        }

        /** How long {@link EmbeddedBanach#platform()} waits for the Platform service. Default 30 s. */
        public Builder startTimeout(Duration t) {
            if (t.isNegative() || t.isZero()) {
                throw new IllegalArgumentException("start timeout must be positive, got " + t);
            }
            timeout = t;
            return this;
        }

        /** Where one-line messages go (a bundle that failed to start, a skipped jar). Default: standard error. */
        public Builder log(Consumer<String> sink) {
            log = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * Starts the framework, installs every jar of the bundles folder and starts the non-fragments.
         * A bundle that fails to start is logged (one line with the reason) and the others keep going;
         * {@link EmbeddedBanach#platform()} reports what is missing if the Platform never appears.
         *
         * @throws BanachStartException when the folders are unusable, the API jar or the framework is
         *         not on the class path, or the framework does not start
         */
        public EmbeddedBanach start() {
            Path bundlesDir = (bundles != null ? bundles
                    : Path.of(System.getProperty(BUNDLES_PROPERTY, "bundles"))).toAbsolutePath().normalize();
            Path deployDir = (deploy != null ? deploy
                    : Path.of(System.getProperty(DEPLOY_PROPERTY, "deploy"))).toAbsolutePath().normalize();
            List<Path> jars = bundleJars(bundlesDir);
            refuseWorldWritable(bundlesDir, "bundles");
            prepareDeploy(deployDir);

            boolean tempStorage = storage == null;
            if (!tempStorage) {
                refuseForeignStorage(storage.toAbsolutePath().normalize());
            }
            Path storageDir;
            try {
                storageDir = tempStorage ? Files.createTempDirectory("banach-osgi-")
                        : Files.createDirectories(storage.toAbsolutePath().normalize());
            } catch (IOException e) {
                throw new BanachStartException("cannot create the framework storage folder: " + e.getMessage(), e);
            }

            Map<String, String> props = new LinkedHashMap<>();
            props.put(Constants.FRAMEWORK_STORAGE, storageDir.toString());
            props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, apiExports());
            // Felix resolves on a pool of daemon threads that outlive the framework by a minute; resolve
            // on the calling thread instead, so that close() leaves no framework thread behind.
            props.put("felix.resolver.parallelism", "1");
            props.put("felix.fileinstall.dir", deployDir.toString());
            props.put("felix.fileinstall.poll", "1000");
            props.put("felix.fileinstall.noInitialDelay", "true");
            props.put("felix.fileinstall.bundles.new.start", "true");
            props.put("felix.fileinstall.filter", ".*\\.jar");
            props.put("felix.fileinstall.tmpdir", storageDir.resolve("fileinstall-tmp").toString());
            props.put("felix.fileinstall.log.level", "2"); // errors and warnings
            props.put("felix.fileinstall.log.default", "jul"); // to standard error, not standard output
            Path goshHome = null;
            if (interactiveShell && !properties.containsKey("gosh.home")) {
                goshHome = goshHome(storageDir, tempStorage);
                props.put("gosh.home", goshHome.toString());
            }
            String extra = properties.get(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA);
            props.putAll(properties);
            if (extra != null && !extra.isBlank()) {
                props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, apiExports() + "," + extra);
            }

            Object felixLogger = FrameworkLog.felixLogger(log);
            if (felixLogger != null && !properties.containsKey("felix.log.logger")) {
                @SuppressWarnings({"unchecked", "rawtypes"})
                Map<String, Object> raw = (Map) props;
                raw.put("felix.log.logger", felixLogger);
            }
            FileInstallLog.route(log);
            Framework framework;
            try {
                framework = newFramework(props);
            } catch (RuntimeException e) {
                if (tempStorage) {
                    EmbeddedBanach.deleteTree(storageDir);
                }
                EmbeddedBanach.deleteTree(goshHome);
                throw e instanceof BanachStartException ? (BanachStartException) e
                        : new BanachStartException("the OSGi framework could not be created: " + reason(e), e);
            }
            Map<Long, String> failures = Collections.synchronizedMap(new LinkedHashMap<>());
            try {
                framework.init();
                framework.start();
                List<Bundle> installed = install(framework, jars, failures);
                for (Bundle b : installed) {
                    if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                        continue;
                    }
                    try {
                        b.start();
                    } catch (BundleException | RuntimeException e) {
                        String reason = reason(e);
                        failures.put(b.getBundleId(), reason);
                        log.accept("bundle " + b.getSymbolicName() + " " + b.getVersion() + " failed to start: " + reason);
                    }
                }
            } catch (BundleException | RuntimeException e) {
                EmbeddedBanach.stopQuietly(framework);
                if (tempStorage) {
                    EmbeddedBanach.deleteTree(storageDir);
                }
                EmbeddedBanach.deleteTree(goshHome);
                throw e instanceof BanachStartException ? (BanachStartException) e
                        : new BanachStartException("the OSGi framework failed to start: " + reason(e), e);
            }
            awaitDeployed(framework, deployDir);
            return new EmbeddedBanach(framework, bundlesDir, deployDir, storageDir, tempStorage, goshHome, failures,
                    timeout);
        }

        /**
         * FileInstall installs the jars already in the deploy folder on its own thread; waits (at most
         * {@value Banach#DEPLOY_WAIT_SECONDS} s) until each bundle among them is active, so that the
         * first job after start sees the deployed solvers. One that does not start in time is logged.
         */
        private void awaitDeployed(Framework framework, Path deployDir) {
            boolean fileInstall = false;
            for (Bundle b : framework.getBundleContext().getBundles()) {
                fileInstall |= "org.apache.felix.fileinstall".equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE;
            }
            if (!fileInstall) {
                return;
            }
            List<Path> expected = new ArrayList<>();
            try (Stream<Path> s = Files.list(deployDir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                        .filter(p -> symbolicName(p) != null).sorted().forEach(expected::add);
            } catch (IOException e) {
                return;
            }
            long deadline = System.nanoTime() + DEPLOY_WAIT_SECONDS * 1_000_000_000L;
            List<Path> waiting = expected;
            while (!waiting.isEmpty()) {
                waiting = waiting.stream().filter(p -> !deployedAndStarted(framework, p)).collect(Collectors.toList());
                if (waiting.isEmpty()) {
                    return;
                }
                if (System.nanoTime() - deadline > 0) {
                    for (Path p : waiting) {
                        log.accept("deploy folder: " + p.getFileName() + " was not started within " + DEPLOY_WAIT_SECONDS
                                + " s of the start");
                    }
                    return;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private static boolean deployedAndStarted(Framework framework, Path jar) {
            for (Bundle b : framework.getBundleContext().getBundles()) {
                String loc = b.getLocation();
                if (loc == null || !loc.startsWith("file:") || !loc.endsWith("/" + jar.getFileName())) {
                    continue;
                }
                try {
                    if (Files.isSameFile(Path.of(java.net.URI.create(loc)), jar)) {
                        return b.getState() == Bundle.ACTIVE
                                || (b.getState() == Bundle.RESOLVED && b.getHeaders().get(Constants.FRAGMENT_HOST) != null)
                                || FileInstallLog.failed(loc); // FileInstall logged why; no point waiting
                    }
                } catch (IOException | IllegalArgumentException e) {
                    // not this one
                }
            }
            return false;
        }

        private List<Bundle> install(Framework framework, List<Path> jars, Map<Long, String> failures)
                throws BundleException {
            List<Bundle> installed = new ArrayList<>();
            for (Path jar : jars) {
                String bsn = symbolicName(jar);
                if (bsn == null) {
                    log.accept("skipping " + jar.getFileName() + ": not an OSGi bundle (no Bundle-SymbolicName)");
                    continue;
                }
                if (API_BSN.equals(bsn)) {
                    log.accept("skipping " + jar.getFileName() + ": the API packages are shared from the host class path");
                    continue;
                }
                boolean shell = GOGO_SHELL.equals(bsn);
                boolean gogoPart = GOGO_RUNTIME.equals(bsn) || GOGO_COMMAND.equals(bsn);
                if ((shell && !interactiveShell) || (gogoPart && !(gogo || interactiveShell))) {
                    continue;
                }
                try {
                    installed.add(framework.getBundleContext().installBundle("reference:" + jar.toUri()));
                } catch (BundleException e) {
                    log.accept("bundle " + jar.getFileName() + " could not be installed: " + reason(e));
                }
            }
            return installed;
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /**
     * A Gogo home holding Banach's {@code etc/gosh_profile} (banach commands first, a clean
     * {@code exit}). Not inside the storage folder, which the framework empties when it starts.
     */
    private static Path goshHome(Path storageDir, boolean tempStorage) {
        try {
            Path home = Files.createTempDirectory("banach-gosh-");
            Path etc = Files.createDirectories(home.resolve("etc"));
            try (InputStream in = Banach.class.getResourceAsStream("gosh_profile")) {
                if (in == null) {
                    throw new IOException("gosh_profile is missing from the launcher jar");
                }
                Files.copy(in, etc.resolve("gosh_profile"));
            }
            return home;
        } catch (IOException e) {
            if (tempStorage) {
                EmbeddedBanach.deleteTree(storageDir);
            }
            throw new BanachStartException("cannot prepare the shell profile: " + e.getMessage(), e);
        }
    }

    private static Framework newFramework(Map<String, String> props) {
        Iterator<FrameworkFactory> it = ServiceLoader.load(FrameworkFactory.class, Banach.class.getClassLoader())
                .iterator();
        if (!it.hasNext()) {
            throw new BanachStartException("no OSGi framework on the class path (expected org.apache.felix.framework)");
        }
        return it.next().newFramework(props);
    }

    private static List<Path> bundleJars(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BanachStartException("bundles folder " + dir + " does not exist"
                    + " (build the launcher with: mvn -q install -DskipTests, or set -D" + BUNDLES_PROPERTY + ")");
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> jars = s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                    .sorted().collect(Collectors.toList());
            if (jars.isEmpty()) {
                throw new BanachStartException("bundles folder " + dir + " holds no jar");
            }
            return jars;
        } catch (IOException e) {
            throw new BanachStartException("cannot list bundles folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void prepareDeploy(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BanachStartException("deploy folder " + dir + " exists but is not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BanachStartException("cannot create deploy folder " + dir + ": " + e.getMessage(), e);
        }
        refuseWorldWritable(dir, "deploy");
    }

    /**
     * The framework empties its storage folder when it starts: refuse a folder that holds anything
     * but a previous framework storage, so that a mistyped path is not wiped.
     */
    private static void refuseForeignStorage(Path dir) {
        if (!Files.isDirectory(dir)) {
            if (Files.exists(dir)) {
                throw new BanachStartException("storage folder " + dir + " exists but is not a folder");
            }
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).collect(Collectors.toList());
            if (!names.isEmpty() && !names.contains("bundle0")) {
                throw new BanachStartException("refusing storage folder " + dir + ": it is not empty and holds no"
                        + " framework storage, and the framework deletes everything in it when it starts");
            }
        } catch (IOException e) {
            throw new BanachStartException("cannot list storage folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Bundles run as trusted code, so a folder anybody can write into is refused. */
    static void refuseWorldWritable(Path dir, String what) {
        if (Files.getFileAttributeView(dir, PosixFileAttributeView.class) == null) {
            return; // no POSIX permissions on this file system
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
            if (perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new BanachStartException("refusing " + what + " folder " + dir + ": it is world-writable ("
                        + PosixFilePermissions.toString(perms) + "), and every jar in it runs as trusted code in"
                        + " this process; make it writable by its owner only (chmod o-w '" + dir + "')");
            }
        } catch (IOException e) {
            throw new BanachStartException("cannot read the permissions of " + what + " folder " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    private static String symbolicName(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest mf = jf.getManifest();
            String bsn = mf == null ? null : mf.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            return bsn == null ? null : bsn.split(";")[0].trim();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The {@code Export-Package} header of the platform.api jar (or classes folder) on the host's
     * class path, used as {@code org.osgi.framework.system.packages.extra}.
     */
    static String apiExports() {
        try {
            URL where = Platform.class.getProtectionDomain().getCodeSource() == null ? null
                    : Platform.class.getProtectionDomain().getCodeSource().getLocation();
            if (where != null && "file".equals(where.getProtocol())) {
                Path p = Path.of(where.toURI());
                Manifest mf = null;
                if (Files.isDirectory(p)) {
                    Path f = p.resolve("META-INF/MANIFEST.MF");
                    if (Files.isRegularFile(f)) {
                        try (InputStream in = Files.newInputStream(f)) {
                            mf = new Manifest(in);
                        }
                    }
                } else if (Files.isRegularFile(p)) {
                    try (JarFile jf = new JarFile(p.toFile())) {
                        mf = jf.getManifest();
                    }
                }
                String exports = apiExports(mf);
                if (exports != null) {
                    return exports;
                }
            }
            ClassLoader cl = Platform.class.getClassLoader();
            Enumeration<URL> all = cl == null ? ClassLoader.getSystemResources(JarFile.MANIFEST_NAME)
                    : cl.getResources(JarFile.MANIFEST_NAME);
            while (all.hasMoreElements()) {
                try (InputStream in = all.nextElement().openStream()) {
                    String exports = apiExports(new Manifest(in));
                    if (exports != null) {
                        return exports;
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            throw new BanachStartException("cannot read the platform.api manifest from the class path: " + e, e);
        }
        throw new BanachStartException("the platform.api jar on the class path has no OSGi manifest"
                + " (Bundle-SymbolicName " + API_BSN + " with Export-Package); put the built platform.api jar on the class path");
    }

    private static String apiExports(Manifest mf) {
        if (mf == null) {
            return null;
        }
        Attributes a = mf.getMainAttributes();
        String bsn = a.getValue(Constants.BUNDLE_SYMBOLICNAME);
        String exports = a.getValue(Constants.EXPORT_PACKAGE);
        if (bsn != null && bsn.split(";")[0].trim().equals(API_BSN) && exports != null && !exports.isBlank()) {
            return exports;
        }
        return null;
    }

    /** One line saying why a bundle operation failed. */
    static String reason(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        int cut = sb.indexOf(" Unresolved requirements:");
        if (cut > 0) {
            sb.setLength(cut);
        }
        Throwable c = e.getCause();
        while (c != null && c != c.getCause()) {
            sb.append(": ").append(c.getClass().getSimpleName()).append(c.getMessage() == null ? "" : " " + c.getMessage());
            c = c.getCause();
        }
        return sb.toString().replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
