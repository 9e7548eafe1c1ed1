package org.banach.api;

/** Hears a study's progress as its runs finish. */
public interface StudyListener {

    /** Called once before the first run with the number of runs and how many are already stored. */
    default void started(String study, int runs, int alreadyStored) {
    }

    /** Called as each run finishes (or is found already stored, then {@code skipped} is true). */
    default void finished(int index, int runs, String runKey, Result result, boolean skipped) {
    }
}
