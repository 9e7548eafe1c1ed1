package org.banach.runtime.formats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.banach.api.data.DataFormatException;
import org.banach.api.data.DenseMatrix;

/**
 * Reads NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0): the magic string, the version,
 * the header length (2 bytes little-endian in 1.0, 4 bytes in 2.0/3.0), the header dict
 * ({@code 'descr'}, {@code 'fortran_order'}, {@code 'shape'}; Latin-1 text, UTF-8 in 3.0) and the
 * raw data. Supported dtypes: float64, float32, int64 and int32 in either byte order; C or Fortran
 * order; 1-D arrays (read as n×1) and 2-D arrays. Everything else is refused with the reason.
 * int64 values must be exactly representable as doubles (|v| ≤ 2^53) and all values finite.
 */
public final class NpyReader {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int CHUNK = 1 << 16;
    private static final String SUPPORTED = "supported: float64, float32, int64, int32 ('<f8', '<f4', '<i8', '<i4', "
            + "or big-endian '>f8', '>f4', '>i8', '>i4')";

    /** The supported element types. */
    private enum Dtype {
        F8(8), F4(4), I8(8), I4(4);

        final int size;

        Dtype(int size) {
            this.size = size;
        }
    }

    /** Reads a 1-D (as n×1) or 2-D array. */
    public DenseMatrix read(Path file) {
        long fileSize = SourceFile.check(file);
        try (FileChannel ch = SourceFile.openChannel(file)) {
            return read(file, ch, fileSize);
        } catch (IOException e) {
            throw SourceFile.failure(file, "", e);
        }
    }

