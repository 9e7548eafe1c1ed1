package org.banach.runtime.formats;

import static org.banach.runtime.formats.FormatAssertions.refused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.banach.api.data.DenseMatrix;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .npy files written by real NumPy ({@code python3 -c "import numpy as np; np.save(...)"}); skipped without it. */
class NpyNumpyTest {

    @TempDir
    static Path dir;

    private final NpyReader reader = new NpyReader();

    /** Writes all the files once: a = [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]] in many dtypes and layouts. */
    @BeforeAll
    static void writeWithNumpy() throws IOException, InterruptedException {
        Assumptions.assumeTrue(python("import numpy").isEmpty(), "python3 with numpy is not available");
        String script = String.join("\n",
                "import numpy as np, os",
                "os.chdir(" + pythonString(dir.toString()) + ")",
                "a = np.arange(12, dtype=np.float64).reshape(3, 4) / 4",
                "np.save('f8.npy', a)",
                "np.save('f4.npy', a.astype(np.float32))",
                "np.save('i8.npy', (a * 4).astype(np.int64) - 5)",
                "np.save('i4.npy', (a * 4).astype(np.int32) - 5)",
                "np.save('be.npy', a.astype('>f8'))",
                "np.save('fortran.npy', np.asfortranarray(a))",
                "np.save('fortran_be.npy', np.asfortranarray(a.astype('>f8')))",
                "np.save('vector.npy', np.array([1.5, -2.0, 1e-300, 1e300]))",
                "np.save('row.npy', np.array([[1.0, 2.0, 3.0]]))",
                "with open('v2.npy', 'wb') as f: np.lib.format.write_array(f, a, version=(2, 0))",
                "with open('v3.npy', 'wb') as f: np.lib.format.write_array(f, a, version=(3, 0))",
                "np.save('nan.npy', np.array([[1.0, 2.0], [3.0, np.nan]]))",
                "np.save('object.npy', np.array([1, 'x', None], dtype=object), allow_pickle=True)",
                "np.save('complex.npy', np.array([1 + 2j]))",
                "np.save('cube.npy', np.zeros((2, 3, 4)))",
                "np.save('bool.npy', np.array([True, False]))",
                "np.save('strings.npy', np.array(['ab', 'c']))",
                "np.save('scalar.npy', np.float64(3.0))",
                "");
        String err = python(script);
        Assumptions.assumeTrue(err.isEmpty(), () -> "numpy could not write the files: " + err);
    }

    /** Runs python3 with {@code code}; the empty string on success, else what it printed. */
    private static String python(String code) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", code).redirectErrorStream(true).start();
        } catch (IOException e) {
            return "python3 not found: " + e.getMessage();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "python3 did not finish";
        }
        return p.exitValue() == 0 ? "" : "exit " + p.exitValue() + ": " + out;
    }

    private static String pythonString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static double[] expected(double scale, double shift) {
        double[] v = new double[12];
        for (int k = 0; k < 12; k++) {
            v[k] = k / 4.0 * scale + shift;
        }
        return v;
    }

    private void assertMatrix(String name, double[] values) {
        DenseMatrix m = reader.read(dir.resolve(name));
        assertEquals(3, m.rows(), name);
        assertEquals(4, m.cols(), name);
        assertArrayEquals(values, m.values(), name);
    }

    @Test
    void readsEverySupportedDtypeAndLayout() {
        assertMatrix("f8.npy", expected(1, 0));
        assertMatrix("f4.npy", expected(1, 0)); // quarters are exact in float32
        assertMatrix("i8.npy", expected(4, -5));
        assertMatrix("i4.npy", expected(4, -5));
        assertMatrix("be.npy", expected(1, 0));
        assertMatrix("fortran.npy", expected(1, 0));
        assertMatrix("fortran_be.npy", expected(1, 0));
        assertMatrix("v2.npy", expected(1, 0));
        assertMatrix("v3.npy", expected(1, 0));
    }

    @Test
    void readsVectorsAsOneColumnAndRowsAsOneRow() {
        DenseMatrix v = reader.read(dir.resolve("vector.npy"));
        assertEquals(4, v.rows());
        assertEquals(1, v.cols());
        assertArrayEquals(new double[] {1.5, -2.0, 1e-300, 1e300}, v.values());
        DenseMatrix r = reader.read(dir.resolve("row.npy"));
        assertEquals(1, r.rows());
        assertEquals(3, r.cols());
    }

    @Test
    void refusesWhatNumpyWritesButBanachDoesNotRead() {
        Path nan = dir.resolve("nan.npy");
        refused(nan, "element [1, 1] (byte 152)", "NaN is not allowed", () -> reader.read(nan));
        Path object = dir.resolve("object.npy");
        refused(object, "header (byte 10)", "dtype '|O' (Python objects) is not supported", () -> reader.read(object));
        Path complex = dir.resolve("complex.npy");
        refused(complex, "header (byte 10)", "dtype '<c16' (complex numbers) is not supported",
                () -> reader.read(complex));
        Path cube = dir.resolve("cube.npy");
        refused(cube, "header (byte 10)", "a 3-D array of shape (2, 3, 4) is not supported", () -> reader.read(cube));
        Path bool = dir.resolve("bool.npy");
        refused(bool, "header (byte 10)", "dtype '|b1' (booleans) is not supported", () -> reader.read(bool));
        Path strings = dir.resolve("strings.npy");
        refused(strings, "header (byte 10)", "dtype '<U2' (Unicode strings) is not supported",
                () -> reader.read(strings));
        Path scalar = dir.resolve("scalar.npy");
        refused(scalar, "header (byte 10)", "a 0-d array (a scalar) is not supported", () -> reader.read(scalar));
    }
}
