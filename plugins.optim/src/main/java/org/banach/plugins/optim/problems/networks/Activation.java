package org.banach.plugins.optim.problems.networks;

import java.util.Locale;

import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;
import org.banach.api.backend.ElementwiseOp;

/** A hidden layer's activation and its derivative, both as Backend maps of the pre-activation z. */
enum Activation {
    /** selu(z), derivative {@link ElementwiseOp#SELU_DERIVATIVE}. */
    SELU,
    /** max(z, 0), derivative sign(relu(z)) ∈ {0, 1}. */
    RELU,
    /** tanh(z), derivative 1 − tanh²(z). */
    TANH;

    /** The parameter value naming it. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Activation of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** h := act(z). */
    void apply(Backend be, DeviceMatrix z, DeviceMatrix h) {
        be.map(this == SELU ? ElementwiseOp.SELU : this == RELU ? ElementwiseOp.RELU : ElementwiseOp.TANH, z, h);
    }

    /** out := act′(z); {@code ones} is a 1×cols row of ones (for 1 − tanh²). */
    void derivative(Backend be, DeviceMatrix z, DeviceMatrix out, DeviceMatrix ones) {
        switch (this) {
            case SELU:
                be.map(ElementwiseOp.SELU_DERIVATIVE, z, out);
                break;
            case RELU:
                be.map(ElementwiseOp.RELU, z, out);
                be.map(ElementwiseOp.SIGN, out, out);
                break;
            default:
                be.map(ElementwiseOp.TANH, z, out);
                be.map(ElementwiseOp.SQUARE, out, out);
                be.broadcastAdd(-1.0, out, null, ones, out);
                break;
        }
    }
}
