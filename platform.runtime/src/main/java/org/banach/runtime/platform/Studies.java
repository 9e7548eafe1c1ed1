package org.banach.runtime.platform;

import java.nio.file.Path;
import java.util.List;

import org.banach.api.Result;
import org.banach.api.StudyListener;
import org.banach.api.StudyReport;
import org.banach.runtime.store.ResultStore;

/** Runs study files through the platform into the result store. */
final class Studies {

    private final ResultStore store = new ResultStore();
    private final PlatformComponent platform;

    Studies(PlatformComponent platform) {
        this.platform = platform;
    }

    StudyReport run(Path file, Path outDir, StudyListener listener) {
        throw new IllegalStateException("studies are being wired in");
    }

    List<Result> results(Path studyDir) {
        return store.readAll(studyDir);
    }
}
