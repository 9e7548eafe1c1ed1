package org.banach.runtime.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.banach.api.data.DataFormatException;
import org.junit.jupiter.api.function.Executable;

/** Shared helpers of the format tests. */
final class FormatAssertions {

    private FormatAssertions() {
    }

    /** Writes UTF-8 text to {@code dir/name}. */
    static Path text(Path dir, String name, String content) {
        return bytes(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path bytes(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that {@code call} throws a {@link DataFormatException} for {@code file} whose position is
     * exactly {@code position} and whose reason contains {@code reason}, and that the message holds all three.
     */
    static DataFormatException refused(Path file, String position, String reason, Executable call) {
        DataFormatException e = assertThrows(DataFormatException.class, call);
        assertEquals(file, e.file());
        assertEquals(position, e.position(), e::getMessage);
        assertTrue(e.reason().contains(reason), () -> "reason '" + e.reason() + "' lacks '" + reason + "'");
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e::getMessage);
        assertTrue(e.getMessage().contains(position), e::getMessage);
        assertTrue(e.getMessage().contains(reason), e::getMessage);
        return e;
    }
}
