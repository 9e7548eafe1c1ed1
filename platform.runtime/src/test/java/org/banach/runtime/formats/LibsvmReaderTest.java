package org.banach.runtime.formats;

import static org.banach.runtime.formats.FormatAssertions.refused;
import static org.banach.runtime.formats.FormatAssertions.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.banach.api.data.LabelledData;
import org.banach.api.optim.CsrMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibsvmReaderTest {

    @TempDir
    Path dir;

    private final LibsvmReader reader = new LibsvmReader();

    @Test
    void readsLabelsAndSparseFeatures() {
        Path f = text(dir, "a.libsvm", "# a comment line\n"
                + "+1 1:0.5 3:-2 # trailing comment\n"
                + "\n"
                + "-1 qid:7 2:1e-3\t7:4\n"
                + "0\n");
        LabelledData d = reader.read(f);
        assertEquals(3, d.size());
        assertArrayEquals(new double[] {1, -1, 0}, d.labels());
        CsrMatrix x = d.features();
        assertEquals(3, x.rows());
        assertEquals(7, x.cols()); // the largest index used
        assertArrayEquals(new int[] {0, 2, 4, 4}, x.rowStart());
        assertArrayEquals(new int[] {0, 2, 1, 6}, x.columns());
        assertArrayEquals(new double[] {0.5, -2, 1e-3, 4}, x.values());
    }

    @Test
    void refusesIndicesThatDoNotIncreaseOrStartAtZero() {
        Path order = text(dir, "o.svm", "1 1:1 2:2\n-1 3:1 2:5\n");
        refused(order, "line 2, column 8", "feature index 2 does not increase (the previous index on this line is 3",
                () -> reader.read(order));
        Path repeat = text(dir, "r.svm", "1 4:1 4:2\n");
        refused(repeat, "line 1, column 7", "feature index 4 does not increase", () -> reader.read(repeat));
        Path zero = text(dir, "z.svm", "1 0:1\n");
        refused(zero, "line 1, column 3", "feature index 0 is not positive (indices start at 1)", () -> reader.read(zero));
    }

    @Test
    void refusesMalformedPairsLabelsAndNonFiniteValues() {
        Path pair = text(dir, "p.txt", "1 1:2\n1 5\n");
        refused(pair, "line 2, column 3", "expected index:value, found '5'", () -> reader.read(pair));
        Path label = text(dir, "l.txt", "yes 1:2\n");
        refused(label, "line 1, column 1", "label: 'yes' is not a number", () -> reader.read(label));
        Path nan = text(dir, "n.txt", "1 1:2 10:nan\n");
        refused(nan, "line 1, column 10", "value of feature 10: NaN ('nan') is not allowed", () -> reader.read(nan));
        Path inf = text(dir, "i.txt", "inf 1:2\n");
        refused(inf, "line 1, column 1", "label: Infinity ('inf') is not allowed", () -> reader.read(inf));
        Path qid = text(dir, "q.txt", "1 1:2 qid:3\n");
        refused(qid, "line 1, column 7", "qid must come right after the label", () -> reader.read(qid));
    }

    @Test
    void refusesEmptyAndMissingFiles() {
        Path empty = text(dir, "e.libsvm", "");
        refused(empty, "", "empty file", () -> reader.read(empty));
        Path comments = text(dir, "c.libsvm", "# header only\n\n   \n");
        refused(comments, "", "no data lines (only comments and blank lines)", () -> reader.read(comments));
        Path missing = dir.resolve("missing.libsvm");
        refused(missing, "", "no such file", () -> reader.read(missing));
    }
}
