package org.banach.api;

import java.nio.file.Path;
import java.util.List;

/** What a finished study produced: its results in run order and the files written. */
public final class StudyReport {

    private final String study;
    private final Path directory;
    private final List<Result> results;
    private final int ran;
    private final int skipped;
    private final List<Path> files;

    public StudyReport(String study, Path directory, List<Result> results, int ran, int skipped, List<Path> files) {
        this.study = study;
        this.directory = directory;
        this.results = List.copyOf(results);
        this.ran = ran;
        this.skipped = skipped;
        this.files = List.copyOf(files);
    }

    public String study() {
        return study;
    }

    public Path directory() {
        return directory;
    }

    public List<Result> results() {
        return results;
    }

    /** Runs executed in this invocation. */
    public int ran() {
        return ran;
    }

    /** Runs found already stored and not run again. */
    public int skipped() {
        return skipped;
    }

    /** Summary, plots and other files written for the whole study. */
    public List<Path> files() {
        return files;
    }
}
