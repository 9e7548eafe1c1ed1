package org.banach.plugins.optim.problems.finitesum;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.banach.api.InvalidProblemException;
import org.banach.api.InvalidSettingsException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.Settings;
import org.banach.api.data.DataReader;
import org.banach.api.data.LabelledData;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.plugins.optim.problems.ReaderSlot;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Finite-sum instances for the stochastic solvers: {@code optim/logistic} (synthetic, or a LIBSVM
 * file read through the optional {@link DataReader} service), {@code optim/least-squares} (known
 * minimiser) and {@code optim/amsgrad-counterexample} (Reddi, Kale &amp; Kumar 2018). Parameters
 * arrive as text and are checked against the descriptors' {@link ParameterSpec}s.
 */
@Component(service = ProblemProvider.class)
public final class FiniteSumProblemProvider implements ProblemProvider {

    private static final List<ParameterSpec> LOGISTIC = List.of(
            ParameterSpec.integer("n", 1000, 1, 100_000_000, "number of samples (synthetic data)"),
            ParameterSpec.integer("d", 20, 1, 1_000_000, "number of features (synthetic data)"),
            ParameterSpec.real("lambda", 1e-3, 0.0, 1e6, "l2 regularisation weight"),
            ParameterSpec.integer("seed", 0, 0, Long.MAX_VALUE, "seed of the synthetic data"),
            ParameterSpec.string("file", null,
                    "LIBSVM file with two distinct labels (the larger mapped to +1, the smaller to -1); replaces n, d, seed"));
    private static final List<ParameterSpec> LEAST_SQUARES = List.of(
            ParameterSpec.integer("n", 1000, 1, 100_000_000, "number of samples (rows), at least d"),
            ParameterSpec.integer("d", 20, 1, 100_000, "number of unknowns"),
            ParameterSpec.real("noise", 0.1, 0.0, 1e6, "standard deviation of the noise added to b"),
            ParameterSpec.integer("seed", 0, 0, Long.MAX_VALUE, "seed of the synthetic data"));
    private static final List<ParameterSpec> COUNTEREXAMPLE = List.of(
            ParameterSpec.real("C", 3.0, 2.000001, 1e6, "slope C > 2 of the component f_0(x) = C x"));

    private final ReaderSlot reader = new ReaderSlot();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindReader(DataReader r) {
        reader.bind(r);
    }

    void unbindReader(DataReader r) {
        reader.unbind(r);
    }

    @Override
    public List<ProblemDescriptor> problems() {
        return List.of(
                new ProblemDescriptor(LogisticRegression.ID, FiniteSumObjective.FAMILY, 20, null,
                        "l2-regularised logistic regression, e.g. Bottou, Curtis & Nocedal, SIAM Review 60(2) (2018)",
                        "logistic regression, N components, synthetic from a seed or a LIBSVM file (--param file=...)",
                        LOGISTIC),
                new ProblemDescriptor(LeastSquares.ID, FiniteSumObjective.FAMILY, 20, null,
                        "linear least squares; minimiser from the normal equations (Golub & Van Loan, 4th ed., 5.3)",
                        "synthetic least squares (1/N) sum 1/2 (a_i'w - b_i)^2 with known minimiser and f*",
                        LEAST_SQUARES),
                new ProblemDescriptor(AmsgradCounterexample.ID, FiniteSumObjective.FAMILY, 1, -1.0 / 3,
                        "Reddi, Kale & Kumar, On the convergence of Adam and beyond, ICLR 2018, section 3",
                        "f_t(x) = C x every third step, -x otherwise, on [-1, 1]; Adam ends at +1, optimum -1",
                        COUNTEREXAMPLE));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        if (LogisticRegression.ID.equals(id)) {
            return logistic(given);
        }
        if (LeastSquares.ID.equals(id)) {
            Map<String, Object> p = parse(id, LEAST_SQUARES, given);
            long n = (Long) p.get("n");
            long d = (Long) p.get("d");
            if (n < d) {
                throw new InvalidProblemException("problem '" + id + "': n = " + n + " must be at least d = " + d
                        + " for a unique minimiser");
            }
            return new LeastSquares((int) n, (int) d, (Double) p.get("noise"), (Long) p.get("seed"));
        }
        if (AmsgradCounterexample.ID.equals(id)) {
            return new AmsgradCounterexample((Double) parse(id, COUNTEREXAMPLE, given).get("C"));
        }
        throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows " + LogisticRegression.ID
                + ", " + LeastSquares.ID + " and " + AmsgradCounterexample.ID);
    }

    private FiniteSumObjective logistic(Map<String, String> given) {
        Map<String, Object> p = parse(LogisticRegression.ID, LOGISTIC, given);
        double lambda = (Double) p.get("lambda");
        String file = (String) p.get("file");
        if (file == null) {
            return LogisticRegression.synthetic(Math.toIntExact((Long) p.get("n")), Math.toIntExact((Long) p.get("d")),
                    lambda, (Long) p.get("seed"));
        }
        for (String k : List.of("n", "d", "seed")) {
            if (given.containsKey(k)) {
                throw new InvalidProblemException("problem '" + LogisticRegression.ID + "': parameter '" + k
                        + "' cannot be combined with 'file' (the data set fixes the samples and features)");
            }
        }
        DataReader r = reader.require(LogisticRegression.ID, file);
        LabelledData data;
        try {
            data = r.readLabelled(Path.of(file));
        } catch (InvalidProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidProblemException("problem '" + LogisticRegression.ID + "': cannot read '" + file + "': "
                    + e.getMessage(), e);
        }
        return LogisticRegression.of(LogisticRegression.ID + "[" + file + "]", data, plusMinusOne(file, data), lambda);
    }

    /** Maps two distinct labels to −1 (the smaller) and +1 (the larger). */
    static double[] plusMinusOne(String file, LabelledData data) {
        double[] y = data.labels();
        TreeSet<Double> distinct = new TreeSet<>();
        for (double v : y) {
            distinct.add(v);
        }
        if (distinct.size() != 2) {
            throw new InvalidProblemException("problem '" + LogisticRegression.ID + "': '" + file
                    + "' must have exactly two distinct labels for binary logistic regression, found "
                    + (distinct.size() > 5 ? distinct.size() + "" : distinct.toString()));
        }
        double high = distinct.last();
        for (int i = 0; i < y.length; i++) {
            y[i] = y[i] == high ? 1 : -1;
        }
        return y;
    }

    private static Map<String, Object> parse(String id, List<ParameterSpec> specs, Map<String, String> given) {
        try {
            return Settings.validate(specs, given, 0L).asMap();
        } catch (InvalidSettingsException e) {
            throw new InvalidProblemException("problem '" + id + "': " + e.getMessage(), e);
        }
    }
}
