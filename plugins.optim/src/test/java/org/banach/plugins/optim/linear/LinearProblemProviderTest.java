package org.banach.plugins.optim.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.ProblemDescriptor;
import org.banach.api.data.DataReader;
import org.banach.api.data.DenseMatrix;
import org.banach.api.data.LabelledData;
import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.LinearSystem;
import org.banach.api.optim.LinearSystemSequence;
import org.banach.plugins.optim.problems.linear.GridOperators;
import org.banach.plugins.optim.problems.linear.LinearProblemProvider;
import org.banach.plugins.optim.problems.linear.PoissonSequence;
import org.junit.jupiter.api.Test;

/** The linear problem provider: descriptors, parameters, and file-backed systems through a fake DataReader. */
class LinearProblemProviderTest {

    /** A DataReader serving one matrix and one vector whatever the path. */
    static final class FakeReader implements DataReader {
        final CsrMatrix matrix;
        final double[] vector;

        FakeReader(CsrMatrix matrix, double[] vector) {
            this.matrix = matrix;
            this.vector = vector;
        }

        @Override
        public DenseMatrix readDense(Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CsrMatrix readSparse(Path file) {
            return matrix;
        }

        @Override
        public double[] readVector(Path file) {
            return vector.clone();
        }

        @Override
        public LabelledData readLabelled(Path file) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void descriptorsNameFamiliesAndReferences() {
        LinearProblemProvider p = new LinearProblemProvider(null);
        assertEquals(4, p.problems().size());
        for (ProblemDescriptor d : p.problems()) {
            assertNull(d.knownOptimum());
            assertFalse(d.reference().isBlank());
            assertTrue(d.family().equals(LinearSystem.FAMILY) || d.family().equals(LinearSystemSequence.FAMILY));
        }
    }

    @Test
    void poissonIsTheFivePointLaplacian() {
        LinearSystem s = (LinearSystem) new LinearProblemProvider(null).create(LinearProblemProvider.POISSON,
                Map.of("n", "3"));
        assertEquals(9, s.dimension());
        assertTrue(s.symmetricPositiveDefinite());
        CsrMatrix a = s.matrix();
        assertEquals(9 + 2 * 12, a.nonZeros());
        assertEquals(4 * 16.0, a.diagonal()[4], 1e-12);
        double[] b = s.rhs();
        assertEquals(2 * 16.0, b[0], 1e-12, "corner: 4 - 2 neighbours, times 1/h^2");
        assertEquals(0.0, b[4], 1e-12, "centre row sums to zero");
        LinearSystem ones = (LinearSystem) new LinearProblemProvider(null).create(LinearProblemProvider.POISSON,
                Map.of("n", "3", "rhs", "ones"));
        assertEquals(1.0, ones.rhs()[4]);
        assertThrows(InvalidProblemException.class,
                () -> new LinearProblemProvider(null).create(LinearProblemProvider.POISSON, Map.of("n", "0")));
        assertThrows(InvalidProblemException.class,
                () -> new LinearProblemProvider(null).create(LinearProblemProvider.POISSON, Map.of("m", "3")));
    }

    @Test
    void convectionDiffusionIsNonsymmetric() {
        LinearSystem s = (LinearSystem) new LinearProblemProvider(null)
                .create(LinearProblemProvider.CONVECTION_DIFFUSION, Map.of("n", "4", "peclet", "10"));
        assertFalse(s.symmetricPositiveDefinite());
        assertTrue(ConjugateGradient.asymmetry(s.matrix()) != null);
        assertNull(ConjugateGradient.asymmetry(GridOperators.assemble(4, 0, 0, true)));
    }

    @Test
    void fileBackedSystemNeedsTheReaderAndMatchingSizes() {
        InvalidProblemException none = assertThrows(InvalidProblemException.class,
                () -> new LinearProblemProvider(null).create(LinearProblemProvider.FILE, Map.of("file", "A.mtx")));
        assertTrue(none.getMessage().contains("DataReader") && none.getMessage().contains("not installed"),
                none.getMessage());
        CsrMatrix a = GridOperators.assemble(2, 0, 0, true);
        LinearProblemProvider p = new LinearProblemProvider(new FakeReader(a, new double[] {1, 2, 3}));
        InvalidProblemException bad = assertThrows(InvalidProblemException.class,
                () -> p.create(LinearProblemProvider.FILE, Map.of("file", "A.mtx", "rhs", "b.npy")));
        assertTrue(bad.getMessage().contains("length 3") && bad.getMessage().contains("4 rows"), bad.getMessage());
        LinearSystem s = (LinearSystem) p.create(LinearProblemProvider.FILE, Map.of("file", "A.mtx"));
        double[] expect = new double[4];
        a.multiply(new double[] {1, 1, 1, 1}, expect);
        assertArrayEquals(expect, s.rhs(), "b = A*1 without rhs");
        assertThrows(InvalidProblemException.class, () -> p.create(LinearProblemProvider.FILE, Map.of()));
        CsrMatrix rect = new CsrMatrix(2, 3, new int[] {0, 1, 2}, new int[] {0, 1}, new double[] {1, 1});
        InvalidProblemException r = assertThrows(InvalidProblemException.class,
                () -> new LinearProblemProvider(new FakeReader(rect, new double[2])).create(LinearProblemProvider.FILE,
                        Map.of("file", "R.mtx")));
        assertTrue(r.getMessage().contains("2x3"), r.getMessage());
        assertEquals(org.banach.api.Status.CONVERGED,
                LinearTestSupport.solve(new Gmres(), s).status(), "a file system solves");
    }

    @Test
    void poissonSequenceHasContextsAndSpdSystems() {
        LinearSystemSequence seq = (LinearSystemSequence) new LinearProblemProvider(null).create(PoissonSequence.ID,
                Map.of("n", "5", "length", "7", "drift", "0.4", "schedule", "drift"));
        assertEquals(7, seq.length());
        assertEquals(25, seq.dimension());
        assertEquals(0.0, seq.context(0)[0], 1e-15);
        assertTrue(seq.context(3)[0] > 0.3);
        assertTrue(seq.system(3).symmetricPositiveDefinite());
        PoissonSequence p = (PoissonSequence) seq;
        assertTrue(p.optimalOmega(3) < p.optimalOmega(0), "a larger shift wants less over-relaxation");
        LinearSystemSequence dflt = (LinearSystemSequence) new LinearProblemProvider(null).create(PoissonSequence.ID,
                Map.of());
        assertEquals(100, dflt.length());
    }

    @Test
    void filesReadThroughTheRuntimeDataReader(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        // a 3x3 tridiagonal [2 -1 0; -1 2 -1; 0 -1 2], symmetric storage (lower triangle)
        Path a = dir.resolve("A.mtx");
        java.nio.file.Files.writeString(a, "%%MatrixMarket matrix coordinate real symmetric\n3 3 5\n"
                + "1 1 2\n2 1 -1\n2 2 2\n3 2 -1\n3 3 2\n");
        Path good = dir.resolve("b.csv");
        java.nio.file.Files.writeString(good, "1\n0\n1\n");
        Path bad = dir.resolve("b4.csv");
        java.nio.file.Files.writeString(bad, "1\n0\n1\n5\n");
        LinearProblemProvider p = new LinearProblemProvider(new org.banach.runtime.formats.DataReaderComponent());
        InvalidProblemException e = assertThrows(InvalidProblemException.class, () -> p.create(
                LinearProblemProvider.FILE, Map.of("file", a.toString(), "rhs", bad.toString())));
        assertTrue(e.getMessage().contains("length 4") && e.getMessage().contains("3 rows"), e.getMessage());
        LinearSystem s = (LinearSystem) p.create(LinearProblemProvider.FILE,
                Map.of("file", a.toString(), "rhs", good.toString(), "spd", "true"));
        org.banach.api.Result r = LinearTestSupport.solve(new ConjugateGradient(), s);
        assertEquals(org.banach.api.Status.CONVERGED, r.status(), r::toString);
        assertArrayEquals(new double[] {1, 1, 1}, r.solution(), 1e-8, "A*1 = (1, 0, 1)");
    }
}
