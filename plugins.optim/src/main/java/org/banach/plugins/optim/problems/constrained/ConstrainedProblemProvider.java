package org.banach.plugins.optim.problems.constrained;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.optim.EqualityConstrainedProblem;
import org.osgi.service.component.annotations.Component;

/** Equality-constrained Hock–Schittkowski problems, {@code optim/hs/hs006} … {@code optim/hs/hs079}. */
@Component(service = ProblemProvider.class)
public final class ConstrainedProblemProvider implements ProblemProvider {

    @Override
    public List<ProblemDescriptor> problems() {
        List<ProblemDescriptor> list = new ArrayList<>();
        for (HsProblem p : HsCatalog.all()) {
            list.add(new ProblemDescriptor(p.name(), EqualityConstrainedProblem.FAMILY, p.dimension(),
                    p.knownOptimalValue().getAsDouble(), p.reference(), p.description(), List.of()));
        }
        return List.copyOf(list);
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        HsProblem p = id == null ? null : HsCatalog.create(id);
        if (p == null) {
            throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows "
                    + String.join(", ", HsCatalog.ids()));
        }
        if (parameters != null && !parameters.isEmpty()) {
            throw new InvalidProblemException("problem '" + id + "' takes no parameters, got " + parameters.keySet());
        }
        return p;
    }
}
