package org.banach.api;

/** Life cycle of a job. */
public enum JobState {
    QUEUED, RUNNING, DONE
}
