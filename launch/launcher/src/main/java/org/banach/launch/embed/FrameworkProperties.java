package org.banach.launch.embed;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Constants;

/**
 * The framework properties of an embedded runtime: storage, the API packages exported from the host
 * class path, FileInstall on the deploy folder, the Gogo home, Felix's logger, and on top the host's
 * own properties (its {@code org.osgi.framework.system.packages.extra} is appended to the API's).
 */
final class FrameworkProperties {

    private FrameworkProperties() {
    }

    /**
     * @param goshHome the Gogo home to set, or null to leave {@code gosh.home} as the host gives it
     */
    static Map<String, String> of(StartOptions options, Path storageDir, Path goshHome) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, storageDir.toString());
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        String apiExports = ApiExports.find();
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, apiExports);
        // Felix resolves on a pool of daemon threads that outlive the framework by a minute; resolve
        // on the calling thread instead, so that close() leaves no framework thread behind.
        props.put("felix.resolver.parallelism", "1");
        props.put("felix.fileinstall.dir", options.deploy().toString());
        props.put("felix.fileinstall.poll", "1000");
        props.put("felix.fileinstall.noInitialDelay", "true");
        props.put("felix.fileinstall.bundles.new.start", "true");
        props.put("felix.fileinstall.filter", ".*\\.jar");
        props.put("felix.fileinstall.tmpdir", storageDir.resolve("fileinstall-tmp").toString());
        props.put("felix.fileinstall.log.level", "2"); // errors and warnings
        props.put("felix.fileinstall.log.default", "jul"); // to standard error, not standard output
        if (goshHome != null) {
            props.put("gosh.home", goshHome.toString());
        }
        Map<String, String> own = options.properties();
        String extra = own.get(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA);
        props.putAll(own);
        if (extra != null && !extra.isBlank()) {
            props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, apiExports + "," + extra);
        }
        Object felixLogger = FrameworkLog.felixLogger(options.log());
        if (felixLogger != null && !own.containsKey("felix.log.logger")) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Map<String, Object> raw = (Map) props;
            raw.put("felix.log.logger", felixLogger);
        }
        return props;
    }

    /** True when the runtime makes its own Gogo home: an interactive shell, and no {@code gosh.home} from the host. */
    static boolean needsGoshHome(StartOptions options) {
        return options.interactiveShell() && !options.properties().containsKey("gosh.home");
    }
}
