package org.banach.launch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Best-effort removal of the benchmark's temporary folders. */
public final class TempFolders {

    private TempFolders() {
    }

    /** Deletes {@code root} and everything below it, ignoring what cannot be deleted. */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var s = Files.walk(root)) {
            s.sorted((x, y) -> y.getNameCount() - x.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }
}
