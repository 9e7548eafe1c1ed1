package org.banach.runtime.study;

import org.banach.api.Job;
import org.banach.api.RunSpec;

/** What the study runner needs of the platform: check a run before anything runs, and submit it. */
public interface RunExecutor {

    /**
     * Checks that {@code spec} can run now: its solver, problem and backend are known and its
     * settings and parameters are valid.
     *
     * @throws IllegalArgumentException with a message a person can act on when it cannot
     */
    void validate(RunSpec spec);

    /** Queues {@code spec}; its job's result future always completes. */
    Job submit(RunSpec spec);
}
