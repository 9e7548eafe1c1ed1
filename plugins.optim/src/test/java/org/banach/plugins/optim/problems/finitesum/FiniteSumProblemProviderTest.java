package org.banach.plugins.optim.problems.finitesum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.banach.api.InvalidProblemException;
import org.banach.api.ProblemDescriptor;
import org.banach.api.data.DataFormatException;
import org.banach.api.data.DataReader;
import org.banach.api.data.DenseMatrix;
import org.banach.api.data.LabelledData;
import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.FiniteSumObjective;
import org.junit.jupiter.api.Test;

/** Ids, parameters, defaults and the LIBSVM path through a (fake) DataReader. */
class FiniteSumProblemProviderTest {

    /** A reader that returns fixed labelled data, or throws for a file named "bad". */
    static final class FakeReader implements DataReader {
        final LabelledData data;
        Path asked;

        FakeReader(double... labels) {
            int n = labels.length;
            int[] starts = new int[n + 1];
            int[] cols = new int[n];
            double[] vals = new double[n];
            for (int i = 0; i < n; i++) {
                starts[i + 1] = i + 1;
                cols[i] = i % 3;
                vals[i] = 1 + i;
            }
            data = new LabelledData(new CsrMatrix(n, 3, starts, cols, vals), labels);
        }

        @Override
        public LabelledData readLabelled(Path file) {
            asked = file;
            if (file.getFileName().toString().equals("bad")) {
                throw new DataFormatException(file, "line 3", "expected idx:val");
            }
            return data;
        }

        @Override
        public DenseMatrix readDense(Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CsrMatrix readSparse(Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public double[] readVector(Path file) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void describesThreeFiniteSumProblems() {
        List<ProblemDescriptor> d = new FiniteSumProblemProvider().problems();
        assertEquals(List.of("optim/logistic", "optim/least-squares", "optim/amsgrad-counterexample"),
                d.stream().map(ProblemDescriptor::id).collect(Collectors.toList()));
        for (ProblemDescriptor p : d) {
            assertEquals(FiniteSumObjective.FAMILY, p.family());
            FiniteSumObjective created = (FiniteSumObjective) new FiniteSumProblemProvider().create(p.id(), Map.of());
            assertEquals(p.dimension(), created.dimension(), p.id());
            assertEquals(FiniteSumObjective.FAMILY, created.family());
        }
        assertEquals(-1.0 / 3, d.get(2).knownOptimum(), 1e-16);
    }

    @Test
    void defaultsAndParameters() {
        FiniteSumProblemProvider provider = new FiniteSumProblemProvider();
        FiniteSumObjective logistic = (FiniteSumObjective) provider.create("optim/logistic", Map.of());
        assertEquals(1000, logistic.components());
        assertEquals(20, logistic.dimension());
        assertEquals(1e-3, ((LogisticRegression) logistic).lambda(), 0.0);
        FiniteSumObjective small = (FiniteSumObjective) provider.create("optim/logistic",
                Map.of("n", "50", "d", "3", "lambda", "0.5", "seed", "9"));
        assertEquals(50, small.components());
        assertEquals(3, small.dimension());
        FiniteSumObjective ls = (FiniteSumObjective) provider.create("optim/least-squares", Map.of("n", "40", "d", "6"));
        assertEquals(40, ls.components());
        assertTrue(ls.knownMinimizer().isPresent() && ls.knownOptimalValue().isPresent());
        AmsgradCounterexample c = (AmsgradCounterexample) provider.create("optim/amsgrad-counterexample",
                Map.of("C", "5"));
        assertEquals(5.0, c.c(), 0.0);
    }

    @Test
    void badInputIsRefusedWithAReason() {
        FiniteSumProblemProvider provider = new FiniteSumProblemProvider();
        assertMessage(() -> provider.create("optim/nope", Map.of()), "optim/nope");
        assertMessage(() -> provider.create("optim/logistic", Map.of("m", "3")), "'m'");
        assertMessage(() -> provider.create("optim/logistic", Map.of("n", "0")), "'n'");
        assertMessage(() -> provider.create("optim/least-squares", Map.of("n", "5", "d", "6")), "at least d");
        assertMessage(() -> provider.create("optim/amsgrad-counterexample", Map.of("C", "2")), "'C'");
    }

    @Test
    void fileNeedsTheDataReader() {
        assertMessage(() -> new FiniteSumProblemProvider().create("optim/logistic", Map.of("file", "a.libsvm")),
                "DataReader");
    }

    @Test
    void fileIsReadThroughTheDataReaderWithLabelsMappedToPlusMinusOne() {
        FiniteSumProblemProvider provider = new FiniteSumProblemProvider();
        FakeReader reader = new FakeReader(0, 1, 1, 0, 1);
        provider.bindReader(reader);
        LogisticRegression p = (LogisticRegression) provider.create("optim/logistic",
                Map.of("file", "data.libsvm", "lambda", "0.01"));
        assertEquals(Path.of("data.libsvm"), reader.asked);
        assertEquals(5, p.components());
        assertEquals(3, p.dimension());
        assertArrayEquals(new double[] {-1, 1, 1, -1, 1}, FiniteSumProblemProvider.plusMinusOne("f", reader.data));
        // component 1: row (0, 2, 0), label +1: f₁(w) = log(1 + e^(−2w₁)) + λ/2‖w‖²
        double[] w = {0.3, -0.2, 0.1};
        double expected = Math.log1p(Math.exp(0.4)) + 0.005 * (0.09 + 0.04 + 0.01);
        assertEquals(expected, p.componentValueAndGradient(1, w, new double[3]), 1e-15);
        provider.unbindReader(reader);
        assertMessage(() -> provider.create("optim/logistic", Map.of("file", "data.libsvm")), "DataReader");
    }

    @Test
    void fileProblemsAreReported() {
        FiniteSumProblemProvider provider = new FiniteSumProblemProvider();
        provider.bindReader(new FakeReader(1, 2, 3));
        assertMessage(() -> provider.create("optim/logistic", Map.of("file", "three.libsvm")), "two distinct labels");
        assertMessage(() -> provider.create("optim/logistic", Map.of("file", "bad")), "line 3");
        assertMessage(() -> provider.create("optim/logistic", Map.of("file", "x.libsvm", "n", "10")), "'n'");
    }

    static void assertMessage(org.junit.jupiter.api.function.Executable e, String part) {
        InvalidProblemException x = assertThrows(InvalidProblemException.class, e);
        assertTrue(x.getMessage().contains(part), x.getMessage());
    }
}
