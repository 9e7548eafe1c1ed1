package org.banach.runtime.catalog;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * A parsed solver request: {@code optim.lbfgs} or {@code optim.lbfgs@[1.0,2)} (any OSGi version
 * range; a bare version {@code @1.2} means "at least 1.2").
 */
public final class SolverSelector {

    private final String id;
    private final VersionRange range;

    private SolverSelector(String id, VersionRange range) {
        this.id = id;
        this.range = range;
    }

    /** @throws IllegalArgumentException for an empty id or a malformed range, saying what is expected */
    public static SolverSelector parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no solver given; expected an id such as optim.lbfgs or optim.lbfgs@[1.0,2)");
        }
        String t = text.trim();
        int at = t.indexOf('@');
        if (at < 0) {
            return new SolverSelector(t, null);
        }
        String id = t.substring(0, at).trim();
        String r = t.substring(at + 1).trim();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("solver '" + text + "' has a version range but no id");
        }
        try {
            return new SolverSelector(id, new VersionRange(r));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("solver '" + text + "': '" + r
                    + "' is not a version range; write e.g. @[1.0,2) or @1.2", e);
        }
    }

    public String id() {
        return id;
    }

    /** The range, or null when any version will do. */
    public VersionRange range() {
        return range;
    }

    public boolean accepts(SolverEntry e) {
        return e.id().equals(id) && (range == null || range.includes(e.version()));
    }

    public boolean acceptsVersion(Version v) {
        return range == null || range.includes(v);
    }

    @Override
    public String toString() {
        return range == null ? id : id + "@" + range;
    }
}
