package org.banach.runtime.formats;

import static org.banach.runtime.formats.FormatAssertions.refused;
import static org.banach.runtime.formats.FormatAssertions.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteOrder;
import java.nio.file.Path;

import org.banach.api.data.DataReader;
import org.banach.api.data.DenseMatrix;
import org.banach.api.data.LabelledData;
import org.banach.api.optim.CsrMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataReaderComponentTest {

    @TempDir
    Path dir;

    private final DataReader reader = new DataReaderComponent();

    private Path npy(String name, String shape, double... values) {
        return FormatAssertions.bytes(dir, name, NpyReaderTest.npy(1, NpyReaderTest.header("<f8", false, shape),
                8 * values.length, ByteOrder.LITTLE_ENDIAN, b -> {
                    for (double v : values) {
                        b.putDouble(v);
                    }
                }));
    }

    @Test
    void choosesTheReaderByExtensionIgnoringCase() {
        assertArrayEquals(new double[] {1, 2}, reader.readDense(npy("a.NPY", "(2,)", 1, 2)).values());
        assertArrayEquals(new double[] {1, 2}, reader.readDense(text(dir, "a.Csv", "1,2\n")).values());
        assertArrayEquals(new double[] {3},
                reader.readDense(text(dir, "a.mtx", "%%MatrixMarket matrix array real general\n1 1\n3\n")).values());
        for (String ext : new String[] {"libsvm", "svm", "txt"}) {
            LabelledData d = reader.readLabelled(text(dir, "a." + ext, "1 2:3\n"));
            assertEquals(2, d.features().cols(), ext);
        }
        Path unknown = text(dir, "a.json", "[1, 2]");
        refused(unknown, "", "unknown extension '.json'; the format is chosen by the extension",
                () -> reader.readDense(unknown));
        Path none = text(dir, "data", "1,2");
        refused(none, "", "no file extension", () -> reader.readVector(none));
    }

    @Test
    void readsVectorsFromEveryArrayFormat() {
        assertArrayEquals(new double[] {4, 5, 6}, reader.readVector(npy("v.npy", "(3,)", 4, 5, 6)));
        assertArrayEquals(new double[] {4, 5, 6}, reader.readVector(npy("r.npy", "(1, 3)", 4, 5, 6)));
        assertArrayEquals(new double[] {1, 2, 3}, reader.readVector(text(dir, "c.csv", "x\n1\n2\n3\n")));
        assertArrayEquals(new double[] {1, 2, 3}, reader.readVector(text(dir, "r.csv", "1,2,3\n")));
        assertArrayEquals(new double[] {0, 9},
                reader.readVector(text(dir, "v.mtx", "%%MatrixMarket matrix coordinate real general\n2 1 1\n2 1 9\n")));
    }

    @Test
    void refusesMatricesWhereAVectorIsAsked() {
        Path npy = npy("m.npy", "(3, 4)", new double[12]);
        refused(npy, "", "expected a vector, found a 3x4 matrix", () -> reader.readVector(npy));
        Path csv = text(dir, "m.csv", "1,2,3,4\n5,6,7,8\n9,10,11,12\n");
        refused(csv, "", "expected a vector, found a 3x4 matrix", () -> reader.readVector(csv));
        Path mtx = text(dir, "m.mtx", "%%MatrixMarket matrix array real general\n3 4\n" + "1\n".repeat(12));
        refused(mtx, "line 2", "expected a vector, found a 3x4 matrix", () -> reader.readVector(mtx));
    }

    @Test
    void convertsDenseFormatsToSparseAndCoordinateToDense() {
        CsrMatrix s = reader.readSparse(text(dir, "s.csv", "0,1.5\n2,0\n"));
        assertArrayEquals(new int[] {0, 1, 2}, s.rowStart());
        assertArrayEquals(new int[] {1, 0}, s.columns());
        assertArrayEquals(new double[] {1.5, 2}, s.values());
        CsrMatrix n = reader.readSparse(npy("s.npy", "(2, 2)", 0, 0, 0, 7));
        assertEquals(1, n.nonZeros());
        DenseMatrix d = reader.readDense(text(dir, "d.mtx",
                "%%MatrixMarket matrix coordinate real general\n2 2 2\n2 2 1\n1 2 3\n"));
        assertArrayEquals(new double[] {0, 3, 0, 1}, d.values());
        Path huge = text(dir, "huge.mtx", "%%MatrixMarket matrix coordinate pattern general\n8000 8000 0\n");
        refused(huge, "line 2", "a 8000x8000 sparse matrix would need 64000000 dense entries, more than the limit "
                + "of 50000000", () -> reader.readDense(huge));
        assertEquals(8000, reader.readSparse(huge).rows());
    }

    @Test
    void readsLabelledCsvAndRefusesLabelledArraysAndArraysFromLibsvm() {
        LabelledData d = reader.readLabelled(text(dir, "l.csv", "1,0,5\n0,2,6\n"));
        assertArrayEquals(new double[] {5, 6}, d.labels());
        Path npy = npy("l.npy", "(2,)", 1, 2);
        refused(npy, "", "a .npy file holds a single array, not a labelled data set", () -> reader.readLabelled(npy));
        Path svm = text(dir, "x.svm", "1 1:2\n");
        refused(svm, "", "a LIBSVM file holds a labelled data set, not a single matrix or vector; read it with "
                + "readLabelled", () -> reader.readSparse(svm));
    }

    @Test
    void refusesMissingAndEmptyFilesInEveryFormat() {
        DataReader r = reader;
        for (String ext : new String[] {"npy", "csv", "mtx", "libsvm"}) {
            Path missing = dir.resolve("missing." + ext);
            refused(missing, "", "no such file", () -> {
                if (ext.equals("libsvm")) {
                    r.readLabelled(missing);
                } else {
                    r.readDense(missing);
                }
            });
            Path empty = text(dir, "empty." + ext, "");
            refused(empty, "", "empty file", () -> {
                if (ext.equals("libsvm")) {
                    r.readLabelled(empty);
                } else {
                    r.readSparse(empty);
                }
            });
        }
        Path missingJson = dir.resolve("gone.json");
        refused(missingJson, "", "no such file", () -> r.readDense(missingJson));
        Path missingSvm = dir.resolve("gone.svm");
        refused(missingSvm, "", "no such file", () -> r.readDense(missingSvm));
    }
}
