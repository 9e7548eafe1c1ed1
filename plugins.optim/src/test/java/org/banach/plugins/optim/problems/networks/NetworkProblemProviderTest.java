package org.banach.plugins.optim.problems.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.banach.api.InvalidProblemException;
import org.banach.api.ProblemDescriptor;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.api.optim.FixedPointMap;
import org.banach.runtime.formats.DataReaderComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkProblemProviderTest {

    @TempDir
    Path dir;

    @Test
    void describesBothProblems() {
        List<ProblemDescriptor> d = Networks.provider().problems();
        assertEquals(List.of("optim/mlp", "optim/selu-moment-map"), d.stream().map(ProblemDescriptor::id).toList());
        assertEquals(FiniteSumObjective.FAMILY, d.get(0).family());
        assertEquals(FixedPointMap.FAMILY, d.get(1).family());
        Mlp defaults = Networks.mlp();
        assertEquals(d.get(0).dimension(), defaults.dimension());
        assertEquals(800, defaults.components());
        assertEquals(8, defaults.depth());
        assertEquals(FiniteSumObjective.FAMILY, defaults.family());
    }

    @Test
    void startIsLecunNormal() {
        Mlp p = Networks.mlp("depth=2", "width=400", "d=300", "n=10", "seed=2");
        double[] x = p.start();
        // first layer: 400×300 weights N(0, 1/300), then 400 zero biases
        double s = 0;
        for (int k = 0; k < 400 * 300; k++) {
            s += x[k] * x[k];
        }
        assertEquals(1.0 / 300, s / (400 * 300), 0.02 / 300);
        for (int k = 400 * 300; k < 400 * 300 + 400; k++) {
            assertEquals(0.0, x[k]);
        }
        double[] he = Networks.mlp("depth=2", "width=400", "d=300", "n=10", "seed=2", "init=he-normal").start();
        assertEquals(Math.sqrt(2) * x[7], he[7], 1e-15);
    }

    @Test
    void refusesWhatItCannotBuild() {
        NetworkProblemProvider p = Networks.provider();
        assertThrows(InvalidProblemException.class, () -> p.create("optim/nope", Networks.params()));
        InvalidProblemException drop = assertThrows(InvalidProblemException.class,
                () -> p.create("optim/mlp", Networks.params("activation=relu", "dropout=0.1")));
        assertTrue(drop.getMessage().contains("selu"), drop.getMessage());
        InvalidProblemException be = assertThrows(InvalidProblemException.class,
                () -> p.create("optim/mlp", Networks.params("backend=cuda:7")));
        assertTrue(be.getMessage().contains("cuda:7") && be.getMessage().contains("cpu"), be.getMessage());
        assertThrows(InvalidProblemException.class, () -> p.create("optim/mlp", Networks.params("depth=0")));
        assertThrows(InvalidProblemException.class, () -> p.create("optim/selu-moment-map", Networks.params("nu=0")));
        InvalidProblemException noReader = assertThrows(InvalidProblemException.class,
                () -> p.create("optim/mlp", Networks.params("file=" + dir.resolve("t.csv"))));
        assertTrue(noReader.getMessage().contains("DataReader"), noReader.getMessage());
    }

    @Test
    void readsATableFromACsvFile() throws IOException {
        StringBuilder csv = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 50; i++) {
            csv.append(i).append(',').append(100 + 3 * (i % 7)).append(',').append(i % 2 == 0 ? 5 : 7).append('\n');
        }
        Path file = Files.writeString(dir.resolve("table.csv"), csv);
        NetworkProblemProvider p = Networks.provider();
        p.bindReader(new DataReaderComponent());
        Mlp m = (Mlp) p.create("optim/mlp", Networks.params("file=" + file, "depth=2", "width=4", "test-fraction=0.2"));
        assertEquals(40, m.components());
        assertEquals(2 * 4 + 4 + 4 * 4 + 4 + 4 + 1, m.dimension());
        assertTrue(m.name().endsWith("[" + file + "]"));
        double e = m.testError(m.start());
        assertTrue(e >= 0 && e <= 1);
        InvalidProblemException both = assertThrows(InvalidProblemException.class,
                () -> p.create("optim/mlp", Networks.params("file=" + file, "n=10")));
        assertTrue(both.getMessage().contains("'n'"), both.getMessage());
        Path three = Files.writeString(dir.resolve("three.csv"), "1,0\n2,1\n3,2\n");
        InvalidProblemException labels = assertThrows(InvalidProblemException.class,
                () -> p.create("optim/mlp", Networks.params("file=" + three)));
        assertTrue(labels.getMessage().contains("two distinct"), labels.getMessage());
        // regression takes any target
        assertEquals(3, ((Mlp) p.create("optim/mlp", Networks.params("file=" + three, "task=regression",
                "test-fraction=0"))).components());
    }
}
