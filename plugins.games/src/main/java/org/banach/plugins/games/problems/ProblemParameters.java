package org.banach.plugins.games.problems;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.InvalidSettingsException;
import org.banach.api.ParameterSpec;
import org.banach.api.Settings;

/** The parameter parsing shared by this bundle's problem providers. */
public final class ProblemParameters {

    private ProblemParameters() {
    }

    /**
     * The given "name → text" parameters validated against {@code specs} (defaults filled in, values typed
     * as {@link Settings#asMap} gives them); a refusal becomes an {@link InvalidProblemException} whose
     * message names the problem: {@code problem 'ID': REASON}.
     */
    public static Map<String, Object> parse(String id, List<ParameterSpec> specs, Map<String, String> given) {
        try {
            return Settings.validate(specs, given, 0L).asMap();
        } catch (InvalidSettingsException e) {
            throw new InvalidProblemException("problem '" + id + "': " + e.getMessage(), e);
        }
    }
}
