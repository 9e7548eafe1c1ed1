package org.banach.launch.embed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What {@link Banach.Builder#start()} was asked for, with the bundles and deploy folders resolved to
 * absolute paths.
 *
 * @param storage the storage folder, or null for a fresh temporary one
 * @param properties the host's extra framework properties
 */
record StartOptions(Path bundles, Path deploy, Path storage, Map<String, String> properties, boolean gogo,
        boolean interactiveShell, Duration timeout, Consumer<String> log) {

    /** True when the framework gets a temporary storage folder, deleted on close. */
    boolean temporaryStorage() {
        return storage == null;
    }
}
