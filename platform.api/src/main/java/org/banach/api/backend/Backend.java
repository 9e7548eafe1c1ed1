package org.banach.api.backend;

/**
 * A hardware backend: dense double-precision linear algebra on matrices that live on it. Heavy
 * algorithms are host loops over these calls, so they run on any backend. Shapes are checked:
 * a mismatch throws {@link IllegalArgumentException} naming the operation and the shapes.
 * Matrices are row-major when uploaded or downloaded.
 */
@org.osgi.annotation.versioning.ProviderType
public interface Backend {

    DeviceInfo device();

    /** Shorthand for {@code device().id()}. */
    default String id() {
        return device().id();
    }

    /** A zero-filled rows×cols matrix. */
    DeviceMatrix allocate(int rows, int cols);

    /** A rows×cols matrix holding {@code rowMajor} (length rows·cols). */
    DeviceMatrix upload(int rows, int cols, double[] rowMajor);

    /** The matrix's entries, row-major. */
    double[] download(DeviceMatrix m);

    /** dst := src (same shape). */
    void copy(DeviceMatrix src, DeviceMatrix dst);

    /** Every entry := value. */
    void fill(DeviceMatrix m, double value);

    /** c := alpha·op(a)·op(b) + beta·c, op = transpose when the flag is set. */
    void gemm(double alpha, DeviceMatrix a, boolean transA, DeviceMatrix b, boolean transB, double beta,
            DeviceMatrix c);

    /** y := alpha·op(a)·x + beta·y for column vectors x, y. */
    void gemv(double alpha, DeviceMatrix a, boolean transA, DeviceMatrix x, double beta, DeviceMatrix y);

    /** y := alpha·x + y (any shape, same for both). */
    void axpy(double alpha, DeviceMatrix x, DeviceMatrix y);

    /** Sum of x∘y over all entries. */
    double dot(DeviceMatrix x, DeviceMatrix y);

    /** Euclidean (Frobenius) norm. */
    double nrm2(DeviceMatrix x);

    /** x := alpha·x. */
    void scal(double alpha, DeviceMatrix x);

    /** out := op(x) entry-wise; out may be x. */
    void map(ElementwiseOp op, DeviceMatrix x, DeviceMatrix out);

    /** out := x∘y entry-wise; out may alias x or y. */
    void hadamard(DeviceMatrix x, DeviceMatrix y, DeviceMatrix out);

    /** out := x/y entry-wise; out may alias x or y. */
    void divide(DeviceMatrix x, DeviceMatrix y, DeviceMatrix out);

    /** out (rows×1) := sum of each row of a. */
    void rowSums(DeviceMatrix a, DeviceMatrix out);

    /** out (1×cols) := sum of each column of a. */
    void colSums(DeviceMatrix a, DeviceMatrix out);

    /** out (rows×1) := maximum of each row of a. */
    void rowMax(DeviceMatrix a, DeviceMatrix out);

    /** out (1×cols) := maximum of each column of a. */
    void colMax(DeviceMatrix a, DeviceMatrix out);

    // ---- since 1.1: sparse matrices, broadcasts and stable reductions ------------------------------

    /** A sparse matrix on this backend; only {@link #spmv}, {@link #download} and close accept it. */
    DeviceMatrix uploadSparse(org.banach.api.optim.CsrMatrix a);

    /** y := alpha·A·x + beta·y for a sparse A from {@link #uploadSparse} and column vectors x, y. */
    void spmv(double alpha, DeviceMatrix a, DeviceMatrix x, double beta, DeviceMatrix y);

    /** out_ij := alpha·a_ij + r_i + c_j, r a rows×1 and c a 1×cols vector (either may be null for zero); out may be a. */
    void broadcastAdd(double alpha, DeviceMatrix a, DeviceMatrix r, DeviceMatrix c, DeviceMatrix out);

    /** out_ij := r_i·a_ij·c_j (diag(r)·A·diag(c)), r rows×1 and c 1×cols (either may be null for ones); out may be a. */
    void scaleRowsCols(DeviceMatrix r, DeviceMatrix a, DeviceMatrix c, DeviceMatrix out);

    /** out (rows×1) := log Σ_j exp(a_ij), computed stably (max-shifted). */
    void rowLogSumExp(DeviceMatrix a, DeviceMatrix out);

    /** out (1×cols) := log Σ_i exp(a_ij), computed stably (max-shifted). */
    void colLogSumExp(DeviceMatrix a, DeviceMatrix out);

    /** Sum of all entries. */
    double sum(DeviceMatrix x);

    /** Largest absolute entry (0 for an empty matrix, NaN if any entry is NaN). */
    double maxAbs(DeviceMatrix x);

    // ---- since 1.2: fused Sinkhorn scaling ----------------------------------------------------------

    /**
     * One Sinkhorn scaling sweep over a kernel K (rows×cols): for every row i, u_i := a_i / (K·v)_i, then
     * kTu := Kᵀ·u with that new u. a and u are rows×1, v and kTu are cols×1; u must not be v, a or kTu, and
     * kTu must not be v. Division follows IEEE arithmetic (a zero (K·v)_i gives ±∞ or NaN in u_i; the caller
     * checks). The caller completes the iteration with v := b / kTu. A backend should make this one pass over
     * K (rows first, accumulating Kᵀu as it goes); this default makes two ({@link #gemv} twice and a
     * {@link #divide}), so a backend without a fused kernel runs the same solvers unchanged.
     */
    default void sinkhornSweep(DeviceMatrix k, DeviceMatrix a, DeviceMatrix v, DeviceMatrix u, DeviceMatrix kTu) {
        gemv(1.0, k, false, v, 0.0, u);
        divide(a, u, u);
        gemv(1.0, k, true, u, 0.0, kTu);
    }
}
