package org.banach.runtime.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.banach.api.data.DataFormatException;
import org.banach.api.data.DenseMatrix;
import org.banach.api.optim.CsrMatrix;

/**
 * Reads Matrix Market {@code .mtx} files: the banner {@code %%MatrixMarket matrix coordinate|array
 * real|integer|pattern general|symmetric|skew-symmetric}, {@code %} comment lines, the size line
 * ({@code rows cols entries} for coordinate, {@code rows cols} for array) and the entries, 1-based.
 * Coordinate entries may come in any order; repeated ones are summed. Symmetric and skew-symmetric
 * files list the lower triangle only (skew-symmetric without the diagonal) and are expanded. Array
 * values are in column-major order. Complex and Hermitian matrices are refused. Errors name the line.
 */
public final class MatrixMarketReader {

    private enum Want { DENSE, SPARSE, VECTOR }

    private enum Symmetry { GENERAL, SYMMETRIC, SKEW }

    /** The banner, the size line and the reading position. */
    private static final class Source {
        final Path file;
        final BufferedReader in;
        long line;
        boolean coordinate;
        String field;
        Symmetry symmetry;
        int rows;
        int cols;
        long entries;
        long sizeLine;

        Source(Path file, BufferedReader in) {
            this.file = file;
            this.in = in;
        }

        /** The next line that is neither blank nor a comment, trimmed; null at the end of the file. */
        String nextContentLine() throws IOException {
            String s;
            while ((s = in.readLine()) != null) {
                line++;
                s = s.strip();
                if (!s.isEmpty() && s.charAt(0) != '%') {
                    return s;
                }
            }
            return null;
        }

        DataFormatException error(String reason) {
            return new DataFormatException(file, "line " + line, reason);
        }
    }

    /** A dense matrix; a coordinate file is densified (refused beyond {@value Conversions#DENSIFY_LIMIT} entries). */
    public DenseMatrix readDense(Path file) {
        return (DenseMatrix) read(file, Want.DENSE);
    }

    /** A CSR matrix; an array file is converted, exact zeros left out. */
    public CsrMatrix readSparse(Path file) {
        return (CsrMatrix) read(file, Want.SPARSE);
    }

    /** The entries of an n×1 or 1×n matrix. */
    public double[] readVector(Path file) {
        return ((DenseMatrix) read(file, Want.VECTOR)).values();
    }

    private static Object read(Path file, Want want) {
        try (BufferedReader in = SourceFile.openText(file)) {
            Source src = new Source(file, in);
            try {
                banner(src);
                size(src, want);
                if (src.coordinate) {
                    CsrMatrix m = coordinate(src);
                    return want == Want.SPARSE ? m : Conversions.toDense(m);
                }
                DenseMatrix m = array(src);
                return want == Want.SPARSE ? Conversions.toCsr(m) : m;
            } catch (IOException e) {
                throw SourceFile.failure(file, "line " + (src.line + 1), e);
            }
        } catch (IOException e) {
            throw SourceFile.failure(file, "", e);
        }
    }

