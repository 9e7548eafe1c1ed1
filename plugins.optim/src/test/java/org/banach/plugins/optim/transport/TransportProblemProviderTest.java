package org.banach.plugins.optim.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.ProblemDescriptor;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.data.DataReader;
import org.banach.api.data.DenseMatrix;
import org.banach.api.data.LabelledData;
import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.OptimalTransport;
import org.banach.plugins.optim.problems.transport.Quantile1d;
import org.banach.plugins.optim.problems.transport.TransportProblemProvider;
import org.banach.runtime.formats.DataReaderComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transport provider: generated instances, the quantile closed form, and file-backed instances and refusals. */
class TransportProblemProviderTest {

    @TempDir
    Path dir;

    private final TransportProblemProvider provider = new TransportProblemProvider(new DataReaderComponent());

    private String write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f.toString();
    }

    private Map<String, String> files(String a, String b, String c) throws IOException {
        return Map.of("source", write("a.csv", a), "target", write("b.csv", b), "cost", write("C.csv", c));
    }

    private InvalidProblemException refused(Map<String, String> params) {
        return assertThrows(InvalidProblemException.class, () -> provider.create(TransportProblemProvider.FILE, params));
    }

    @Test
    void descriptors() {
        assertEquals(3, provider.problems().size());
        for (ProblemDescriptor d : provider.problems()) {
            assertEquals(OptimalTransport.FAMILY, d.family());
            assertFalse(d.reference().isBlank());
        }
        ProblemDescriptor density = provider.problems().get(2);
        assertNotNull(density.knownOptimum());
        assertThrows(InvalidProblemException.class, () -> provider.create("optim/transport/nope", Map.of()));
        assertThrows(InvalidProblemException.class,
                () -> provider.create(TransportProblemProvider.POINTS, Map.of("n", "0")));
    }

    @Test
    void pointCloudsAreSeededUniformAndSquaredEuclidean() {
        OptimalTransport p = (OptimalTransport) provider.create(TransportProblemProvider.POINTS,
                Map.of("n", "7", "m", "5", "seed", "3"));
        OptimalTransport q = (OptimalTransport) provider.create(TransportProblemProvider.POINTS,
                Map.of("n", "7", "m", "5", "seed", "3"));
        assertEquals(12, p.dimension());
        assertArrayEquals(p.cost(), q.cost());
        assertEquals(1.0 / 7, p.source()[3]);
        assertEquals(1.0 / 5, p.target()[4]);
        for (double c : p.cost()) {
            assertTrue(c >= 0 && c <= 2);
        }
        OptimalTransport r = (OptimalTransport) provider.create(TransportProblemProvider.POINTS,
                Map.of("n", "7", "m", "5", "seed", "4"));
        assertFalse(java.util.Arrays.equals(p.cost(), r.cost()));
    }

    @Test
    void quantileFormulaOnHandComputedMeasures() {
        // δ_0 → δ_1: W2² = 1; ½δ_0 + ½δ_1 → δ_½: ¼; ½δ_0 + ½δ_2 → ½δ_1 + ½δ_3: 1
        assertEquals(1.0, Quantile1d.w2Squared(new double[] {0}, new double[] {1}, new double[] {1}, new double[] {1}));
        assertEquals(0.25, Quantile1d.w2Squared(new double[] {0, 1}, new double[] {0.5, 0.5}, new double[] {0.5},
                new double[] {1}));
        assertEquals(1.0, Quantile1d.w2Squared(new double[] {0, 2}, new double[] {0.5, 0.5}, new double[] {1, 3},
                new double[] {0.5, 0.5}));
        // (0.2, 0.8) at 0, 1 → (0.5, 0.5) at 0, 1: 0.3 of the mass moves by 1
        assertEquals(0.3, Quantile1d.w2Squared(new double[] {0, 1}, new double[] {0.2, 0.8}, new double[] {0, 1},
                new double[] {0.5, 0.5}), 1e-15);
        OptimalTransport d = (OptimalTransport) provider.create(TransportProblemProvider.DENSITY,
                Map.of("n", "64", "mean1", "0.4", "sd1", "0.1", "mean2", "0.4", "sd2", "0.1"));
        assertEquals(0.0, d.knownOptimalValue().getAsDouble(), 1e-18);
    }

    @Test
    void readsAValidInstanceFromCsv() throws IOException {
        OptimalTransport p = (OptimalTransport) provider.create(TransportProblemProvider.FILE,
                files("0.5\n0.5\n", "0.25\n0.75\n", "0,1\n1,0\n"));
        assertEquals(2, p.sourceSize());
        assertEquals(2, p.targetSize());
        assertArrayEquals(new double[] {0, 1, 1, 0}, p.cost());
        Result r = TransportTestSupport.solve(new NetworkSimplex(), p);
        assertEquals(Status.CONVERGED, r.status());
        assertEquals(0.25, r.objective(), 1e-15);
    }

    @Test
    void refusesNegativeMarginalsNamingTheFile() throws IOException {
        InvalidProblemException e = refused(files("1.5\n-0.5\n", "0.5\n0.5\n", "0,1\n1,0\n"));
        assertTrue(e.getMessage().contains(dir.resolve("a.csv").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("nonnegative"), e.getMessage());
    }

    @Test
    void refusesDifferentMassesNamingTheFile() throws IOException {
        InvalidProblemException e = refused(files("0.5\n0.5\n", "0.5\n0.5000001\n", "0,1\n1,0\n"));
        assertTrue(e.getMessage().contains(dir.resolve("b.csv").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("mass"), e.getMessage());
        // within 1e-9 relative is accepted
        provider.create(TransportProblemProvider.FILE, files("0.5\n0.5\n", "0.5\n0.5000000000001\n", "0,1\n1,0\n"));
    }

    @Test
    void refusesSizeMismatchNamingTheFile() throws IOException {
        InvalidProblemException e = refused(files("0.5\n0.5\n", "0.5\n0.5\n", "0,1,2\n1,0,2\n"));
        assertTrue(e.getMessage().contains(dir.resolve("C.csv").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("2x3"), e.getMessage());
    }

    @Test
    void refusesNonFiniteEntriesNamingTheFile() throws IOException {
        // the runtime's reader refuses NaN/Inf text itself, naming file and position
        InvalidProblemException e = refused(files("0.5\n0.5\n", "0.5\n0.5\n", "0,NaN\n1,0\n"));
        assertTrue(e.getMessage().contains(dir.resolve("C.csv").toString()), e.getMessage());
        // and the provider checks again whatever a reader returns
        DataReader nanReader = new DataReader() {
            @Override
            public DenseMatrix readDense(Path file) {
                return new DenseMatrix(2, 2, new double[] {0, 1, Double.POSITIVE_INFINITY, 0});
            }

            @Override
            public CsrMatrix readSparse(Path file) {
                throw new UnsupportedOperationException();
            }

            @Override
            public double[] readVector(Path file) {
                return file.toString().startsWith("bad") ? new double[] {Double.NaN, 1} : new double[] {0.5, 0.5};
            }

            @Override
            public LabelledData readLabelled(Path file) {
                throw new UnsupportedOperationException();
            }
        };
        TransportProblemProvider p = new TransportProblemProvider(nanReader);
        InvalidProblemException nan = assertThrows(InvalidProblemException.class, () -> p.create(
                TransportProblemProvider.FILE, Map.of("source", "bad-a.npy", "target", "b.npy", "cost", "C.npy")));
        assertTrue(nan.getMessage().contains("bad-a.npy") && nan.getMessage().contains("NaN"), nan.getMessage());
        InvalidProblemException inf = assertThrows(InvalidProblemException.class, () -> p.create(
                TransportProblemProvider.FILE, Map.of("source", "a.npy", "target", "b.npy", "cost", "C.npy")));
        assertTrue(inf.getMessage().contains("C.npy") && inf.getMessage().contains("Infinity"), inf.getMessage());
    }

    @Test
    void refusesMissingParametersAndAMissingReader() {
        InvalidProblemException e = refused(Map.of("source", "a.npy", "target", "b.npy"));
        assertTrue(e.getMessage().contains("cost"), e.getMessage());
        InvalidProblemException noReader = assertThrows(InvalidProblemException.class,
                () -> new TransportProblemProvider(null).create(TransportProblemProvider.FILE,
                        Map.of("source", "a.npy", "target", "b.npy", "cost", "C.npy")));
        assertTrue(noReader.getMessage().contains("DataReader"), noReader.getMessage());
    }
}
