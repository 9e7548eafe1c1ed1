package org.banach.api.backend;

/**
 * Element-wise maps a backend applies in place or into another matrix. Since 1.2:
 * {@link #SELU_DERIVATIVE}, the derivative of SELU at the pre-activation, for back-propagation.
 */
public enum ElementwiseOp {
    EXP, LOG, RELU, TANH, SELU, SIGMOID, ABS, SIGN, SQUARE, SQRT, RECIPROCAL, NEGATE,
    /** d selu/dx: λ for x &gt; 0, λα·eˣ for x ≤ 0 (the left derivative at 0). Since 1.2. */
    SELU_DERIVATIVE;

    /** SELU constants (Klambauer et al. 2017). */
    public static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    public static final double SELU_LAMBDA = 1.0507009873554804934193349852946;

    /** The scalar definition every backend must match. */
    public double apply(double x) {
        switch (this) {
            case EXP:
                return Math.exp(x);
            case LOG:
                return Math.log(x);
            case RELU:
                return x > 0 ? x : 0.0;
            case TANH:
                return Math.tanh(x);
            case SELU:
                return SELU_LAMBDA * (x > 0 ? x : SELU_ALPHA * Math.expm1(x));
            case SIGMOID:
                return 1.0 / (1.0 + Math.exp(-x));
            case ABS:
                return Math.abs(x);
            case SIGN:
                return Math.signum(x);
            case SQUARE:
                return x * x;
            case SQRT:
                return Math.sqrt(x);
            case RECIPROCAL:
                return 1.0 / x;
            case NEGATE:
                return -x;
            case SELU_DERIVATIVE:
                return x > 0 ? SELU_LAMBDA : SELU_LAMBDA * SELU_ALPHA * Math.exp(x);
            default:
                throw new IllegalStateException(name());
        }
    }
}
