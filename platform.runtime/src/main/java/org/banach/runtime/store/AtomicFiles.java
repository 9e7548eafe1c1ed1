package org.banach.runtime.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader sees either the old content or the complete new one, never a part:
 * the content goes to a temporary file in the target's folder ({@code .<name>.<16 hex>.tmp}), is
 * forced to disk, then renamed over the target with {@link StandardCopyOption#ATOMIC_MOVE}; the
 * folder is then synced (best effort). A crash leaves at most a temporary file, which
 * {@link #removeTemporaries(Path)} deletes later (never one that this JVM is still writing).
 */
public final class AtomicFiles {

    /** Writes a file's content; it must not rely on closing the stream (closing it is harmless). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(AtomicFiles.class.getName());
    private static final Pattern TEMPORARY = Pattern.compile("^\\..+\\.[0-9a-f]{16}\\.tmp$");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Temporary files being written right now in this JVM; cleaning skips them. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    private AtomicFiles() {
    }

    /** Atomically replaces {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Atomically replaces {@code target} with what {@code content} writes. On failure the target is
     * unchanged and the temporary file is removed.
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        Path tmp = dir.resolve("." + file.getFileName() + "." + randomHex() + ".tmp");
        IN_FLIGHT.add(tmp);
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(new NonClosing(Channels.newOutputStream(ch)), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            move(tmp, file);
            moved = true;
            syncDirectory(dir);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "could not remove temporary file " + tmp + ": " + e);
                }
            }
            IN_FLIGHT.remove(tmp);
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.log(Level.WARNING, "the file system of " + target + " cannot rename atomically; replacing it non-atomically");
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forces a folder's entries (renames) to disk; silently does nothing where the OS does not allow it. */
    public static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort: some platforms (Windows) cannot open or sync a directory
        }
    }

    /** True for the name of a temporary file made by {@link #write}. */
    public static boolean isTemporary(String fileName) {
        return TEMPORARY.matcher(fileName).matches();
    }

    /**
     * Deletes temporary files left in {@code dir} by an interrupted write (a crash), except those this
     * JVM is writing now. Returns how many were removed; a missing folder has none.
     */
    public static int removeTemporaries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (isTemporary(f.getFileName().toString()) && !IN_FLIGHT.contains(f.toAbsolutePath().normalize())
                        && Files.isRegularFile(f)) {
                    try {
                        if (Files.deleteIfExists(f)) {
                            removed++;
                        }
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "could not remove leftover temporary file " + f + ": " + e);
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not list " + dir + " to remove leftover temporary files: " + e);
        }
        return removed;
    }

    private static String randomHex() {
        return String.format("%016x", RANDOM.nextLong());
    }

    /** Lets the content writer close its stream without closing the channel before it is forced. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
