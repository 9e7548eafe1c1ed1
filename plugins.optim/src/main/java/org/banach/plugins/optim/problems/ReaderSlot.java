package org.banach.plugins.optim.problems;

import java.util.concurrent.atomic.AtomicReference;

import org.banach.api.InvalidProblemException;
import org.banach.api.data.DataReader;

/**
 * The optional, dynamic {@link DataReader} reference of a file-reading problem provider: the
 * provider's DS bind/unbind methods delegate here, and {@link #require} turns a missing reader into
 * the one message a person can act on.
 */
public final class ReaderSlot {

    private final AtomicReference<DataReader> reader = new AtomicReference<>();

    public ReaderSlot() {
    }

    /** A slot holding {@code initial} (may be null): for tests and non-OSGi use. */
    public ReaderSlot(DataReader initial) {
        reader.set(initial);
    }

    public void bind(DataReader r) {
        reader.set(r);
    }

    /** Clears the slot if it still holds {@code r} (a newer reader bound meanwhile stays). */
    public void unbind(DataReader r) {
        reader.compareAndSet(r, null);
    }

    /** The bound reader; without one, an InvalidProblemException naming the problem and the file. */
    public DataReader require(String problemId, String file) {
        DataReader r = reader.get();
        if (r == null) {
            throw new InvalidProblemException("problem '" + problemId + "' reads " + file
                    + " through the runtime's DataReader service, which is not installed (is platform.runtime active?)");
        }
        return r;
    }
}
