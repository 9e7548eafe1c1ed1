package org.banach.plugins.optim.problems.networks;

import java.util.ArrayList;
import java.util.List;

import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;

/**
 * One forward (and optionally backward) pass of an {@link Architecture} over a batch of B rows, as a
 * host loop over Backend calls: per layer one {@code gemm} (Z = H·Wᵀ), one {@code broadcastAdd} (+ b),
 * one {@code map} (the activation) and, with alpha-dropout, its mask arithmetic; backward per layer two
 * {@code gemm} (∂W = ∂Zᵀ·H, ∂H = ∂Z·W), one {@code colSums} (∂b) and the activation's derivative map and
 * {@code hadamard}. Only the B output values and the gradient come back to the host. Close it to free
 * the device matrices.
 */
final class MlpPass implements AutoCloseable {

    private final Backend be;
    private final Architecture arch;
    private final AlphaDropout dropout;
    private final List<DeviceMatrix> owned = new ArrayList<>();
    private final DeviceMatrix[] weights;
    private final DeviceMatrix[] pre;     // Z_l, l = 0..depth
    private final DeviceMatrix[] post;    // H_l = act(Z_l) (after dropout), l = 0..depth−1; post[-1] is the input
    private final DeviceMatrix[] masks;
    private final DeviceMatrix input;
    private final int rows;

    /**
     * Runs the forward pass.
     *
     * @param x the packed parameters
     * @param features the batch's rows, row-major B×inputs
     * @param ids the batch's sample indices (for the dropout masks)
     * @param dropout alpha-dropout to apply after each hidden layer, or null
     */
    MlpPass(Backend be, Architecture arch, double[] x, double[] features, int[] ids, AlphaDropout dropout) {
        this.be = be;
        this.arch = arch;
        this.dropout = dropout;
        this.rows = ids.length;
        int layers = arch.layers();
        this.weights = new DeviceMatrix[layers];
        this.pre = new DeviceMatrix[layers];
        this.post = new DeviceMatrix[layers - 1];
        this.masks = new DeviceMatrix[layers - 1];
        try {
            this.input = own(be.upload(rows, arch.inputs, features));
            DeviceMatrix constant = own(be.allocate(1, arch.width));
            DeviceMatrix h = input;
            for (int l = 0; l < layers; l++) {
                int out = arch.out(l);
                int in = arch.in(l);
                weights[l] = own(be.upload(out, in, slice(x, arch.weightOffset(l), out * in)));
                DeviceMatrix bias = own(be.upload(1, out, slice(x, arch.biasOffset(l), out)));
                DeviceMatrix z = own(be.allocate(rows, out));
                be.gemm(1.0, h, false, weights[l], true, 0.0, z);
                be.broadcastAdd(1.0, z, null, bias, z);
                pre[l] = z;
                if (l < arch.depth) {
                    h = own(be.allocate(rows, out));
                    arch.activation.apply(be, z, h);
                    if (dropout != null) {
                        masks[l] = own(be.upload(rows, out, dropout.mask(ids, l, out)));
                        dropout.forward(be, h, masks[l], constant);
                    }
                    post[l] = h;
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private DeviceMatrix own(DeviceMatrix m) {
        owned.add(m);
        return m;
    }

    private static double[] slice(double[] x, int from, int length) {
        return java.util.Arrays.copyOfRange(x, from, from + length);
    }

    /** The B network outputs. */
    double[] outputs() {
        return be.download(pre[arch.depth]);
    }

    /** The hidden layer's activations H_l (B×width, after dropout when it is on). */
    DeviceMatrix hidden(int layer) {
        return post[layer];
    }

    /**
     * Back-propagates ∂loss/∂output ({@code outputGradient}, length B, already divided by B for a mean)
     * and writes the gradient with respect to the packed parameters into {@code gradient}.
     */
    void backward(double[] outputGradient, double[] gradient) {
        DeviceMatrix ones = own(be.allocate(1, arch.width));
        be.fill(ones, 1.0);
        DeviceMatrix dz = own(be.upload(rows, 1, outputGradient));
        for (int l = arch.depth; l >= 0; l--) {
            int out = arch.out(l);
            int in = arch.in(l);
            DeviceMatrix h = l == 0 ? input : post[l - 1];
            DeviceMatrix gw = own(be.allocate(out, in));
            DeviceMatrix gb = own(be.allocate(1, out));
            be.gemm(1.0, dz, true, h, false, 0.0, gw);
            be.colSums(dz, gb);
            System.arraycopy(be.download(gw), 0, gradient, arch.weightOffset(l), out * in);
            System.arraycopy(be.download(gb), 0, gradient, arch.biasOffset(l), out);
            if (l > 0) {
                DeviceMatrix dh = own(be.allocate(rows, in));
                be.gemm(1.0, dz, false, weights[l], false, 0.0, dh);
                if (dropout != null) {
                    dropout.backward(be, dh, masks[l - 1]);
                }
                DeviceMatrix slope = own(be.allocate(rows, in));
                arch.activation.derivative(be, pre[l - 1], slope, ones);
                be.hadamard(dh, slope, dh);
                dz = dh;
            }
        }
    }

    @Override
    public void close() {
        for (DeviceMatrix m : owned) {
            m.close();
        }
        owned.clear();
    }
}
