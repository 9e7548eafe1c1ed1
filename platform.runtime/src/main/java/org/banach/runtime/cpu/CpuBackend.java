package org.banach.runtime.cpu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceInfo;
import org.banach.api.backend.DeviceMatrix;
import org.banach.api.backend.ElementwiseOp;
import org.banach.api.optim.CsrMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.osgi.service.component.annotations.Component;

/**
 * The CPU backend: matrices are EJML {@link DMatrixRMaj} (row-major, like the API's upload and
 * download) in the Java heap. Always available; ranks below device backends.
 *
 * <p>Conventions beyond the {@link Backend} contract:
 * <ul>
 * <li>Shapes are strict: element-wise operations, {@code copy}, {@code axpy} and {@code dot}
 * need equal shapes (n×1 and 1×n differ); {@code rowSums}/{@code rowMax} write exactly rows×1 and
 * {@code colSums}/{@code colMax} exactly 1×cols. The one exception is {@code gemv}: x and y may be
 * n×1 or 1×n, only their lengths must match op(a).</li>
 * <li>Empty matrices (0 rows or 0 columns) are allowed. Sums over nothing are 0, maxima over nothing
 * -∞, products with inner dimension 0 give {@code beta·c}.</li>
 * <li>BLAS conventions: in gemm/gemv {@code beta == 0} overwrites the output without reading it and
 * {@code alpha == 0} does not form the product; {@code axpy} with {@code alpha == 0} leaves y
 * untouched. {@code scal} always multiplies (so NaN stays NaN even for alpha 0).</li>
 * <li>Any output may be the same object as any input.</li>
 * <li>rowMax/colMax use {@link Math#max}: a NaN in a row or column gives NaN.</li>
 * <li>Since 1.1: {@code uploadSparse} gives a {@link CpuSparseMatrix} (CSR), which only spmv and
 * download accept; dense operations reject it naming themselves. spmv follows gemv (BLAS beta/alpha
 * conventions, x and y of either orientation, x may be y). Broadcasts need r exactly rows×1 and c
 * exactly 1×cols (either null to leave it out) and make one pass with no temporary; broadcastAdd
 * with alpha == 0 does not read a. Log-sum-exps are max-shifted ({@link StableReductions}); sum is
 * compensated. These kernels run in parallel above fixed sizes, with results independent of the
 * thread count.</li>
 * <li>Since 1.2: {@code sinkhornSweep} is fused (one pass over K, {@link SinkhornKernels}), parallel over
 * fixed row blocks with per-block column sums added in block order.</li>
 * <li>Errors ({@link IllegalArgumentException}) name the operation, the argument and the shapes;
 * closed matrices, null and matrices of other backends are rejected the same way.</li>
 * </ul>
 * Thread-safe as a service (no shared scratch state); a matrix must not be written by two threads
 * at once. gemm of at least {@value Products#CONCURRENT_MIN_FLOPS} multiply-adds runs on EJML's
 * concurrent kernel; transposed operands of large products are copied transposed first, because
 * EJML's transposed kernels are 2–4× slower there (see {@link Products}).
 */
@Component(service = Backend.class, property = {"banach.backend.id=cpu", "service.ranking:Integer=0"})
public final class CpuBackend implements Backend {

    /** "map(EXP)" and so on, built once: no string building on the hot path. */
    private static final String[] MAP_NAMES = Arrays.stream(ElementwiseOp.values())
            .map(op -> "map(" + op + ")").toArray(String[]::new);

    private final DeviceInfo device;

    public CpuBackend() {
        int cores = Runtime.getRuntime().availableProcessors();
        String name = cpuModel() + " × " + cores + (cores == 1 ? " core" : " cores");
        this.device = new DeviceInfo(CpuMatrix.BACKEND_ID, "cpu", name, Runtime.getRuntime().maxMemory(),
                Double.NaN, Double.NaN);
    }

