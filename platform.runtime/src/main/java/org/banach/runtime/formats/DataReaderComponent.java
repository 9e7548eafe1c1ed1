package org.banach.runtime.formats;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.banach.api.data.DataFormatException;
import org.banach.api.data.DataReader;
import org.banach.api.data.DenseMatrix;
import org.banach.api.data.LabelledData;
import org.banach.api.optim.CsrMatrix;
import org.osgi.service.component.annotations.Component;

/**
 * The runtime's {@link DataReader}: picks the reader by the file extension (case-insensitive) —
 * {@code .npy} ({@link NpyReader}), {@code .csv} ({@link CsvReader}), {@code .mtx}
 * ({@link MatrixMarketReader}), {@code .libsvm}/{@code .svm}/{@code .txt} ({@link LibsvmReader}) —
 * and converts between the form the file holds and the form asked for: dense formats convert to
 * CSR (exact zeros left out), Matrix Market coordinate files densify up to
 * {@value Conversions#DENSIFY_LIMIT} entries, and vectors are one-row or one-column matrices. Stateless.
 */
@Component(service = DataReader.class)
public final class DataReaderComponent implements DataReader {

    private enum Format { NPY, CSV, MTX, LIBSVM }

    private final NpyReader npy = new NpyReader();
    private final CsvReader csv = new CsvReader();
    private final MatrixMarketReader mtx = new MatrixMarketReader();
    private final LibsvmReader libsvm = new LibsvmReader();

    @Override
    public DenseMatrix readDense(Path file) {
        switch (format(file)) {
            case NPY:
                return npy.read(file);
            case CSV:
                return csv.read(file);
            case MTX:
                return mtx.readDense(file);
            default:
                throw labelledOnly(file);
        }
    }

    @Override
    public CsrMatrix readSparse(Path file) {
        switch (format(file)) {
            case NPY:
                return Conversions.toCsr(npy.read(file));
            case CSV:
                return Conversions.toCsr(csv.read(file));
            case MTX:
                return mtx.readSparse(file);
            default:
                throw labelledOnly(file);
        }
    }

    @Override
    public double[] readVector(Path file) {
        switch (format(file)) {
            case NPY:
                return Conversions.vector(file, npy.read(file));
            case CSV:
                return Conversions.vector(file, csv.read(file));
            case MTX:
                return mtx.readVector(file);
            default:
                throw labelledOnly(file);
        }
    }

    @Override
    public LabelledData readLabelled(Path file) {
        switch (format(file)) {
            case CSV:
                return csv.readLabelled(file);
            case LIBSVM:
                return libsvm.read(file);
            default:
                SourceFile.check(file);
                throw new DataFormatException(file, "", "a " + extension(file) + " file holds a single array, not a "
                        + "labelled data set (use a LIBSVM file, or a .csv whose last column is the label)");
        }
    }

    private static Format format(Path file) {
        Objects.requireNonNull(file, "file");
        switch (extension(file)) {
            case ".npy":
                return Format.NPY;
            case ".csv":
                return Format.CSV;
            case ".mtx":
                return Format.MTX;
            case ".libsvm":
            case ".svm":
            case ".txt":
                return Format.LIBSVM;
            default:
                SourceFile.check(file); // a missing file is reported as such, whatever its name
                String ext = extension(file);
                throw new DataFormatException(file, "", (ext.isEmpty() ? "no file extension" : "unknown extension '"
                        + ext + "'") + "; the format is chosen by the extension: .npy, .csv, .mtx, .libsvm, .svm or .txt");
        }
    }

    /** The lower-case extension with its dot, e.g. ".npy"; empty when there is none. */
    private static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static DataFormatException labelledOnly(Path file) {
        SourceFile.check(file);
        return new DataFormatException(file, "", "a LIBSVM file holds a labelled data set, not a single matrix or "
                + "vector; read it with readLabelled");
    }
}
