package org.banach.runtime.study;

import java.util.Objects;

import org.banach.api.RunSpec;

/**
 * One run of a study after expansion: its stable key (the file name of its stored result), what to
 * submit, which repetition it is (1-based) and the JSON path of the study entry it came from.
 */
public record PlannedRun(String runKey, RunSpec spec, int repetition, String jsonPath) {

    public PlannedRun {
        Objects.requireNonNull(runKey, "runKey");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(jsonPath, "jsonPath");
        if (repetition < 1) {
            throw new IllegalArgumentException("repetition must be at least 1, got " + repetition);
        }
    }
}
