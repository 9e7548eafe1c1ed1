package org.banach.runtime.jobs;

import org.banach.api.Result;

/** Completes a stamped result after the solver returned: the runtime verifies its certificate here. */
@FunctionalInterface
public interface ResultFinisher {

    Result finish(BoundRun run, Result stamped);
}
