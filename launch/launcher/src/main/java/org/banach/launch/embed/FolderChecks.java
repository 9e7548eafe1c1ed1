package org.banach.launch.embed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The safety checks on the folders a runtime is started with: bundles run as trusted code, so their
 * folders must not be world-writable, and the framework empties its storage folder, so a folder that
 * is not a framework storage is refused. Every refusal is a {@link BanachStartException}.
 */
final class FolderChecks {

    private FolderChecks() {
    }

    /** The jars of the bundles folder, sorted; refused when the folder is missing or holds none. */
    static List<Path> bundleJars(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BanachStartException("bundles folder " + dir + " does not exist"
                    + " (build the launcher with: mvn -q install -DskipTests, or set -D" + Banach.BUNDLES_PROPERTY + ")");
        }
        try {
            List<Path> jars = jars(dir);
            if (jars.isEmpty()) {
                throw new BanachStartException("bundles folder " + dir + " holds no jar");
            }
            return jars;
        } catch (IOException e) {
            throw new BanachStartException("cannot list bundles folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The regular files named {@code *.jar} in {@code dir}, sorted. */
    static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                    .sorted().collect(Collectors.toList());
        }
    }

    /** Creates the deploy folder when missing; refuses a file in its place and a world-writable folder. */
    static void prepareDeploy(Path dir) {
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
    static void refuseForeignStorage(Path dir) {
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
}
