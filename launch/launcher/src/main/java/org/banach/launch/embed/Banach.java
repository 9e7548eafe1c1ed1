package org.banach.launch.embed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.banach.api.Platform;

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
            return RuntimeStart.start(new StartOptions(bundlesDir, deployDir, storage, new LinkedHashMap<>(properties),
                    gogo, interactiveShell, timeout, log));
        }
    }
}