    /** The "model name" of /proc/cpuinfo, else the {@code os.arch} system property. */
    static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(cpuinfo)) {
                List<String> lines = Files.readAllLines(cpuinfo, StandardCharsets.UTF_8);
                for (String line : lines) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && line.substring(0, colon).trim().equals("model name")) {
                        String model = line.substring(colon + 1).trim().replaceAll("\\s+", " ");
                        if (!model.isEmpty()) {
                            return model;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or not readable: fall back below.
        }
        return System.getProperty("os.arch", "unknown");
    }

    @Override
    public DeviceInfo device() {
        return device;
    }

    @Override
    public String id() {
        return CpuMatrix.BACKEND_ID;
    }

    @Override
    public DeviceMatrix allocate(int rows, int cols) {
        Shapes.entries("allocate", rows, cols);
        return new CpuMatrix(new DMatrixRMaj(rows, cols));
    }

    @Override
    public DeviceMatrix upload(int rows, int cols, double[] rowMajor) {
        int n = Shapes.entries("upload", rows, cols);
        if (rowMajor == null) {
            throw new IllegalArgumentException("upload: the data array is null");
        }
        if (rowMajor.length != n) {
            throw new IllegalArgumentException("upload: " + rows + "x" + cols + " needs " + n
                    + " values but the array has " + rowMajor.length);
        }
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        System.arraycopy(rowMajor, 0, m.data, 0, n);
        return new CpuMatrix(m);
    }

    @Override
    public double[] download(DeviceMatrix m) {
        if (m instanceof CpuSparseMatrix) {
            return CpuSparseMatrix.of("download", "m", m).dense();
        }
        DMatrixRMaj d = CpuMatrix.storage("download", "m", m);
        return Arrays.copyOf(d.data, d.getNumElements());
    }

    @Override
    public void copy(DeviceMatrix src, DeviceMatrix dst) {
        DMatrixRMaj s = CpuMatrix.storage("copy", "src", src);
        DMatrixRMaj d = CpuMatrix.storage("copy", "dst", dst);
        Shapes.same("copy", "src", s, "dst", d);
        if (s != d) {
            System.arraycopy(s.data, 0, d.data, 0, s.getNumElements());
        }
    }

    @Override
    public void fill(DeviceMatrix m, double value) {
        DMatrixRMaj d = CpuMatrix.storage("fill", "m", m);
        Arrays.fill(d.data, 0, d.getNumElements(), value);
    }

    @Override
    public void gemm(double alpha, DeviceMatrix a, boolean transA, DeviceMatrix b, boolean transB, double beta,
            DeviceMatrix c) {
        Products.gemm(alpha, CpuMatrix.storage("gemm", "a", a), transA, CpuMatrix.storage("gemm", "b", b), transB,
                beta, CpuMatrix.storage("gemm", "c", c));
    }

    /**
     * y := alpha·op(a)·x + beta·y. Unlike the other operations, x and y may each be n×1 or 1×n:
     * only their lengths must match op(a).
     */
    @Override
    public void gemv(double alpha, DeviceMatrix a, boolean transA, DeviceMatrix x, double beta, DeviceMatrix y) {
        Products.gemv(alpha, CpuMatrix.storage("gemv", "a", a), transA, CpuMatrix.storage("gemv", "x", x), beta,
                CpuMatrix.storage("gemv", "y", y));
    }

    @Override
    public void axpy(double alpha, DeviceMatrix x, DeviceMatrix y) {
        DMatrixRMaj xd = CpuMatrix.storage("axpy", "x", x);
        DMatrixRMaj yd = CpuMatrix.storage("axpy", "y", y);
        Shapes.same("axpy", "x", xd, "y", yd);
        if (alpha != 0.0) {
            Kernels.axpy(alpha, xd.data, yd.data, xd.getNumElements());
        }
    }

    @Override
    public double dot(DeviceMatrix x, DeviceMatrix y) {
        DMatrixRMaj xd = CpuMatrix.storage("dot", "x", x);
        DMatrixRMaj yd = CpuMatrix.storage("dot", "y", y);
        Shapes.same("dot", "x", xd, "y", yd);
        return Kernels.dot(xd.data, 0, yd.data, 0, xd.getNumElements());
    }

    @Override
    public double nrm2(DeviceMatrix x) {
        DMatrixRMaj xd = CpuMatrix.storage("nrm2", "x", x);
        return Kernels.nrm2(xd.data, xd.getNumElements());
    }

    @Override
    public void scal(double alpha, DeviceMatrix x) {
        DMatrixRMaj xd = CpuMatrix.storage("scal", "x", x);
        if (alpha != 1.0) {
            CommonOps_DDRM.scale(alpha, xd);
        }
    }

    @Override
    public void map(ElementwiseOp op, DeviceMatrix x, DeviceMatrix out) {
        if (op == null) {
            throw new IllegalArgumentException("map: op is null");
        }
        String name = MAP_NAMES[op.ordinal()];
        DMatrixRMaj xd = CpuMatrix.storage(name, "x", x);
        DMatrixRMaj od = CpuMatrix.storage(name, "out", out);
        Shapes.same(name, "x", xd, "out", od);
        Kernels.map(op, xd.data, od.data, xd.getNumElements());
    }

    @Override
    public void hadamard(DeviceMatrix x, DeviceMatrix y, DeviceMatrix out) {
        DMatrixRMaj xd = CpuMatrix.storage("hadamard", "x", x);
        DMatrixRMaj yd = CpuMatrix.storage("hadamard", "y", y);
        DMatrixRMaj od = CpuMatrix.storage("hadamard", "out", out);
        Shapes.same("hadamard", "x", xd, "y", yd);
        Shapes.same("hadamard", "x", xd, "out", od);
        Kernels.hadamard(xd.data, yd.data, od.data, xd.getNumElements());
    }

    @Override
    public void divide(DeviceMatrix x, DeviceMatrix y, DeviceMatrix out) {
        DMatrixRMaj xd = CpuMatrix.storage("divide", "x", x);
        DMatrixRMaj yd = CpuMatrix.storage("divide", "y", y);
        DMatrixRMaj od = CpuMatrix.storage("divide", "out", out);
        Shapes.same("divide", "x", xd, "y", yd);
        Shapes.same("divide", "x", xd, "out", od);
        Kernels.divide(xd.data, yd.data, od.data, xd.getNumElements());
    }

    @Override
    public void rowSums(DeviceMatrix a, DeviceMatrix out) {
        DMatrixRMaj ad = CpuMatrix.storage("rowSums", "a", a);
        DMatrixRMaj od = CpuMatrix.storage("rowSums", "out", out);
        Shapes.reduction("rowSums", ad, od, ad.numRows, 1, "out is rows x 1");
        Kernels.rowSums(ad.data, ad.numRows, ad.numCols, od.data);
    }

    @Override
    public void colSums(DeviceMatrix a, DeviceMatrix out) {
        DMatrixRMaj ad = CpuMatrix.storage("colSums", "a", a);
        DMatrixRMaj od = CpuMatrix.storage("colSums", "out", out);
        Shapes.reduction("colSums", ad, od, 1, ad.numCols, "out is 1 x cols");
        Kernels.colSums(ad.data, ad.numRows, ad.numCols, od.data);
    }

    @Override
    public void rowMax(DeviceMatrix a, DeviceMatrix out) {
        DMatrixRMaj ad = CpuMatrix.storage("rowMax", "a", a);
        DMatrixRMaj od = CpuMatrix.storage("rowMax", "out", out);
        Shapes.reduction("rowMax", ad, od, ad.numRows, 1, "out is rows x 1");
        Kernels.rowMax(ad.data, ad.numRows, ad.numCols, od.data);
    }

    @Override
    public void colMax(DeviceMatrix a, DeviceMatrix out) {
        DMatrixRMaj ad = CpuMatrix.storage("colMax", "a", a);
        DMatrixRMaj od = CpuMatrix.storage("colMax", "out", out);
        Shapes.reduction("colMax", ad, od, 1, ad.numCols, "out is 1 x cols");
        Kernels.colMax(ad.data, ad.numRows, ad.numCols, od.data);
    }

    // ---- since 1.1 ----------------------------------------------------------------------------

    /** A {@link CpuSparseMatrix} holding copies of a's CSR arrays. */
    @Override
    public DeviceMatrix uploadSparse(CsrMatrix a) {
        if (a == null) {
            throw new IllegalArgumentException("uploadSparse: a is null");
        }
        return new CpuSparseMatrix(a.rows(), a.cols(), a.rowStart(), a.columns(), a.values());
    }

    /** See {@link SparseKernels#spmv}: like gemv, x and y may each be n×1 or 1×n; x may be y. */
    @Override
    public void spmv(double alpha, DeviceMatrix a, DeviceMatrix x, double beta, DeviceMatrix y) {
        SparseKernels.spmv(alpha, CpuSparseMatrix.of("spmv", "a", a), CpuMatrix.storage("spmv", "x", x), beta,
                CpuMatrix.storage("spmv", "y", y));
    }

    /** r exactly rows×1, c exactly 1×cols (or null); alpha == 0 does not read a. */
    @Override
    public void broadcastAdd(double alpha, DeviceMatrix a, DeviceMatrix r, DeviceMatrix c, DeviceMatrix out) {
        DMatrixRMaj ad = CpuMatrix.storage("broadcastAdd", "a", a);
        double[] rd = rowFactor("broadcastAdd", r, ad);
        double[] cd = colFactor("broadcastAdd", c, ad);
        DMatrixRMaj od = CpuMatrix.storage("broadcastAdd", "out", out);
        Shapes.same("broadcastAdd", "a", ad, "out", od);
        BroadcastKernels.broadcastAdd(alpha, ad.data, rd, cd, od.data, ad.numRows, ad.numCols);
    }

    /** r exactly rows×1, c exactly 1×cols (or null); out_ij = (r_i·a_ij)·c_j. */
    @Override
    public void scaleRowsCols(DeviceMatrix r, DeviceMatrix a, DeviceMatrix c, DeviceMatrix out) {
        DMatrixRMaj ad = CpuMatrix.storage("scaleRowsCols", "a", a);
        double[] rd = rowFactor("scaleRowsCols", r, ad);
        double[] cd = colFactor("scaleRowsCols", c, ad);
        DMatrixRMaj od = CpuMatrix.storage("scaleRowsCols", "out", out);
        Shapes.same("scaleRowsCols", "a", ad, "out", od);
        BroadcastKernels.scaleRowsCols(rd, ad.data, cd, od.data, ad.numRows, ad.numCols);
    }

    @Override
    public void rowLogSumExp(DeviceMatrix a, DeviceMatrix out) {
        DMatrixRMaj ad = CpuMatrix.storage("rowLogSumExp", "a", a);
        DMatrixRMaj od = CpuMatrix.storage("rowLogSumExp", "out", out);
        Shapes.reduction("rowLogSumExp", ad, od, ad.numRows, 1, "out is rows x 1");
        StableReductions.rowLogSumExp(ad.data, ad.numRows, ad.numCols, od.data);
    }

    @Override
    public void colLogSumExp(DeviceMatrix a, DeviceMatrix out) {
        DMatrixRMaj ad = CpuMatrix.storage("colLogSumExp", "a", a);
        DMatrixRMaj od = CpuMatrix.storage("colLogSumExp", "out", out);
        Shapes.reduction("colLogSumExp", ad, od, 1, ad.numCols, "out is 1 x cols");
        StableReductions.colLogSumExp(ad.data, ad.numRows, ad.numCols, od.data);
    }

    /** Compensated (see {@link StableReductions#sum}); 0 for an empty matrix. */
    @Override
    public double sum(DeviceMatrix x) {
        DMatrixRMaj xd = CpuMatrix.storage("sum", "x", x);
        return StableReductions.sum(xd.data, xd.getNumElements());
    }

    @Override
    public double maxAbs(DeviceMatrix x) {
        DMatrixRMaj xd = CpuMatrix.storage("maxAbs", "x", x);
        return StableReductions.maxAbs(xd.data, xd.getNumElements());
    }

    // ---- since 1.2 ----------------------------------------------------------------------------

    /**
     * The fused sweep of {@link SinkhornKernels}: one pass over k. a and u exactly rows×1, v and kTu exactly
     * cols×1; u must not be v, a or kTu, and kTu must not be v.
     */
    @Override
    public void sinkhornSweep(DeviceMatrix k, DeviceMatrix a, DeviceMatrix v, DeviceMatrix u, DeviceMatrix kTu) {
        String op = "sinkhornSweep";
        DMatrixRMaj kd = CpuMatrix.storage(op, "k", k);
        DMatrixRMaj ad = CpuMatrix.storage(op, "a", a);
        DMatrixRMaj vd = CpuMatrix.storage(op, "v", v);
        DMatrixRMaj ud = CpuMatrix.storage(op, "u", u);
        DMatrixRMaj td = CpuMatrix.storage(op, "kTu", kTu);
        Shapes.operand(op, "a", ad, kd, kd.numRows, 1, "a is rows x 1");
        Shapes.operand(op, "u", ud, kd, kd.numRows, 1, "u is rows x 1");
        Shapes.operand(op, "v", vd, kd, kd.numCols, 1, "v is cols x 1");
        Shapes.operand(op, "kTu", td, kd, kd.numCols, 1, "kTu is cols x 1");
        if (ud == vd || ud == ad || ud == td || td == vd) {
            throw new IllegalArgumentException(op + ": u must not be v, a or kTu, and kTu must not be v "
                    + "(the sweep reads v and a while it writes u and kTu)");
        }
        SinkhornKernels.sweep(kd.data, kd.numRows, kd.numCols, ad.data, vd.data, ud.data, td.data);
    }

    /** The data of a broadcast's r (null for none), which must be exactly a.rows×1. */
    private static double[] rowFactor(String op, DeviceMatrix r, DMatrixRMaj a) {
        if (r == null) {
            return null;
        }
        DMatrixRMaj rd = CpuMatrix.storage(op, "r", r);
        Shapes.operand(op, "r", rd, a, a.numRows, 1, "r is rows x 1");
        return rd.data;
    }

    /** The data of a broadcast's c (null for none), which must be exactly 1×a.cols. */
    private static double[] colFactor(String op, DeviceMatrix c, DMatrixRMaj a) {
        if (c == null) {
            return null;
        }
        DMatrixRMaj cd = CpuMatrix.storage(op, "c", c);
        Shapes.operand(op, "c", cd, a, 1, a.numCols, "c is 1 x cols");
        return cd.data;
    }

    @Override
    public String toString() {
        return "CpuBackend[" + device + "]";
    }
}
