package org.banach.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.banach.api.backend.DeviceInfo;

/**
 * The facade the runtime implements and the shell, the launcher and embedding applications use.
 * Errors in what is asked (unknown solver or problem, bad settings, malformed study file) are thrown
 * as {@link IllegalArgumentException} subclasses with a message a person can act on, before anything runs.
 */
public interface Platform {

    List<SolverInfo> solvers();

    List<DeviceInfo> backends();

    List<ProblemDescriptor> problems();

    /** Validates and queues one run. */
    Job submit(RunSpec spec);

    /** Jobs known to this runtime (queued, running and recently finished). */
    List<Job> jobs();

    Optional<Job> job(String id);

    /** Cancels a job; false when unknown or already done. */
    boolean cancel(String id);

    /**
     * Runs the study file into {@code outDir} (one folder per study), skipping runs already stored there.
     *
     * @throws IllegalArgumentException when the file is malformed: names the file, the JSON path and the fault
     */
    StudyReport runStudy(Path studyFile, Path outDir, StudyListener listener);

    /** Results stored in a study folder, in run order. */
    List<Result> results(Path studyDirectory);
}
