package org.banach.api.data;

import java.nio.file.Path;

import org.banach.api.optim.CsrMatrix;

/**
 * Reads arrays from the files labs already have. The format is chosen by the file extension:
 * {@code .npy} (NumPy, float64/float32/int, C or Fortran order), {@code .csv} (numbers, optional
 * header line), {@code .mtx} (Matrix Market coordinate or array, real/integer/pattern,
 * general/symmetric), {@code .libsvm}/{@code .svm}/{@code .txt} (LIBSVM/SVMlight "label idx:val ...").
 * Every method refuses NaN/Inf entries, ragged rows and malformed text with a {@link DataFormatException}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface DataReader {

    /** A dense matrix (.npy 2-D or 1-D as n×1, .csv, .mtx array or coordinate). */
    DenseMatrix readDense(Path file);

    /** A sparse matrix (.mtx coordinate, or any dense format converted). */
    CsrMatrix readSparse(Path file);

    /** A vector (.npy 1-D or n×1/1×n, .csv one column or one row, .mtx n×1). */
    double[] readVector(Path file);

    /** A labelled data set (LIBSVM/SVMlight; or .csv whose last column is the label). */
    LabelledData readLabelled(Path file);
}
