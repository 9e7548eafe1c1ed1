package org.banach.plugins.optim.problems.linear;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.InvalidSettingsException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.Settings;
import org.banach.api.data.DataReader;
import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.LinearSystem;
import org.banach.api.optim.LinearSystemSequence;
import org.banach.plugins.optim.problems.ReaderSlot;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Linear-system problems: {@code optim/poisson2d}, {@code optim/convection-diffusion2d} (both on the
 * unit square, {@link GridOperators}), {@code optim/linear-system} (A and b from files, read by the
 * runtime's {@link DataReader}) and the sequence {@code optim/poisson-sequence} ({@link PoissonSequence}).
 * Parameters arrive as text and are checked against the descriptors' {@link ParameterSpec}s.
 */
@Component(service = ProblemProvider.class)
public final class LinearProblemProvider implements ProblemProvider {

    public static final String POISSON = "optim/poisson2d";
    public static final String CONVECTION_DIFFUSION = "optim/convection-diffusion2d";
    public static final String FILE = "optim/linear-system";

    private static final ParameterSpec GRID = ParameterSpec.integer("n", 64, 1, 4000,
            "interior grid size N (N^2 unknowns, h = 1/(N+1))");
    private static final List<ParameterSpec> POISSON_PARAMETERS = List.of(GRID,
            ParameterSpec.choice("rhs", "a-times-ones", List.of("a-times-ones", "ones"),
                    "a-times-ones: b = A*1 so x* = 1; ones: b = 1 (f = 1)"));
    private static final List<ParameterSpec> CD_PARAMETERS = List.of(GRID,
            ParameterSpec.real("peclet", 100, 0, 1e8, "convection speed beta in -Lap u + beta (u_x + u_y) = f"),
            ParameterSpec.choice("scheme", "upwind", List.of("upwind", "central"),
                    "upwind (M-matrix, any peclet) or central differences (oscillates when beta h / 2 > 1)"));
    private static final List<ParameterSpec> FILE_PARAMETERS = List.of(
            ParameterSpec.string("file", null, "matrix A (.mtx coordinate, or any dense format of the DataReader)"),
            ParameterSpec.string("rhs", null, "right-hand side b (.npy, .csv, .mtx); b = A*1 when absent"),
            ParameterSpec.bool("spd", false, "declare A symmetric positive definite"));
    private static final List<ParameterSpec> SEQUENCE_PARAMETERS = List.of(
            ParameterSpec.integer("n", 16, 1, 1000, "interior grid size N of every system"),
            ParameterSpec.integer("length", 100, 1, 1_000_000, "number T of systems"),
            ParameterSpec.real("drift", 0.1, 0, 100, "largest shift s_t, relative to the diagonal 4/h^2"),
            ParameterSpec.choice("schedule", "random", List.of("random", "drift"),
                    "random: s_t i.i.d. uniform in [0, drift]; drift: s_t = drift (1 - cos(2 pi t/T))/2"),
            ParameterSpec.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE, "seed of the random schedule"));

    private final ReaderSlot reader;

    /** For tests and non-OSGi use: a provider with the given reader (may be null). */
    public LinearProblemProvider(DataReader reader) {
        this.reader = new ReaderSlot(reader);
    }

    public LinearProblemProvider() {
        this.reader = new ReaderSlot();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setReader(DataReader r) {
        reader.bind(r);
    }

    void unsetReader(DataReader r) {
        reader.unbind(r);
    }

    @Override
    public List<ProblemDescriptor> problems() {
        return List.of(
                new ProblemDescriptor(POISSON, LinearSystem.FAMILY, 64 * 64, null,
                        "LeVeque, Finite Difference Methods for ODEs and PDEs (SIAM 2007), ch. 3-4",
                        "5-point Laplacian on the unit square (SPD); x* = 1 for rhs=a-times-ones", POISSON_PARAMETERS),
                new ProblemDescriptor(CONVECTION_DIFFUSION, LinearSystem.FAMILY, 64 * 64, null,
                        "Elman, Silvester & Wathen, Finite Elements and Fast Iterative Solvers (2014), ch. 6",
                        "-Lap u + beta (u_x + u_y), upwind or central (nonsymmetric); x* = 1", CD_PARAMETERS),
                new ProblemDescriptor(FILE, LinearSystem.FAMILY, 0, null, "user data (Matrix Market / NumPy)",
                        "A x = b with A from 'file' and b from 'rhs' (b = A*1 when absent)", FILE_PARAMETERS),
                new ProblemDescriptor(PoissonSequence.ID, LinearSystemSequence.FAMILY, 16 * 16, null,
                        "Khodak, Chow, Balcan & Talwalkar, Learning to Relax, ICLR 2024 (shifted Laplacians)",
                        "T shifted 5-point Laplacians (-Lap + c_t) with drifting shift; context(t) = relative shift",
                        SEQUENCE_PARAMETERS));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        if (POISSON.equals(id)) {
            Settings s = validate(id, POISSON_PARAMETERS, given);
            CsrMatrix a = GridOperators.assemble(s.intValue("n"), 0, 0, true);
            double[] b = "ones".equals(s.string("rhs")) ? ones(a.rows()) : CsrLinearSystem.timesOnes(a);
            return new CsrLinearSystem(POISSON, a, b, true);
        }
        if (CONVECTION_DIFFUSION.equals(id)) {
            Settings s = validate(id, CD_PARAMETERS, given);
            CsrMatrix a = GridOperators.assemble(s.intValue("n"), 0, s.real("peclet"),
                    "upwind".equals(s.string("scheme")));
            return new CsrLinearSystem(CONVECTION_DIFFUSION, a, CsrLinearSystem.timesOnes(a), false);
        }
        if (FILE.equals(id)) {
            return fromFiles(validate(id, FILE_PARAMETERS, given));
        }
        if (PoissonSequence.ID.equals(id)) {
            Settings s = validate(id, SEQUENCE_PARAMETERS, given);
            return new PoissonSequence(s.intValue("n"), s.intValue("length"), s.real("drift"),
                    "random".equals(s.string("schedule")), s.integer("seed"));
        }
        throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows " + POISSON + ", "
                + CONVECTION_DIFFUSION + ", " + FILE + " and " + PoissonSequence.ID);
    }

    private LinearSystem fromFiles(Settings s) {
        String file = s.string("file");
        if (file == null || file.isBlank()) {
            throw new InvalidProblemException("problem '" + FILE + "' needs --param file=A.mtx (the matrix A)");
        }
        DataReader r = reader.require(FILE, file);
        CsrMatrix a = r.readSparse(Path.of(file));
        if (a.rows() != a.cols()) {
            throw new InvalidProblemException("problem '" + FILE + "': matrix " + file + " is " + a.rows() + "x"
                    + a.cols() + "; a linear system needs a square matrix");
        }
        String rhsFile = s.string("rhs");
        double[] b;
        if (rhsFile == null || rhsFile.isBlank()) {
            b = CsrLinearSystem.timesOnes(a);
        } else {
            b = r.readVector(Path.of(rhsFile));
            if (b.length != a.rows()) {
                throw new InvalidProblemException("problem '" + FILE + "': right-hand side " + rhsFile + " has length "
                        + b.length + " but matrix " + file + " has " + a.rows() + " rows");
            }
        }
        return new CsrLinearSystem(FILE, a, b, s.bool("spd"));
    }

    private static Settings validate(String id, List<ParameterSpec> specs, Map<String, String> given) {
        try {
            return Settings.validate(specs, given, 0L);
        } catch (InvalidSettingsException e) {
            throw new InvalidProblemException("problem '" + id + "': " + e.getMessage(), e);
        }
    }

    private static double[] ones(int n) {
        double[] b = new double[n];
        java.util.Arrays.fill(b, 1.0);
        return b;
    }
}
