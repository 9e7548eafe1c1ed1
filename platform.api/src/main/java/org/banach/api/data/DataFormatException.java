package org.banach.api.data;

import java.nio.file.Path;

import org.banach.api.InvalidProblemException;

/** A data file that cannot be read: names the file, the position (line/column, entry or byte) and the reason. */
public class DataFormatException extends InvalidProblemException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String position;
    private final String reason;

    public DataFormatException(Path file, String position, String reason) {
        super(file + (position == null || position.isEmpty() ? "" : ", " + position) + ": " + reason);
        this.file = file;
        this.position = position;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** E.g. "line 12, column 3", "entry 40", "byte 128"; may be empty. */
    public String position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}
