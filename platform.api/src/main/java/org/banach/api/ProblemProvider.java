package org.banach.api;

import java.util.List;
import java.util.Map;

/** A service naming benchmark instances and creating them from textual parameters. */
public interface ProblemProvider {

    List<ProblemDescriptor> problems();

    /**
     * Creates the instance {@code id} with {@code parameters} (textual values, validated against the
     * descriptor's parameter specs; a file-backed instance reads {@code file}).
     *
     * @throws InvalidProblemException for an unknown id, a bad parameter or an unreadable file
     */
    Problem create(String id, Map<String, String> parameters);
}
