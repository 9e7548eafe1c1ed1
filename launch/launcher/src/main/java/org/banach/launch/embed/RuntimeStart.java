package org.banach.launch.embed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * One start of an embedded runtime: checks the folders, prepares the storage folder (and a Gogo home
 * for the interactive shell), creates and starts the framework, installs the bundles and waits for
 * the deploy folder's bundles. When the start fails, what it created is removed again.
 */
final class RuntimeStart {

    private final StartOptions options;
    private Path storageDir;
    private Path goshHome;

    private RuntimeStart(StartOptions options) {
        this.options = options;
    }

    /** See {@link Banach.Builder#start()}. */
    static EmbeddedBanach start(StartOptions options) {
        return new RuntimeStart(options).run();
    }

    private EmbeddedBanach run() {
        List<Path> jars = FolderChecks.bundleJars(options.bundles());
        FolderChecks.refuseWorldWritable(options.bundles(), "bundles");
        FolderChecks.prepareDeploy(options.deploy());
        storageDir = createStorage();

        Map<String, String> props;
        Framework framework;
        try {
            if (FrameworkProperties.needsGoshHome(options)) {
                goshHome = GoshHome.create();
            }
            props = FrameworkProperties.of(options, storageDir, goshHome);
            FileInstallLog.route(options.log());
            framework = newFramework(props);
        } catch (RuntimeException e) {
            throw abandon(e, "the OSGi framework could not be created: ");
        }
        Map<Long, String> failures = Collections.synchronizedMap(new LinkedHashMap<>());
        try {
            framework.init();
            framework.start();
            new BundleInstaller(options).installAndStart(framework, jars, failures);
        } catch (BundleException | RuntimeException e) {
            EmbeddedBanach.stopQuietly(framework);
            throw abandon(e, "the OSGi framework failed to start: ");
        }
        DeployFolderWait.awaitDeployed(framework, options.deploy(), options.log());
        return new EmbeddedBanach(framework, options.bundles(), options.deploy(), storageDir,
                options.temporaryStorage(), goshHome, failures, options.timeout());
    }

    /** The storage folder: a fresh temporary one, or the host's after checking it is safe to empty. */
    private Path createStorage() {
        try {
            if (options.temporaryStorage()) {
                return Files.createTempDirectory("banach-osgi-");
            }
            Path dir = options.storage().toAbsolutePath().normalize();
            FolderChecks.refuseForeignStorage(dir);
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BanachStartException("cannot create the framework storage folder: " + e.getMessage(), e);
        }
    }

    /** Removes the temporary folders of this start; the exception to throw for {@code e}. */
    private BanachStartException abandon(Exception e, String what) {
        if (options.temporaryStorage()) {
            EmbeddedBanach.deleteTree(storageDir);
        }
        EmbeddedBanach.deleteTree(goshHome);
        return e instanceof BanachStartException ? (BanachStartException) e
                : new BanachStartException(what + FailureReason.of(e), e);
    }

    private static Framework newFramework(Map<String, String> props) {
        Iterator<FrameworkFactory> it = ServiceLoader.load(FrameworkFactory.class, Banach.class.getClassLoader())
                .iterator();
        if (!it.hasNext()) {
            throw new BanachStartException("no OSGi framework on the class path (expected org.apache.felix.framework)");
        }
        return it.next().newFramework(props);
    }
}
