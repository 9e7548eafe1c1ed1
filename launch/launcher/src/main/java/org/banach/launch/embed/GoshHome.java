package org.banach.launch.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Gogo home holding Banach's {@code etc/gosh_profile} (banach commands first, a clean
 * {@code exit}). Not inside the storage folder, which the framework empties when it starts.
 */
final class GoshHome {

    private GoshHome() {
    }

    /** A fresh temporary Gogo home; the caller deletes it. */
    static Path create() {
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
            throw new BanachStartException("cannot prepare the shell profile: " + e.getMessage(), e);
        }
    }
}
