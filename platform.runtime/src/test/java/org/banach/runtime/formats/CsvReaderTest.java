package org.banach.runtime.formats;

import static org.banach.runtime.formats.FormatAssertions.refused;
import static org.banach.runtime.formats.FormatAssertions.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.banach.api.data.DenseMatrix;
import org.banach.api.data.LabelledData;
import org.banach.api.optim.CsrMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    private final CsvReader reader = new CsvReader();

    @Test
    void readsNumbersWithoutHeader() {
        DenseMatrix m = reader.read(text(dir, "a.csv", "1,2.5,-3\n4e2, .5 ,+6\n"));
        assertEquals(2, m.rows());
        assertEquals(3, m.cols());
        assertArrayEquals(new double[] {1, 2.5, -3, 400, 0.5, 6}, m.values());
    }

    @Test
    void detectsTheHeaderSkipsCommentsBlankLinesAndAcceptsQuotesCrlfAndBom() {
        String content = "\uFEFF# exported by a spreadsheet\r\nx,\"y, in m\",z\r\n\r\n# a comment\r\n1,\"2\",3\r\n"
                + "4,5,6"; // no final newline
        DenseMatrix m = reader.read(text(dir, "h.csv", content));
        assertEquals(2, m.rows());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, m.values());
    }

    @Test
    void readsLabelledRowsWithTheLabelLast() {
        LabelledData d = reader.readLabelled(text(dir, "l.csv", "f1,f2,label\n0,2,1\n3,0,-1\n"));
        assertEquals(2, d.size());
        assertArrayEquals(new double[] {1, -1}, d.labels());
        CsrMatrix x = d.features();
        assertEquals(2, x.cols());
        assertArrayEquals(new int[] {0, 1, 2}, x.rowStart());
        assertArrayEquals(new int[] {1, 0}, x.columns());
        assertArrayEquals(new double[] {2, 3}, x.values());
        Path one = text(dir, "one.csv", "# only labels\n1\n2\n");
        refused(one, "line 2", "a labelled .csv needs at least 2 columns (the features, then the label), found 1",
                () -> reader.readLabelled(one));
    }

    @Test
    void refusesRaggedRowsWithTheLineNumber() {
        Path f = text(dir, "r.csv", "# comment\n1,2,3\n\n4,5,6\n7,8\n");
        refused(f, "line 5", "2 fields, but line 2 has 3 (ragged rows are not allowed)", () -> reader.read(f));
        Path last = text(dir, "last.csv", "1,2\r\n3,4\r\n5"); // no final line break
        refused(last, "line 3", "1 fields, but line 1 has 2", () -> reader.read(last));
        Path h = text(dir, "rh.csv", "a,b\n1,2,3\n");
        refused(h, "line 2", "3 fields, but the header on line 1 has 2", () -> reader.read(h));
    }

    @Test
    void refusesNonNumbersAndNonFiniteValuesNamingLineAndColumn() {
        Path word = text(dir, "w.csv", "a,b\n1,2\n3,abc\n");
        refused(word, "line 3, column 2", "'abc' is not a number", () -> reader.read(word));
        Path nan = text(dir, "n.csv", "1,2\n# c\nNaN,4\n");
        refused(nan, "line 3, column 1", "NaN ('NaN') is not allowed", () -> reader.read(nan));
        Path inf = text(dir, "i.csv", "1,2\n3,-inf\n");
        refused(inf, "line 2, column 2", "-Infinity ('-inf') is not allowed", () -> reader.read(inf));
        Path overflow = text(dir, "o.csv", "1e999\n");
        refused(overflow, "line 1, column 1", "'1e999' overflows to infinity", () -> reader.read(overflow));
        Path empty = text(dir, "e.csv", "1,,3\n");
        refused(empty, "line 1, column 2", "empty field where a number was expected", () -> reader.read(empty));
        Path hex = text(dir, "x.csv", "1\n0x10\n");
        refused(hex, "line 2, column 1", "'0x10' is not a number", () -> reader.read(hex));
    }

    @Test
    void refusesMalformedCsv() {
        Path f = text(dir, "q.csv", "1,2\n3,\"4\"x\n");
        refused(f, "line 2", "malformed CSV", () -> reader.read(f));
    }

    @Test
    void refusesEmptyFilesHeaderOnlyFilesAndMissingFiles() {
        Path empty = text(dir, "empty.csv", "");
        refused(empty, "", "empty file", () -> reader.read(empty));
        Path comments = text(dir, "c.csv", "# nothing\n\n");
        refused(comments, "", "no data rows (only comments and blank lines)", () -> reader.read(comments));
        Path header = text(dir, "hdr.csv", "x,y\n");
        refused(header, "", "no data rows (only the header on line 1)", () -> reader.read(header));
        Path missing = dir.resolve("missing.csv");
        refused(missing, "", "no such file", () -> reader.read(missing));
    }

    @Test
    void refusesBinaryContent() {
        Path f = FormatAssertions.bytes(dir, "bin.csv", new byte[] {'1', ',', (byte) 0xff, (byte) 0xfe, '\n'});
        refused(f, "line 1", "not UTF-8 text", () -> reader.read(f));
    }
}
