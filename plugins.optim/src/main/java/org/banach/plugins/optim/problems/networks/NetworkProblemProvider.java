package org.banach.plugins.optim.problems.networks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.banach.api.InvalidProblemException;
import org.banach.api.InvalidSettingsException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.Settings;
import org.banach.api.backend.Backend;
import org.banach.api.data.DataReader;
import org.banach.api.data.DenseMatrix;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.api.optim.FixedPointMap;
import org.banach.plugins.optim.problems.ReaderSlot;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Self-normalizing networks (Klambauer, Unterthiner, Mayr &amp; Hochreiter, NeurIPS 2017):
 * {@code optim/mlp}, a fully connected network trained on a standardised table (synthetic from a seed,
 * or a CSV/.npy file read through the optional {@link DataReader} service) as a finite sum, its passes on
 * a {@link Backend} service chosen by id; and {@code optim/selu-moment-map}, the fixed point of the SELU
 * mean/variance map.
 */
@Component(service = ProblemProvider.class)
public final class NetworkProblemProvider implements ProblemProvider {

    static final String REFERENCE = "Klambauer, Unterthiner, Mayr & Hochreiter, Self-Normalizing Neural Networks, NeurIPS 2017";

    private static final List<ParameterSpec> MLP = List.of(
            ParameterSpec.integer("depth", 8, 1, 1024, "number of hidden layers"),
            ParameterSpec.integer("width", 32, 1, 65_536, "units per hidden layer"),
            ParameterSpec.choice("activation", "selu", List.of("selu", "relu", "tanh"), "hidden-layer activation"),
            ParameterSpec.choice("init", "lecun-normal", List.of("lecun-normal", "he-normal"),
                    "weights N(0, 1/fan-in) (LeCun, the paper's choice) or N(0, 2/fan-in) (He); biases 0"),
            ParameterSpec.real("dropout", 0.0, 0.0, 0.95,
                    "alpha-dropout rate after each hidden layer (selu only; 0 = none); each row keeps a fixed mask"),
            ParameterSpec.choice("task", "classification", List.of("classification", "regression"),
                    "logistic loss on +-1 labels, or squared loss on standardised targets"),
            ParameterSpec.integer("n", 1000, 2, 100_000_000, "rows of the synthetic table (train + test)"),
            ParameterSpec.integer("d", 16, 1, 1_000_000, "features of the synthetic table"),
            ParameterSpec.real("test-fraction", 0.2, 0.0, 0.9, "fraction of the rows held out for the test error"),
            ParameterSpec.integer("seed", 0, 0, Long.MAX_VALUE, "seed of the synthetic table, the split, the masks and the initialisation"),
            ParameterSpec.string("file", null,
                    "a dense table (.csv or .npy) whose last column is the target; replaces n and d"),
            ParameterSpec.string("backend", "cpu", "id of the Backend service that runs the passes (e.g. cpu, cuda:0)"));
    private static final List<ParameterSpec> MOMENT_MAP = List.of(
            ParameterSpec.real("omega", 0.0, -10.0, 10.0, "sum of a unit's weights; the paper's domain is [-0.1, 0.1]"),
            ParameterSpec.real("tau", 1.0, 1e-6, 100.0, "sum of a unit's squared weights; the paper's domain is [0.95, 1.1]"),
            ParameterSpec.real("mu", 0.1, -100.0, 100.0, "starting mean of the inputs"),
            ParameterSpec.real("nu", 1.5, 1e-9, 100.0, "starting variance of the inputs (> 0)"));

    private final ReaderSlot reader = new ReaderSlot();
    private final Map<String, Backend> backends = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindReader(DataReader r) {
        reader.bind(r);
    }

