package org.banach.launch.embed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.banach.api.Platform;
import org.osgi.framework.Constants;

/**
 * The {@code Export-Package} header of the platform.api jar (or classes folder) on the host's class
 * path, which the framework uses as {@code org.osgi.framework.system.packages.extra} so that bundles
 * share the host's API classes.
 */
final class ApiExports {

    static final String API_BSN = "org.banach.platform.api";

    private ApiExports() {
    }

    /**
     * The API's exports: from the manifest next to {@link Platform}'s class, else from the first
     * platform.api manifest among the class loader's resources.
     *
     * @throws BanachStartException when no platform.api manifest with exports is found
     */
    static String find() {
        try {
            String exports = exports(manifestBeside(Platform.class));
            if (exports != null) {
                return exports;
            }
            ClassLoader cl = Platform.class.getClassLoader();
            Enumeration<URL> all = cl == null ? ClassLoader.getSystemResources(JarFile.MANIFEST_NAME)
                    : cl.getResources(JarFile.MANIFEST_NAME);
            while (all.hasMoreElements()) {
                try (InputStream in = all.nextElement().openStream()) {
                    exports = exports(new Manifest(in));
                    if (exports != null) {
                        return exports;
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new BanachStartException("cannot read the platform.api manifest from the class path: " + e, e);
        }
        throw new BanachStartException("the platform.api jar on the class path has no OSGi manifest"
                + " (Bundle-SymbolicName " + API_BSN + " with Export-Package); put the built platform.api jar on the class path");
    }

    /** The manifest of the jar or classes folder {@code type} was loaded from; null when there is none. */
    private static Manifest manifestBeside(Class<?> type) throws IOException, URISyntaxException {
        URL where = type.getProtectionDomain().getCodeSource() == null ? null
                : type.getProtectionDomain().getCodeSource().getLocation();
        if (where == null || !"file".equals(where.getProtocol())) {
            return null;
        }
        Path p = Path.of(where.toURI());
        if (Files.isDirectory(p)) {
            Path f = p.resolve("META-INF/MANIFEST.MF");
            if (Files.isRegularFile(f)) {
                try (InputStream in = Files.newInputStream(f)) {
                    return new Manifest(in);
                }
            }
        } else if (Files.isRegularFile(p)) {
            try (JarFile jf = new JarFile(p.toFile())) {
                return jf.getManifest();
            }
        }
        return null;
    }

    /** The exports of {@code mf} when it is platform.api's manifest, else null. */
    private static String exports(Manifest mf) {
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
}
