package org.banach.runtime.platform;

import java.nio.file.Path;
import java.util.List;

import org.banach.api.Job;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.StudyListener;
import org.banach.api.StudyReport;
import org.banach.runtime.study.RunExecutor;
import org.banach.runtime.study.StudyRunner;

/** Runs study files through the platform into the result store. */
final class Studies {

    private final StudyRunner runner = new StudyRunner();
    private final RunExecutor executor;

    Studies(PlatformComponent platform) {
        this.executor = new RunExecutor() {
            @Override
            public void validate(RunSpec spec) {
                platform.validate(spec);
            }

            @Override
            public Job submit(RunSpec spec) {
                return platform.submit(spec);
            }
        };
    }

    StudyReport run(Path file, Path outDir, StudyListener listener) {
        return runner.run(file, outDir, executor, listener);
    }

    List<Result> results(Path studyDir) {
        return runner.results(studyDir);
    }
}