    private DenseMatrix read(Path file, FileChannel ch, long fileSize) throws IOException {
        ByteBuffer prefix = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        readFully(ch, prefix);
        prefix.flip();
        for (int i = 0; i < MAGIC.length; i++) {
            if (prefix.remaining() <= i || prefix.get(i) != MAGIC[i]) {
                throw new DataFormatException(file, "byte 0",
                        "not a NumPy .npy file (it does not start with the magic string \\x93NUMPY)");
            }
        }
        if (prefix.remaining() < 10) {
            throw new DataFormatException(file, "byte " + prefix.remaining(), "the file ends inside the .npy preamble");
        }
        int major = prefix.get(6) & 0xff;
        int minor = prefix.get(7) & 0xff;
        if (major < 1 || major > 3 || minor != 0) {
            throw new DataFormatException(file, "byte 6",
                    "unsupported .npy format version " + major + "." + minor + " (supported: 1.0, 2.0, 3.0)");
        }
        long headerLength;
        int headerStart;
        if (major == 1) {
            headerLength = prefix.getShort(8) & 0xffff;
            headerStart = 10;
        } else {
            if (prefix.remaining() < 12) {
                throw new DataFormatException(file, "byte " + prefix.remaining(), "the file ends inside the .npy preamble");
            }
            headerLength = prefix.getInt(8) & 0xffffffffL;
            headerStart = 12;
        }
        if (headerStart + headerLength > fileSize) {
            throw new DataFormatException(file, "byte " + (headerStart - (major == 1 ? 2 : 4)), "the header length "
                    + headerLength + " runs past the end of the file (" + fileSize + " bytes)");
        }
        if (headerLength > 1 << 20) {
            throw new DataFormatException(file, "byte " + (headerStart - (major == 1 ? 2 : 4)),
                    "implausible header length " + headerLength + " (more than 1 MiB)");
        }
        ByteBuffer headerBytes = ByteBuffer.allocate((int) headerLength);
        ch.position(headerStart);
        readFully(ch, headerBytes);
        String text = new String(headerBytes.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader header;
        try {
            header = NpyHeader.parse(text);
        } catch (NpyHeader.Malformed e) {
            throw new DataFormatException(file, "byte " + (headerStart + e.offset), "malformed .npy header: "
                    + e.getMessage() + " in " + TextNumbers.abbreviate(text.strip()));
        }
        String headerPosition = "header (byte " + headerStart + ")";
        Dtype dtype = dtype(file, headerPosition, header.descr);
        ByteOrder order = header.descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        long[] shape = header.shape;
        if (shape.length == 0) {
            throw new DataFormatException(file, headerPosition,
                    "a 0-d array (a scalar) is not supported; only 1-D and 2-D arrays are");
        }
        if (shape.length > 2) {
            throw new DataFormatException(file, headerPosition, "a " + shape.length + "-D array of shape "
                    + NpyHeader.shapeText(shape) + " is not supported; only 1-D and 2-D arrays are");
        }
        long rows = shape[0];
        long cols = shape.length == 2 ? shape[1] : 1;
        if (rows == 0 || cols == 0) {
            throw new DataFormatException(file, headerPosition,
                    "the array has no entries (shape " + NpyHeader.shapeText(shape) + ")");
        }
        if (rows > DoubleList.MAX_SIZE || cols > DoubleList.MAX_SIZE || rows * cols > DoubleList.MAX_SIZE) {
            throw new DataFormatException(file, headerPosition, "an array of shape " + NpyHeader.shapeText(shape)
                    + " has more entries than a Java array can hold (" + DoubleList.MAX_SIZE + ")");
        }
        long dataStart = headerStart + headerLength;
        long expected = rows * cols * dtype.size;
        if (fileSize - dataStart < expected) {
            throw new DataFormatException(file, "byte " + fileSize, "the file ends after " + (fileSize - dataStart)
                    + " of the " + expected + " data bytes of a " + header.descr + " array of shape "
                    + NpyHeader.shapeText(shape) + " (truncated?)");
        }
        if (fileSize - dataStart > expected) {
            throw new DataFormatException(file, "byte " + (dataStart + expected), (fileSize - dataStart - expected)
                    + " unexpected bytes follow the data of the array of shape " + NpyHeader.shapeText(shape));
        }
        double[] values = readData(file, ch, dataStart, dtype, order, (int) rows, (int) cols, header.fortranOrder,
                shape.length);
        return new DenseMatrix((int) rows, (int) cols, values);
    }

    private static double[] readData(Path file, FileChannel ch, long dataStart, Dtype dtype, ByteOrder order,
            int rows, int cols, boolean fortran, int dims) throws IOException {
        int count = rows * cols;
        double[] values = new double[count];
        ByteBuffer buf = ByteBuffer.allocate(CHUNK).order(order);
        ch.position(dataStart);
        int f = 0; // index in file order
        while (f < count) {
            buf.clear();
            buf.limit((int) Math.min(CHUNK, (long) (count - f) * dtype.size));
            readFully(ch, buf);
            buf.flip();
            while (buf.remaining() >= dtype.size) {
                double v;
                switch (dtype) {
                    case F8:
                        v = buf.getDouble();
                        break;
                    case F4:
                        v = buf.getFloat();
                        break;
                    case I4:
                        v = buf.getInt();
                        break;
                    default:
                        long l = buf.getLong();
                        if (l > 1L << 53 || l < -(1L << 53)) {
                            throw new DataFormatException(file, position(f, rows, cols, fortran, dims, dataStart, dtype),
                                    "int64 value " + l + " cannot be represented exactly as a double (|v| > 2^53)");
                        }
                        v = l;
                }
                if (!Double.isFinite(v)) {
                    throw new DataFormatException(file, position(f, rows, cols, fortran, dims, dataStart, dtype),
                            (Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity")
                                    + " is not allowed; entries must be finite");
                }
                values[fortran ? (f % rows) * cols + f / rows : f] = v;
                f++;
            }
        }
        return values;
    }

    /** E.g. "element [1, 2] (byte 176)"; {@code f} is the index in file order. */
    private static String position(int f, int rows, int cols, boolean fortran, int dims, long dataStart, Dtype dtype) {
        int i = fortran ? f % rows : f / cols;
        int j = fortran ? f / rows : f % cols;
        String index = dims == 1 ? "[" + i + "]" : "[" + i + ", " + j + "]";
        return "element " + index + " (byte " + (dataStart + (long) f * dtype.size) + ")";
    }

    private static Dtype dtype(Path file, String position, String descr) {
        if (descr == null) {
            throw new DataFormatException(file, position,
                    "a structured dtype (record fields) is not supported; " + SUPPORTED);
        }
        if (descr.length() >= 3 && (descr.charAt(0) == '<' || descr.charAt(0) == '>')) {
            switch (descr.substring(1)) {
                case "f8":
                    return Dtype.F8;
                case "f4":
                    return Dtype.F4;
                case "i8":
                    return Dtype.I8;
                case "i4":
                    return Dtype.I4;
                default:
                    break;
            }
        }
        throw new DataFormatException(file, position,
                "dtype '" + descr + "'" + describe(descr) + " is not supported; " + SUPPORTED);
    }

    /** What a refused dtype is, in words: " (Python objects)". */
    private static String describe(String descr) {
        String body = descr.isEmpty() || "<>|=".indexOf(descr.charAt(0)) < 0 ? descr : descr.substring(1);
        if (body.isEmpty()) {
            return "";
        }
        String size = body.substring(1);
        switch (body.charAt(0)) {
            case 'O':
                return " (Python objects)";
            case 'c':
                return " (complex numbers)";
            case 'U':
                return " (Unicode strings)";
            case 'S':
            case 'a':
                return " (byte strings)";
            case 'b':
                return " (booleans)";
            case 'M':
                return " (datetimes)";
            case 'm':
                return " (time deltas)";
            case 'V':
                return " (raw bytes)";
            case 'u':
                return size.matches("\\d{1,3}") ? " (uint" + Integer.parseInt(size) * 8 + ")" : " (unsigned integers)";
            case 'i':
                return size.matches("\\d{1,3}") ? " (int" + Integer.parseInt(size) * 8 + ")" : "";
            case 'f':
                return size.matches("\\d{1,3}") ? " (float" + Integer.parseInt(size) * 8 + ")" : "";
            default:
                return "";
        }
    }

    /** Fills {@code buf} up to its limit, or to the end of the file. */
    private static void readFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            if (ch.read(buf) < 0) {
                return;
            }
        }
    }
}