    private static void banner(Source src) throws IOException {
        String first = src.in.readLine();
        src.line = 1;
        if (first == null || first.isBlank()) {
            throw src.error("missing the %%MatrixMarket banner");
        }
        String[] t = first.strip().split("\\s+");
        if (!t[0].equalsIgnoreCase("%%MatrixMarket")) {
            throw src.error("not a Matrix Market file: the first line must start with %%MatrixMarket");
        }
        if (t.length != 5) {
            throw src.error("the banner needs 4 words after %%MatrixMarket (object, format, field, symmetry), found "
                    + (t.length - 1));
        }
        String object = t[1].toLowerCase(Locale.ROOT);
        String format = t[2].toLowerCase(Locale.ROOT);
        String field = t[3].toLowerCase(Locale.ROOT);
        String symmetry = t[4].toLowerCase(Locale.ROOT);
        if (!object.equals("matrix")) {
            throw src.error("object '" + t[1] + "' is not supported (only 'matrix')");
        }
        if (!format.equals("coordinate") && !format.equals("array")) {
            throw src.error("unknown format '" + t[2] + "' (expected 'coordinate' or 'array')");
        }
        src.coordinate = format.equals("coordinate");
        switch (field) {
            case "real":
            case "double":
            case "integer":
                break;
            case "pattern":
                if (!src.coordinate) {
                    throw src.error("field 'pattern' is only valid with the coordinate format");
                }
                break;
            case "complex":
                throw src.error("complex matrices (field 'complex') are not supported; only real, integer and pattern");
            default:
                throw src.error("unknown field '" + t[3] + "' (expected real, integer or pattern)");
        }
        src.field = field;
        switch (symmetry) {
            case "general":
                src.symmetry = Symmetry.GENERAL;
                break;
            case "symmetric":
                src.symmetry = Symmetry.SYMMETRIC;
                break;
            case "skew-symmetric":
                src.symmetry = Symmetry.SKEW;
                break;
            case "hermitian":
                throw src.error("Hermitian matrices are not supported (they are complex)");
            default:
                throw src.error("unknown symmetry '" + t[4] + "' (expected general, symmetric or skew-symmetric)");
        }
    }

    private static void size(Source src, Want want) throws IOException {
        String s = src.nextContentLine();
        if (s == null) {
            throw src.error("the file ends before the size line");
        }
        src.sizeLine = src.line;
        String[] t = s.split("\\s+");
        int expected = src.coordinate ? 3 : 2;
        if (t.length != expected) {
            throw src.error("the size line needs " + expected + " numbers ("
                    + (src.coordinate ? "rows, columns, entries" : "rows, columns") + "), found " + t.length);
        }
        long rows;
        long cols;
        try {
            rows = TextNumbers.parseCount(t[0], "the row count");
            cols = TextNumbers.parseCount(t[1], "the column count");
            src.entries = src.coordinate ? TextNumbers.parseCount(t[2], "the entry count") : 0;
        } catch (TextNumbers.NumberProblem p) {
            throw src.error(p.getMessage());
        }
        if (rows == 0 || cols == 0) {
            throw src.error("the matrix has no entries (" + rows + "x" + cols + ")");
        }
        if (rows > DoubleList.MAX_SIZE || cols > DoubleList.MAX_SIZE) {
            throw src.error("a " + rows + "x" + cols + " matrix is too large (at most " + DoubleList.MAX_SIZE
                    + " rows and columns)");
        }
        if (src.symmetry != Symmetry.GENERAL && rows != cols) {
            throw src.error("a " + src.symmetry.name().toLowerCase(Locale.ROOT).replace("skew", "skew-symmetric")
                    + " matrix must be square, but the size line declares " + rows + "x" + cols);
        }
        if (want == Want.VECTOR) {
            Conversions.requireVector(src.file, "line " + src.line, rows, cols);
        }
        if (src.coordinate && want != Want.SPARSE) {
            Conversions.requireDensifiable(src.file, "line " + src.line, rows, cols);
        }
        if (!src.coordinate && rows * cols > DoubleList.MAX_SIZE) {
            throw src.error("a " + rows + "x" + cols + " array has more entries than a Java array can hold ("
                    + DoubleList.MAX_SIZE + ")");
        }
        src.rows = (int) rows;
        src.cols = (int) cols;
    }

