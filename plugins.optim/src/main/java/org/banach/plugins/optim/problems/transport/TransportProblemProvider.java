package org.banach.plugins.optim.problems.transport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.banach.api.InvalidProblemException;
import org.banach.api.InvalidSettingsException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.Settings;
import org.banach.api.data.DataReader;
import org.banach.api.data.DenseMatrix;
import org.banach.api.optim.OptimalTransport;
import org.banach.plugins.optim.problems.ReaderSlot;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Optimal-transport problems ({@code optim.transport}):
 * <ul>
 * <li>{@code optim/transport}: a, b and C from files ({@code source}, {@code target}, {@code cost};
 * .npy or .csv, read by the runtime's {@link DataReader}). Refused, naming the file and the reason:
 * NaN/Inf entries, negative marginals, a marginal of zero mass, a cost matrix whose shape is not
 * n×m, and masses Σa, Σb that differ by more than 10⁻⁹ relative.</li>
 * <li>{@code optim/transport/points2d}: n and m points uniform in [0,1]² (from {@code seed}), uniform
 * marginals 1/n and 1/m, squared Euclidean cost.</li>
 * <li>{@code optim/transport/density1d}: two Gaussian densities (means and standard deviations given)
 * sampled on the grid x_k = k/(n−1) of [0,1] and normalised to mass 1, cost |x − y|²; its known
 * optimum is W2² by the quantile closed form ({@link Quantile1d}), exact for the discrete measures.</li>
 * </ul>
 */
@Component(service = ProblemProvider.class)
public final class TransportProblemProvider implements ProblemProvider {

    public static final String FILE = "optim/transport";
    public static final String POINTS = "optim/transport/points2d";
    public static final String DENSITY = "optim/transport/density1d";

    /** Largest relative difference of the masses Σa and Σb accepted from files. */
    public static final double MASS_TOLERANCE = 1e-9;

    private static final List<ParameterSpec> FILE_PARAMETERS = List.of(
            ParameterSpec.string("source", null, "source marginal a, length n (.npy or .csv)"),
            ParameterSpec.string("target", null, "target marginal b, length m (.npy or .csv)"),
            ParameterSpec.string("cost", null, "cost matrix C, n x m (.npy or .csv)"));
    private static final List<ParameterSpec> POINTS_PARAMETERS = List.of(
            ParameterSpec.integer("n", 100, 1, 5000, "number of source points"),
            ParameterSpec.integer("m", 100, 1, 5000, "number of target points"),
            ParameterSpec.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE, "seed of the point clouds"));
    private static final List<ParameterSpec> DENSITY_PARAMETERS = List.of(
            ParameterSpec.integer("n", 100, 2, 5000, "grid points x_k = k/(n-1) of [0,1] (both measures)"),
            ParameterSpec.real("mean1", 0.3, -10, 10, "mean of the source Gaussian"),
            ParameterSpec.real("sd1", 0.08, 0.01, 100, "standard deviation of the source Gaussian"),
            ParameterSpec.real("mean2", 0.65, -10, 10, "mean of the target Gaussian"),
            ParameterSpec.real("sd2", 0.12, 0.01, 100, "standard deviation of the target Gaussian"));

    private final ReaderSlot reader;

    /** For tests and non-OSGi use: a provider with the given reader (may be null). */
    public TransportProblemProvider(DataReader reader) {
        this.reader = new ReaderSlot(reader);
    }

    public TransportProblemProvider() {
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
        OptimalTransport d = density(Settings.defaults(DENSITY_PARAMETERS));
        return List.of(
                new ProblemDescriptor(FILE, OptimalTransport.FAMILY, 0, null, "user data (NumPy / CSV)",
                        "discrete OT with marginals a ('source'), b ('target') and cost C ('cost') from files",
                        FILE_PARAMETERS),
                new ProblemDescriptor(POINTS, OptimalTransport.FAMILY, 200, null,
                        "Peyre & Cuturi, Computational Optimal Transport (2019), sec. 2.3 and 4",
                        "n and m uniform random points in [0,1]^2, uniform weights, squared Euclidean cost",
                        POINTS_PARAMETERS),
                new ProblemDescriptor(DENSITY, OptimalTransport.FAMILY, d.dimension(),
                        d.knownOptimalValue().getAsDouble(),
                        "Villani, Topics in Optimal Transportation (2003), Thm 2.18 (quantile formula)",
                        "two Gaussians discretised on a grid of [0,1], cost |x-y|^2; optimum W2^2 in closed form",
                        DENSITY_PARAMETERS));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        if (FILE.equals(id)) {
            return fromFiles(validate(id, FILE_PARAMETERS, given));
        }
        if (POINTS.equals(id)) {
            Settings s = validate(id, POINTS_PARAMETERS, given);
            return points(s.intValue("n"), s.intValue("m"), s.integer("seed"));
        }
        if (DENSITY.equals(id)) {
            return density(validate(id, DENSITY_PARAMETERS, given));
        }
        throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows " + FILE + ", " + POINTS
                + " and " + DENSITY);
    }

    /** n and m uniform points of [0,1]² from {@code seed}, uniform marginals, squared Euclidean cost. */
    public static OptimalTransport points(int n, int m, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] xs = new double[n][2];
        double[][] ys = new double[m][2];
        for (double[] p : xs) {
            p[0] = rnd.nextDouble();
            p[1] = rnd.nextDouble();
        }
        for (double[] p : ys) {
            p[0] = rnd.nextDouble();
            p[1] = rnd.nextDouble();
        }
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double dx = xs[i][0] - ys[j][0];
                double dy = xs[i][1] - ys[j][1];
                c[i * m + j] = dx * dx + dy * dy;
            }
        }
        double[] a = new double[n];
        double[] b = new double[m];
        java.util.Arrays.fill(a, 1.0 / n);
        java.util.Arrays.fill(b, 1.0 / m);
        return new TransportInstance(POINTS, a, b, c, Double.NaN);
    }

    private static OptimalTransport density(Settings s) {
        int n = s.intValue("n");
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = (double) k / (n - 1);
        }
        double[] a = gaussian(x, s.real("mean1"), s.real("sd1"), "source");
        double[] b = gaussian(x, s.real("mean2"), s.real("sd2"), "target");
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = x[i] - x[j];
                c[i * n + j] = d * d;
            }
        }
        return new TransportInstance(DENSITY, a, b, c, Quantile1d.w2Squared(x, a, x, b));
    }

    private static double[] gaussian(double[] x, double mean, double sd, String which) {
        double[] w = new double[x.length];
        double total = 0.0;
        for (int k = 0; k < x.length; k++) {
            double z = (x[k] - mean) / sd;
            w[k] = Math.exp(-0.5 * z * z);
            total += w[k];
        }
        if (!(total > 0)) {
            throw new InvalidProblemException("problem '" + DENSITY + "': the " + which + " Gaussian (mean " + mean
                    + ", sd " + sd + ") has no mass on the grid of [0,1] (every sample underflows)");
        }
        for (int k = 0; k < x.length; k++) {
            w[k] /= total;
        }
        return w;
    }

    private OptimalTransport fromFiles(Settings s) {
        String aFile = required(s, "source", "a.npy");
        String bFile = required(s, "target", "b.npy");
        String cFile = required(s, "cost", "C.npy");
        DataReader r = reader.require(FILE, aFile + ", " + bFile + " and " + cFile);
        double[] a = r.readVector(Path.of(aFile));
        double[] b = r.readVector(Path.of(bFile));
        DenseMatrix cm = r.readDense(Path.of(cFile));
        double massA = marginal(a, aFile, "source");
        double massB = marginal(b, bFile, "target");
        if (cm.rows() != a.length || cm.cols() != b.length) {
            throw refuse(cFile, "the cost matrix is " + cm.rows() + "x" + cm.cols() + " but source " + aFile + " has "
                    + a.length + " entries and target " + bFile + " has " + b.length + " (C must be n x m)");
        }
        double[] c = cm.values();
        for (int k = 0; k < c.length; k++) {
            if (!Double.isFinite(c[k])) {
                throw refuse(cFile, "entry (" + k / b.length + ", " + k % b.length + ") is " + c[k]
                        + "; costs must be finite");
            }
        }
        double rel = Math.abs(massA - massB) / Math.max(massA, massB);
        if (rel > MASS_TOLERANCE) {
            throw refuse(bFile, "target mass " + massB + " differs from source " + aFile + "'s mass " + massA
                    + " (relative difference " + rel + " > " + MASS_TOLERANCE + "); balanced OT needs equal masses");
        }
        return new TransportInstance(FILE, a, b, c, Double.NaN);
    }

    /** Σ v after checking that v is nonempty, finite and nonnegative with positive mass. */
    private static double marginal(double[] v, String file, String which) {
        if (v.length == 0) {
            throw refuse(file, "the " + which + " marginal is empty");
        }
        double total = 0.0;
        for (int k = 0; k < v.length; k++) {
            if (!Double.isFinite(v[k])) {
                throw refuse(file, "entry " + k + " of the " + which + " marginal is " + v[k] + "; it must be finite");
            }
            if (v[k] < 0) {
                throw refuse(file, "entry " + k + " of the " + which + " marginal is " + v[k]
                        + "; a marginal must be nonnegative");
            }
            total += v[k];
        }
        if (!(total > 0)) {
            throw refuse(file, "the " + which + " marginal has zero mass");
        }
        return total;
    }

    private static String required(Settings s, String name, String example) {
        String v = s.string(name);
        if (v == null || v.isBlank()) {
            throw new InvalidProblemException("problem '" + FILE + "' needs --param " + name + "=" + example);
        }
        return v;
    }

    private static InvalidProblemException refuse(String file, String reason) {
        return new InvalidProblemException("problem '" + FILE + "': " + file + ": " + reason);
    }

    private static Settings validate(String id, List<ParameterSpec> specs, Map<String, String> given) {
        try {
            return Settings.validate(specs, given, 0L);
        } catch (InvalidSettingsException e) {
            throw new InvalidProblemException("problem '" + id + "': " + e.getMessage(), e);
        }
    }
}