    void unbindReader(DataReader r) {
        reader.unbind(r);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindBackend(Backend b) {
        backends.put(b.id(), b);
    }

    void unbindBackend(Backend b) {
        backends.remove(b.id(), b);
    }

    @Override
    public List<ProblemDescriptor> problems() {
        int mlpDimension = new Architecture(16, 32, 8, Activation.SELU).dimension();
        return List.of(
                new ProblemDescriptor(Mlp.ID, FiniteSumObjective.FAMILY, mlpDimension, null, REFERENCE,
                        "fully connected SELU/ReLU/tanh network on a standardised table (synthetic or --param file=...), passes on a Backend",
                        MLP),
                new ProblemDescriptor(SeluMomentMap.ID, FixedPointMap.FAMILY, 2, null, REFERENCE + ", eqs. (4)-(6), Theorem 1",
                        "fixed point of the SELU moment map (mu, nu) -> (mu~, nu~); (0, 1) for omega = 0, tau = 1", MOMENT_MAP));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        if (SeluMomentMap.ID.equals(id)) {
            Map<String, Object> p = parse(id, MOMENT_MAP, given);
            return new SeluMomentMap((Double) p.get("omega"), (Double) p.get("tau"), (Double) p.get("mu"),
                    (Double) p.get("nu"));
        }
        if (Mlp.ID.equals(id)) {
            return mlp(given);
        }
        throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows " + Mlp.ID + " and "
                + SeluMomentMap.ID);
    }

    private Mlp mlp(Map<String, String> given) {
        Map<String, Object> p = parse(Mlp.ID, MLP, given);
        Activation activation = Activation.of((String) p.get("activation"));
        double rate = (Double) p.get("dropout");
        if (rate > 0 && activation != Activation.SELU) {
            throw new InvalidProblemException("problem '" + Mlp.ID + "': alpha-dropout is defined for selu networks; "
                    + "activation " + activation.label() + " needs dropout = 0");
        }
        String backendId = (String) p.get("backend");
        Backend be = backends.get(backendId);
        if (be == null) {
            throw new InvalidProblemException("problem '" + Mlp.ID + "': no Backend '" + backendId
                    + "' is installed; installed: " + new java.util.TreeSet<>(backends.keySet()));
        }
        boolean classification = "classification".equals(p.get("task"));
        long seed = (Long) p.get("seed");
        double testFraction = (Double) p.get("test-fraction");
        String file = (String) p.get("file");
        Table table;
        try {
            table = file == null
                    ? Table.synthetic(classification, Math.toIntExact((Long) p.get("n")), Math.toIntExact((Long) p.get("d")),
                            testFraction, seed)
                    : Table.of(read(file, given), classification, testFraction, seed);
        } catch (IllegalArgumentException e) {
            throw new InvalidProblemException("problem '" + Mlp.ID + "': " + e.getMessage(), e);
        }
        Architecture arch = new Architecture(table.features, Math.toIntExact((Long) p.get("width")),
                Math.toIntExact((Long) p.get("depth")), activation);
        double gain = "he-normal".equals(p.get("init")) ? 2.0 : 1.0;
        String name = file == null ? Mlp.ID : Mlp.ID + "[" + file + "]";
        return new Mlp(name, be, arch, table, classification, rate > 0 ? new AlphaDropout(rate, seed) : null,
                arch.initialise(gain, ~seed));
    }

    private DenseMatrix read(String file, Map<String, String> given) {
        for (String k : List.of("n", "d")) {
            if (given.containsKey(k)) {
                throw new InvalidProblemException("problem '" + Mlp.ID + "': parameter '" + k
                        + "' cannot be combined with 'file' (the table fixes the rows and features)");
            }
        }
        DataReader r = reader.require(Mlp.ID, file);
        try {
            return r.readDense(Path.of(file));
        } catch (RuntimeException e) {
            throw new InvalidProblemException("problem '" + Mlp.ID + "': cannot read '" + file + "': " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> parse(String id, List<ParameterSpec> specs, Map<String, String> given) {
        try {
            return Settings.validate(specs, given, 0L).asMap();
        } catch (InvalidSettingsException e) {
            throw new InvalidProblemException("problem '" + id + "': " + e.getMessage(), e);
        }
    }
}
