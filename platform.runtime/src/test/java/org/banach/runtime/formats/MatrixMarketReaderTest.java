package org.banach.runtime.formats;

import static org.banach.runtime.formats.FormatAssertions.refused;
import static org.banach.runtime.formats.FormatAssertions.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.banach.api.data.DenseMatrix;
import org.banach.api.optim.CsrMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixMarketReaderTest {

    @TempDir
    Path dir;

    private final MatrixMarketReader reader = new MatrixMarketReader();

    @Test
    void readsCoordinateSortingColumnsAndSummingDuplicates() {
        Path f = text(dir, "a.mtx", "%%MatrixMarket matrix coordinate real general\n"
                + "% a comment\n"
                + "3 4 6\n"
                + "3 4 1.5\n"
                + "1 3 2\n"
                + "1 1 -1\n"
                + "3 1 4\n"
                + "1 3 0.5\n"
                + "\n"
                + "3 2 1e1\n");
        CsrMatrix m = reader.readSparse(f);
        assertEquals(3, m.rows());
        assertEquals(4, m.cols());
        assertArrayEquals(new int[] {0, 2, 2, 5}, m.rowStart());
        assertArrayEquals(new int[] {0, 2, 0, 1, 3}, m.columns());
        assertArrayEquals(new double[] {-1, 2.5, 4, 10, 1.5}, m.values());
        DenseMatrix d = reader.readDense(f);
        assertArrayEquals(new double[] {-1, 0, 2.5, 0, 0, 0, 0, 0, 4, 10, 0, 1.5}, d.values());
    }

    @Test
    void expandsSymmetricAndSkewSymmetricCoordinateFiles() {
        Path sym = text(dir, "s.mtx", "%%MatrixMarket matrix coordinate integer symmetric\n3 3 3\n1 1 2\n3 1 -1\n3 2 5\n");
        assertArrayEquals(new double[] {2, 0, -1, 0, 0, 5, -1, 5, 0}, reader.readDense(sym).values());
        CsrMatrix s = reader.readSparse(sym);
        assertArrayEquals(new int[] {0, 2, 3, 5}, s.rowStart());
        assertArrayEquals(new int[] {0, 2, 2, 0, 1}, s.columns());
        Path skew = text(dir, "k.mtx", "%%MatrixMarket matrix coordinate real skew-symmetric\n2 2 1\n2 1 3\n");
        assertArrayEquals(new double[] {0, -3, 3, 0}, reader.readDense(skew).values());
    }

    @Test
    void readsPatternAsOnes() {
        Path f = text(dir, "p.mtx", "%%MatrixMarket matrix coordinate pattern general\n2 3 2\n2 3\n1 2\n");
        assertArrayEquals(new double[] {0, 1, 0, 0, 0, 1}, reader.readDense(f).values());
    }

    @Test
    void readsArraysInColumnMajorOrder() {
        Path f = text(dir, "g.mtx", "%%MatrixMarket matrix array real general\n% c\n2 3\n1\n4\n2\n5\n3\n6\n");
        DenseMatrix m = reader.readDense(f);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, m.values());
        CsrMatrix s = reader.readSparse(text(dir, "z.mtx", "%%MatrixMarket matrix array real general\n2 2\n0\n4\n2\n0\n"));
        assertArrayEquals(new int[] {1, 0}, s.columns());
        assertArrayEquals(new double[] {2, 4}, s.values());
        Path sym = text(dir, "sa.mtx", "%%MatrixMarket matrix array real symmetric\n2 2\n1\n2\n3\n");
        assertArrayEquals(new double[] {1, 2, 2, 3}, reader.readDense(sym).values());
        Path skew = text(dir, "ka.mtx", "%%MatrixMarket matrix array real skew-symmetric\n3 3\n1\n2\n3\n");
        assertArrayEquals(new double[] {0, -1, -2, 1, 0, -3, 2, 3, 0}, reader.readDense(skew).values());
    }

    @Test
    void readsVectors() {
        Path col = text(dir, "v.mtx", "%%MatrixMarket matrix coordinate real general\n4 1 2\n4 1 7\n2 1 -1\n");
        assertArrayEquals(new double[] {0, -1, 0, 7}, reader.readVector(col));
        Path wide = text(dir, "w.mtx", "%%MatrixMarket matrix coordinate real general\n3 4 0\n");
        refused(wide, "line 2", "expected a vector, found a 3x4 matrix", () -> reader.readVector(wide));
    }

    @Test
    void refusesIndicesOutOfRangeAndWrongEntryCounts() {
        String banner = "%%MatrixMarket matrix coordinate real general\n";
        Path row = text(dir, "r.mtx", banner + "2 2 2\n1 1 1\n3 1 1\n");
        refused(row, "line 4", "row index 3 is out of range 1..2", () -> reader.readSparse(row));
        Path col = text(dir, "c.mtx", banner + "2 2 1\n1 0 1\n");
        refused(col, "line 3", "column index 0 is not positive (indices start at 1)", () -> reader.readSparse(col));
        Path few = text(dir, "few.mtx", banner + "% c\n2 2 3\n1 1 1\n2 2 1\n");
        refused(few, "line 5 (end of file)", "found 2 entries, but the size line (line 3) declares 3",
                () -> reader.readSparse(few));
        Path many = text(dir, "many.mtx", banner + "2 2 1\n1 1 1\n2 2 1\n");
        refused(many, "line 4", "more entries than the 1 declared on line 2", () -> reader.readSparse(many));
        Path fields = text(dir, "fields.mtx", banner + "2 2 1\n1 1\n");
        refused(fields, "line 3", "expected 3 fields (row, column, value), found 2", () -> reader.readSparse(fields));
        Path arr = text(dir, "arr.mtx", "%%MatrixMarket matrix array real general\n2 2\n1\n2\n3\n");
        refused(arr, "line 5 (end of file)", "found 3 values, but a 2x2 array holds 4", () -> reader.readDense(arr));
    }

    @Test
    void refusesNonFiniteAndNonIntegerValues() {
        Path nan = text(dir, "n.mtx", "%%MatrixMarket matrix coordinate real general\n2 2 2\n1 1 1\n2 2 nan\n");
        refused(nan, "line 4", "NaN ('nan') is not allowed", () -> reader.readSparse(nan));
        Path inf = text(dir, "i.mtx", "%%MatrixMarket matrix array real general\n1 2\n1\nInfinity\n");
        refused(inf, "line 4", "Infinity ('Infinity') is not allowed", () -> reader.readDense(inf));
        Path sum = text(dir, "sum.mtx", "%%MatrixMarket matrix coordinate real general\n2 2 2\n1 2 1e308\n1 2 1e308\n");
        refused(sum, "", "the repeated entries at (1, 2) sum to an infinite value", () -> reader.readSparse(sum));
        Path frac = text(dir, "f.mtx", "%%MatrixMarket matrix coordinate integer general\n2 2 1\n1 1 1.5\n");
        refused(frac, "line 3", "'1.5' is not an integer", () -> reader.readSparse(frac));
    }

    @Test
    void refusesBadHeadersComplexFieldsAndUpperTriangleEntries() {
        Path complex = text(dir, "cx.mtx", "%%MatrixMarket matrix coordinate complex general\n1 1 1\n1 1 1 0\n");
        refused(complex, "line 1", "complex matrices (field 'complex') are not supported", () -> reader.readSparse(complex));
        Path herm = text(dir, "h.mtx", "%%MatrixMarket matrix coordinate real hermitian\n1 1 0\n");
        refused(herm, "line 1", "Hermitian matrices are not supported", () -> reader.readSparse(herm));
        Path noBanner = text(dir, "nb.mtx", "2 2 1\n1 1 1\n");
        refused(noBanner, "line 1", "not a Matrix Market file", () -> reader.readSparse(noBanner));
        Path noSize = text(dir, "ns.mtx", "%%MatrixMarket matrix coordinate real general\n% only comments\n");
        refused(noSize, "line 2", "the file ends before the size line", () -> reader.readSparse(noSize));
        Path upper = text(dir, "u.mtx", "%%MatrixMarket matrix coordinate real symmetric\n2 2 1\n1 2 1\n");
        refused(upper, "line 3", "entry (1, 2) lies above the diagonal", () -> reader.readSparse(upper));
        Path notSquare = text(dir, "ns2.mtx", "%%MatrixMarket matrix coordinate real symmetric\n2 3 0\n");
        refused(notSquare, "line 2", "must be square, but the size line declares 2x3", () -> reader.readSparse(notSquare));
        Path pattern = text(dir, "pa.mtx", "%%MatrixMarket matrix array pattern general\n1 1\n");
        refused(pattern, "line 1", "field 'pattern' is only valid with the coordinate format",
                () -> reader.readDense(pattern));
    }

    @Test
    void refusesToDensifyHugeCoordinateMatricesButReadsThemSparse() {
        Path f = text(dir, "big.mtx", "%%MatrixMarket matrix coordinate real general\n100000 100000 1\n5 99999 2\n");
        refused(f, "line 2", "would need 10000000000 dense entries, more than the limit of 50000000; read it with "
                + "readSparse", () -> reader.readDense(f));
        CsrMatrix m = reader.readSparse(f);
        assertEquals(1, m.nonZeros());
        assertArrayEquals(new int[] {99998}, m.columns());
    }

    @Test
    void refusesEmptyAndMissingFiles() {
        Path empty = text(dir, "e.mtx", "");
        refused(empty, "", "empty file", () -> reader.readSparse(empty));
        Path missing = dir.resolve("missing.mtx");
        refused(missing, "", "no such file", () -> reader.readDense(missing));
        Path zero = text(dir, "z0.mtx", "%%MatrixMarket matrix coordinate real general\n0 3 0\n");
        refused(zero, "line 2", "the matrix has no entries (0x3)", () -> reader.readSparse(zero));
    }
}
