package org.banach.runtime.formats;

import static org.banach.runtime.formats.FormatAssertions.bytes;
import static org.banach.runtime.formats.FormatAssertions.refused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.banach.api.data.DenseMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written .npy files, byte by byte (the NumPy-written ones are in {@link NpyNumpyTest}). */
class NpyReaderTest {

    @TempDir
    Path dir;

    private final NpyReader reader = new NpyReader();

    /** A .npy file: magic, version major.0, header length, the header padded to a multiple of 64, the data. */
    static byte[] npy(int major, String header, int dataBytes, ByteOrder order, Consumer<ByteBuffer> data) {
        int prefix = major == 1 ? 10 : 12;
        StringBuilder h = new StringBuilder(header);
        while ((prefix + h.length() + 1) % 64 != 0) {
            h.append(' ');
        }
        h.append('\n');
        byte[] text = h.toString().getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(prefix + text.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) major).put((byte) 0);
        if (major == 1) {
            b.putShort((short) text.length);
        } else {
            b.putInt(text.length);
        }
        b.put(text);
        b.order(order);
        data.accept(b);
        return b.array();
    }

    static String header(String descr, boolean fortran, String shape) {
        return "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + shape
                + ", }";
    }

    private Path f8(String name, String shape, boolean fortran, double... values) {
        return bytes(dir, name, npy(1, header("<f8", fortran, shape), 8 * values.length, ByteOrder.LITTLE_ENDIAN,
                b -> {
                    for (double v : values) {
                        b.putDouble(v);
                    }
                }));
    }

    @Test
    void readsFloat64InCOrder() {
        DenseMatrix m = reader.read(f8("a.npy", "(2, 3)", false, 1, 2, 3, 4, 5, 6));
        assertEquals(2, m.rows());
        assertEquals(3, m.cols());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, m.values());
    }

    @Test
    void readsFortranOrderAsColumnMajor() {
        // the 2x3 matrix [[1, 2, 3], [4, 5, 6]] stored column by column
        DenseMatrix m = reader.read(f8("f.npy", "(2, 3)", true, 1, 4, 2, 5, 3, 6));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, m.values());
    }

    @Test
    void readsOneDimensionalArrayAsColumn() {
        DenseMatrix m = reader.read(f8("v.npy", "(4,)", false, 0.5, -1, 2e10, 3));
        assertEquals(4, m.rows());
        assertEquals(1, m.cols());
        assertArrayEquals(new double[] {0.5, -1, 2e10, 3}, m.values());
    }

    @Test
    void readsFloat32Int64Int32AndBigEndian() {
        Path f4 = bytes(dir, "f4.npy", npy(1, header("<f4", false, "(1, 2)"), 8, ByteOrder.LITTLE_ENDIAN,
                b -> b.putFloat(1.5f).putFloat(-0.25f)));
        assertArrayEquals(new double[] {1.5, -0.25}, reader.read(f4).values());
        Path i8 = bytes(dir, "i8.npy", npy(1, header("<i8", false, "(3,)"), 24, ByteOrder.LITTLE_ENDIAN,
                b -> b.putLong(-7).putLong(1L << 52).putLong(0)));
        assertArrayEquals(new double[] {-7, 0x1p52, 0}, reader.read(i8).values());
        Path i4 = bytes(dir, "i4.npy", npy(1, header("<i4", false, "(2, 1)"), 8, ByteOrder.LITTLE_ENDIAN,
                b -> b.putInt(Integer.MIN_VALUE).putInt(42)));
        assertArrayEquals(new double[] {Integer.MIN_VALUE, 42}, reader.read(i4).values());
        Path be = bytes(dir, "be.npy", npy(1, header(">f8", false, "(2,)"), 16, ByteOrder.BIG_ENDIAN,
                b -> b.putDouble(Math.PI).putDouble(-Math.E)));
        assertArrayEquals(new double[] {Math.PI, -Math.E}, reader.read(be).values());
    }

    @Test
    void readsVersions2And3() {
        Path v2 = bytes(dir, "v2.npy", npy(2, header("<f8", false, "(1, 2)"), 16, ByteOrder.LITTLE_ENDIAN,
                b -> b.putDouble(7).putDouble(8)));
        assertArrayEquals(new double[] {7, 8}, reader.read(v2).values());
        // 3.0 is 2.0 with a UTF-8 header; double quotes and a Python 2 long are accepted too
        Path v3 = bytes(dir, "v3.npy", npy(3, "{\"descr\": \"<i4\", \"fortran_order\": False, \"shape\": (2L,)}", 8,
                ByteOrder.LITTLE_ENDIAN, b -> b.putInt(9).putInt(10)));
        assertArrayEquals(new double[] {9, 10}, reader.read(v3).values());
    }

    @Test
    void refusesObjectComplexAndStructuredDtypes() {
        Path o = bytes(dir, "o.npy", npy(1, header("|O", false, "(2,)"), 16, ByteOrder.LITTLE_ENDIAN, b -> { }));
        refused(o, "header (byte 10)", "dtype '|O' (Python objects) is not supported", () -> reader.read(o));
        Path c = bytes(dir, "c.npy", npy(1, header("<c16", false, "(1,)"), 16, ByteOrder.LITTLE_ENDIAN, b -> { }));
        refused(c, "header (byte 10)", "dtype '<c16' (complex numbers) is not supported", () -> reader.read(c));
        Path i2 = bytes(dir, "i2.npy", npy(1, header("<i2", false, "(1,)"), 2, ByteOrder.LITTLE_ENDIAN, b -> { }));
        refused(i2, "header (byte 10)", "dtype '<i2' (int16) is not supported; supported: float64", () -> reader.read(i2));
        Path rec = bytes(dir, "rec.npy", npy(1, "{'descr': [('x', '<f8'), ('y', '<i4')], 'fortran_order': False, "
                + "'shape': (1,), }", 12, ByteOrder.LITTLE_ENDIAN, b -> { }));
        refused(rec, "header (byte 10)", "a structured dtype (record fields) is not supported", () -> reader.read(rec));
    }

    @Test
    void refusesScalarsAndThreeDimensionalAndEmptyArrays() {
        Path s = f8("s.npy", "()", false, 1);
        refused(s, "header (byte 10)", "a 0-d array (a scalar) is not supported", () -> reader.read(s));
        Path t = f8("t.npy", "(2, 1, 2)", false, 1, 2, 3, 4);
        refused(t, "header (byte 10)", "a 3-D array of shape (2, 1, 2) is not supported", () -> reader.read(t));
        Path e = f8("e.npy", "(0, 3)", false);
        refused(e, "header (byte 10)", "the array has no entries (shape (0, 3))", () -> reader.read(e));
    }

    @Test
    void refusesNonFiniteValuesNamingTheElement() {
        Path nan = f8("nan.npy", "(2, 2)", false, 1, 2, Double.NaN, 4);
        // data starts at byte 128 (preamble and header padded to a multiple of 64); [1, 0] is the third value
        refused(nan, "element [1, 0] (byte 144)", "NaN is not allowed", () -> reader.read(nan));
        Path inf = f8("inf.npy", "(2, 2)", true, 1, 2, 3, Double.NEGATIVE_INFINITY);
        refused(inf, "element [1, 1] (byte 152)", "-Infinity is not allowed", () -> reader.read(inf));
        Path f4 = bytes(dir, "f4.npy", npy(1, header("<f4", false, "(2,)"), 8, ByteOrder.LITTLE_ENDIAN,
                b -> b.putFloat(1).putFloat(Float.POSITIVE_INFINITY)));
        refused(f4, "element [1] (byte 132)", "Infinity is not allowed", () -> reader.read(f4));
    }

    @Test
    void refusesInt64ValuesThatADoubleCannotHold() {
        Path big = bytes(dir, "big.npy", npy(1, header("<i8", false, "(1,)"), 8, ByteOrder.LITTLE_ENDIAN,
                b -> b.putLong((1L << 53) + 1)));
        refused(big, "element [0] (byte 128)", "int64 value 9007199254740993 cannot be represented exactly",
                () -> reader.read(big));
    }

    @Test
    void refusesTruncatedAndOverlongData() {
        byte[] full = npy(1, header("<f8", false, "(3,)"), 24, ByteOrder.LITTLE_ENDIAN,
                b -> b.putDouble(1).putDouble(2).putDouble(3));
        Path cut = bytes(dir, "cut.npy", java.util.Arrays.copyOf(full, full.length - 5));
        refused(cut, "byte 147", "the file ends after 19 of the 24 data bytes", () -> reader.read(cut));
        Path extra = bytes(dir, "extra.npy", java.util.Arrays.copyOf(full, full.length + 8));
        refused(extra, "byte 152", "8 unexpected bytes follow the data", () -> reader.read(extra));
    }

    @Test
    void refusesBadMagicVersionAndHeader() {
        Path text = FormatAssertions.text(dir, "text.npy", "1,2,3\n");
        refused(text, "byte 0", "not a NumPy .npy file", () -> reader.read(text));
        byte[] v4 = npy(1, header("<f8", false, "(1,)"), 8, ByteOrder.LITTLE_ENDIAN, b -> b.putDouble(1));
        v4[6] = 4;
        Path p4 = bytes(dir, "v4.npy", v4);
        refused(p4, "byte 6", "unsupported .npy format version 4.0 (supported: 1.0, 2.0, 3.0)", () -> reader.read(p4));
        Path noShape = bytes(dir, "ns.npy", npy(1, "{'descr': '<f8', 'fortran_order': False}", 8,
                ByteOrder.LITTLE_ENDIAN, b -> b.putDouble(1)));
        refused(noShape, "byte 10", "malformed .npy header: the header lacks 'shape'", () -> reader.read(noShape));
        Path syntax = bytes(dir, "syn.npy", npy(1, "{'descr': '<f8' 'fortran_order': False, 'shape': (1,)}", 8,
                ByteOrder.LITTLE_ENDIAN, b -> b.putDouble(1)));
        refused(syntax, "byte 26", "malformed .npy header: expected ',' or '}' in the dict", () -> reader.read(syntax));
        byte[] longHeader = npy(1, header("<f8", false, "(1,)"), 8, ByteOrder.LITTLE_ENDIAN, b -> b.putDouble(1));
        longHeader[8] = (byte) 0xff;
        longHeader[9] = (byte) 0x7f;
        Path lh = bytes(dir, "lh.npy", longHeader);
        refused(lh, "byte 8", "the header length 32767 runs past the end of the file (136 bytes)", () -> reader.read(lh));
    }

    @Test
    void refusesEmptyAndMissingFiles() throws IOException {
        Path empty = bytes(dir, "empty.npy", new byte[0]);
        refused(empty, "", "empty file", () -> reader.read(empty));
        Path missing = dir.resolve("missing.npy");
        refused(missing, "", "no such file", () -> reader.read(missing));
        Path folder = java.nio.file.Files.createDirectory(dir.resolve("folder.npy"));
        refused(folder, "", "is a folder, not a file", () -> reader.read(folder));
    }
}