    private static CsrMatrix coordinate(Source src) throws IOException {
        Triplets triplets = new Triplets(src.rows, src.cols);
        boolean pattern = src.field.equals("pattern");
        int fields = pattern ? 2 : 3;
        long read = 0;
        String s;
        while ((s = src.nextContentLine()) != null) {
            if (read == src.entries) {
                throw src.error("more entries than the " + src.entries + " declared on line " + src.sizeLine);
            }
            String[] t = s.split("\\s+");
            if (t.length != fields) {
                throw src.error("expected " + fields + " fields (" + (pattern ? "row, column" : "row, column, value")
                        + "), found " + t.length);
            }
            int i = index(src, t[0], "row", src.rows);
            int j = index(src, t[1], "column", src.cols);
            double v = pattern ? 1.0 : value(src, t[2]);
            if (src.symmetry != Symmetry.GENERAL && j > i) {
                throw src.error("entry (" + i + ", " + j + ") lies above the diagonal; a "
                        + (src.symmetry == Symmetry.SKEW ? "skew-symmetric" : "symmetric")
                        + " file lists only the lower triangle");
            }
            if (src.symmetry == Symmetry.SKEW && i == j) {
                throw src.error("entry (" + i + ", " + j + ") lies on the diagonal, which is zero in a skew-symmetric "
                        + "matrix and must not be listed");
            }
            boolean added = triplets.add(i - 1, j - 1, v);
            if (added && src.symmetry != Symmetry.GENERAL && i != j) {
                added = triplets.add(j - 1, i - 1, src.symmetry == Symmetry.SKEW ? -v : v);
            }
            if (!added) {
                throw src.error("too many entries for one sparse matrix (at most " + DoubleList.MAX_SIZE + ")");
            }
            read++;
        }
        if (read < src.entries) {
            throw new DataFormatException(src.file, "line " + src.line + " (end of file)", "found " + read
                    + " entries, but the size line (line " + src.sizeLine + ") declares " + src.entries);
        }
        try {
            return triplets.toCsr();
        } catch (ArithmeticException e) {
            throw new DataFormatException(src.file, "", e.getMessage());
        }
    }

    private static DenseMatrix array(Source src) throws IOException {
        int n = src.rows;
        int cols = src.cols;
        long count = src.symmetry == Symmetry.GENERAL ? (long) n * cols
                : src.symmetry == Symmetry.SYMMETRIC ? (long) n * (n + 1) / 2 : (long) n * (n - 1) / 2;
        double[] dense = new double[n * cols];
        long read = 0;
        int i = src.symmetry == Symmetry.SKEW ? 1 : 0; // position of the next value, column-major
        int j = 0;
        String s;
        while ((s = src.nextContentLine()) != null) {
            for (String token : s.split("\\s+")) {
                if (read == count) {
                    throw src.error("more values than the " + count + " that a " + describe(src) + " array holds");
                }
                double v = value(src, token);
                dense[i * cols + j] = v;
                if (src.symmetry == Symmetry.SYMMETRIC) {
                    dense[j * cols + i] = v;
                } else if (src.symmetry == Symmetry.SKEW) {
                    dense[j * cols + i] = -v;
                }
                read++;
                if (++i == n) {
                    j++;
                    i = src.symmetry == Symmetry.GENERAL ? 0 : src.symmetry == Symmetry.SYMMETRIC ? j : j + 1;
                }
            }
        }
        if (read < count) {
            throw new DataFormatException(src.file, "line " + src.line + " (end of file)", "found " + read
                    + " values, but a " + describe(src) + " array holds " + count);
        }
        return new DenseMatrix(n, cols, dense);
    }

    private static String describe(Source src) {
        return src.rows + "x" + src.cols + (src.symmetry == Symmetry.SYMMETRIC ? " symmetric"
                : src.symmetry == Symmetry.SKEW ? " skew-symmetric" : "");
    }

    private static int index(Source src, String token, String what, int size) {
        int k;
        try {
            k = TextNumbers.parseIndex(token, what + " index");
        } catch (TextNumbers.NumberProblem p) {
            throw src.error(p.getMessage());
        }
        if (k > size) {
            throw src.error(what + " index " + k + " is out of range 1.." + size);
        }
        return k;
    }

    private static double value(Source src, String token) {
        try {
            return src.field.equals("integer") ? TextNumbers.parseInteger(token) : TextNumbers.parseFinite(token);
        } catch (TextNumbers.NumberProblem p) {
            throw src.error(p.getMessage());
        }
    }
}
