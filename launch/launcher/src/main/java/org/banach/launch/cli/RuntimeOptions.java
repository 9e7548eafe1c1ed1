package org.banach.launch.cli;

import java.nio.file.Path;
import java.time.Duration;

import org.banach.launch.embed.Banach;
import org.banach.launch.embed.EmbeddedBanach;

import picocli.CommandLine.Option;

/** Where the runtime's bundles and deploy folder are; shared by every command that starts the runtime. */
public final class RuntimeOptions {

    @Option(names = "--bundles", paramLabel = "DIR",
            description = "Bundles the runtime starts (default: the launcher build's target/bundles, "
                    + "or the system property banach.bundles).")
    Path bundles;

    @Option(names = "--deploy", paramLabel = "DIR",
            description = "Hot-deploy folder: solver bundles dropped here are picked up within a second "
                    + "(default: ./deploy; created if missing; refused when world-writable).")
    Path deploy;

    @Option(names = "--start-timeout", paramLabel = "S", defaultValue = "30",
            description = "Seconds to wait for the runtime to become ready (default: ${DEFAULT-VALUE}).")
    double startTimeout;

    /** The deploy folder these options give (as the embedding API resolves it). */
    Path deployFolder() {
        return (deploy != null ? deploy : Path.of(System.getProperty(Banach.DEPLOY_PROPERTY, "deploy")))
                .toAbsolutePath().normalize();
    }

    /** Starts the runtime with these options; gogo and shell as the command needs. */
    EmbeddedBanach start(boolean interactiveShell) {
        if (!(startTimeout > 0) || Double.isInfinite(startTimeout)) {
            throw new IllegalArgumentException("--start-timeout must be a positive number of seconds, got " + startTimeout);
        }
        Banach.Builder b = Banach.builder()
                .startTimeout(Duration.ofMillis((long) Math.ceil(startTimeout * 1000)))
                .interactiveShell(interactiveShell)
                .log(line -> Cli.err().println("banach: " + line));
        if (bundles != null) {
            b.bundles(bundles);
        }
        if (deploy != null) {
            b.deploy(deploy);
        }
        return b.start();
    }
}
