package org.banach.runtime.study;

import java.nio.file.Path;

/**
 * A study file that cannot be run, found before anything runs. The message names the file, where in
 * it (a JSON path such as {@code $.runs[2].solver}, or a line and column for a syntax error) and what
 * is wrong, e.g. {@code tour.json: $.runs[2].solver: missing field "solver"}.
 */
public class StudyFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String jsonPath;
    private final String reason;

    /** A fault at a JSON path, e.g. {@code $.runs[2].solver}. */
    public StudyFormatException(Path file, String jsonPath, String reason) {
        super(file + ": " + jsonPath + ": " + reason);
        this.file = file;
        this.jsonPath = jsonPath;
        this.reason = reason;
    }

    /** A JSON syntax error at a line and column (1-based). */
    public StudyFormatException(Path file, int line, int column, String reason, Throwable cause) {
        super(file + ": line " + line + ", column " + column + ": " + reason, cause);
        this.file = file;
        this.jsonPath = "$";
        this.reason = reason;
    }

    /** A message listing several faults of one file, each already naming its place. */
    StudyFormatException(Path file, String jsonPath, String reason, String message) {
        super(message);
        this.file = file;
        this.jsonPath = jsonPath;
        this.reason = reason;
    }

    /** The study file. */
    public Path file() {
        return file;
    }

    /** Where in the file: a JSON path ({@code $} for the whole document or a syntax error). */
    public String jsonPath() {
        return jsonPath;
    }

    /** What is wrong, without the file and the path. */
    public String reason() {
        return reason;
    }
}
