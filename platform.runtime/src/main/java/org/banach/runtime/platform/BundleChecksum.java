package org.banach.runtime.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;

/**
 * SHA-256 over a bundle's content as the framework holds it now: every entry's path and bytes, in
 * path order. It follows {@code Bundle.update(InputStream)} and FileInstall replacements, which a
 * hash of the file at the bundle's location would miss. Computed once, when the solver registers,
 * so a result always names the content that was registered, even if the bundle changes later.
 */
final class BundleChecksum implements Supplier<String> {

    private final String value;

    BundleChecksum(Bundle bundle) {
        this.value = compute(bundle);
    }

    @Override
    public String get() {
        return value;
    }

    private static String compute(Bundle bundle) {
        try {
            Enumeration<URL> entries = bundle.findEntries("/", "*", true);
            if (entries == null) {
                return "unknown";
            }
            List<URL> urls = Collections.list(entries);
            urls.sort((a, b) -> a.getPath().compareTo(b.getPath()));
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (URL u : urls) {
                if (u.getPath().endsWith("/")) {
                    continue;
                }
                md.update(u.getPath().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = u.openStream()) {
                    for (int n; (n = in.read(buf)) > 0;) {
                        md.update(buf, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | IllegalStateException | NoSuchAlgorithmException e) {
            return "unknown";
        }
    }
}
