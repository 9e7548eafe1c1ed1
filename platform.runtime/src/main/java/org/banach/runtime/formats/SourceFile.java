package org.banach.runtime.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

import org.banach.api.data.DataFormatException;

/**
 * Opening a data file with uniform refusals: a missing file ("no such file"), a folder, a file that
 * cannot be read and an empty file are refused before any parsing; I/O failures while reading are
 * turned into {@link DataFormatException}s that name the file.
 */
final class SourceFile {

    private SourceFile() {
    }

    /** Checks that {@code file} is a readable, non-empty regular file; returns its size in bytes. */
    static long check(Path file) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new DataFormatException(file, "", "is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new DataFormatException(file, "", "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new DataFormatException(file, "", "cannot be read (permission denied)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw failure(file, "", e);
        }
        if (size == 0) {
            throw new DataFormatException(file, "", "empty file");
        }
        return size;
    }

    /** Opens a checked file for reading bytes. */
    static FileChannel openChannel(Path file) {
        check(file);
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw failure(file, "", e);
        }
    }

    /**
     * Opens a checked file as strict UTF-8 text (malformed bytes raise a {@link CharacterCodingException}
     * that {@link #failure} reports as "not UTF-8 text"); a leading byte order mark is skipped.
     */
    static BufferedReader openText(Path file) {
        check(file);
        BufferedReader in = null;
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            in = new BufferedReader(new InputStreamReader(
                    Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ)), decoder), 1 << 16);
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            return in;
        } catch (IOException e) {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw failure(file, e instanceof CharacterCodingException ? "line 1" : "", e);
        }
    }

    /** A {@link DataFormatException} for an I/O failure at {@code position}. */
    static DataFormatException failure(Path file, String position, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "no such file";
        } else if (e instanceof AccessDeniedException) {
            reason = "cannot be read (permission denied)";
        } else if (e instanceof CharacterCodingException) {
            reason = "not UTF-8 text (a binary file, or text in another encoding)";
        } else {
            reason = "cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        DataFormatException d = new DataFormatException(file, position, reason);
        d.initCause(e);
        return d;
    }
}
