package org.banach.runtime.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A parsed study file: its name (a safe folder name), description, the SHA-256 of the file's bytes,
 * the bytes themselves (copied beside the results as {@code study.json}) and the planned runs in
 * order. Built by {@link StudyFile#parse}.
 */
public final class StudySpec {

    private final Path file;
    private final String name;
    private final String description;
    private final String sha256;
    private final byte[] content;
    private final List<PlannedRun> runs;

    public StudySpec(Path file, String name, String description, String sha256, byte[] content, List<PlannedRun> runs) {
        this.file = Objects.requireNonNull(file, "file");
        this.name = Objects.requireNonNull(name, "name");
        this.description = description == null ? "" : description;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.content = content.clone();
        this.runs = List.copyOf(runs);
    }

    /** The file it was read from. */
    public Path file() {
        return file;
    }

    public String name() {
        return name;
    }

    /** The description; empty when the file has none. */
    public String description() {
        return description;
    }

    /** Lower-case hex SHA-256 of the file's bytes. */
    public String sha256() {
        return sha256;
    }

    /** A copy of the file's bytes as parsed. */
    public byte[] content() {
        return content.clone();
    }

    /** The expanded runs, in file order (entries, then problems × solvers × seeds × repetitions). */
    public List<PlannedRun> runs() {
        return runs;
    }

    @Override
    public String toString() {
        return "study " + name + " (" + runs.size() + " runs, " + file + ")";
    }
}
