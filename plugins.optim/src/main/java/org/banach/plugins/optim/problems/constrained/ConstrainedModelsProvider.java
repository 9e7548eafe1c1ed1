package org.banach.plugins.optim.problems.constrained;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.InvalidSettingsException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.Settings;
import org.banach.api.optim.EqualityConstrainedProblem;
import org.osgi.service.component.annotations.Component;

/**
 * Parameterised equality-constrained models beside the Hock–Schittkowski collection (seed catalog
 * O3's instances): 1-D PDE-constrained control and constrained logistic regression.
 */
@Component(service = ProblemProvider.class)
public final class ConstrainedModelsProvider implements ProblemProvider {

    private static final List<ParameterSpec> CONTROL = List.of(
            ParameterSpec.integer("n", 6, 1, PdeControl1d.MAX_N, "interior grid points N (unknowns 2N, constraints N)"),
            ParameterSpec.real("alpha", 1, 1e-12, 1e6, "control cost alpha"));
    private static final List<ParameterSpec> LOGISTIC = List.of(
            ParameterSpec.integer("samples", 200, 1, 10_000_000, "number of data points"),
            ParameterSpec.integer("d", 10, 2, 10_000, "number of features"),
            ParameterSpec.integer("constraints", 3, 1, 9_999, "number m < d of linear equality constraints"),
            ParameterSpec.real("mu", 1e-2, 0, 1e6, "l2 regularisation mu"),
            ParameterSpec.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE, "seed of data and constraints"));

    @Override
    public List<ProblemDescriptor> problems() {
        return List.of(
                new ProblemDescriptor(PdeControl1d.ID, EqualityConstrainedProblem.FAMILY, 12, null,
                        "Troeltzsch, Optimal Control of PDEs, AMS 2010",
                        "distributed control of -y'' = u on (0,1), tracking plus alpha/2 |u|^2 (second differences)",
                        CONTROL),
                new ProblemDescriptor(ConstrainedLogistic.ID, EqualityConstrainedProblem.FAMILY, 10, null,
                        "seed catalog O3 (constrained logistic regression)",
                        "l2-regularised logistic regression subject to random linear equalities Cw = c", LOGISTIC));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        try {
            if (PdeControl1d.ID.equals(id)) {
                Settings s = Settings.validate(CONTROL, given, 0);
                return new PdeControl1d(s.intValue("n"), s.real("alpha"));
            }
            if (ConstrainedLogistic.ID.equals(id)) {
                Settings s = Settings.validate(LOGISTIC, given, 0);
                if (s.intValue("constraints") >= s.intValue("d")) {
                    throw new InvalidProblemException("problem '" + id + "': needs fewer constraints than features, got "
                            + s.intValue("constraints") + " constraints for d = " + s.intValue("d"));
                }
                return new ConstrainedLogistic(s.intValue("samples"), s.intValue("d"), s.intValue("constraints"),
                        s.real("mu"), s.integer("seed"));
            }
        } catch (InvalidSettingsException e) {
            throw new InvalidProblemException("problem '" + id + "': " + e.getMessage(), e);
        }
        throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows " + PdeControl1d.ID
                + " and " + ConstrainedLogistic.ID);
    }
}
