package org.banach.plugins.optim.stochastic;

import java.util.List;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;

/**
 * The Adam family's update (Kingma &amp; Ba, ICLR 2015, Algorithm 1): m ← β₁m + (1−β₁)g,
 * v ← β₂v + (1−β₂)g², m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ), x ← x − α_t m̂/(√v̂ + ε). With {@code amsgrad}
 * the denominator uses the running maximum v_max ← max(v_max, v) (Reddi, Kale &amp; Kumar, ICLR 2018,
 * Algorithm 2), bias-corrected as v̂ = v_max/(1−β₂ᵗ) so that Adam and AMSGrad differ only by that
 * maximum. A decoupled weight decay λ (Loshchilov &amp; Hutter, ICLR 2019, Algorithm 2) adds α_t λ x
 * to the step, outside the adaptive scaling.
 */
final class AdamRule implements UpdateRule {

    /** β₁, β₂, ε with Kingma &amp; Ba's defaults. */
    static List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.real("beta1", 0.9, 0.0, 0.999999, "decay rate of the first-moment estimate m"),
                ParameterSpec.real("beta2", 0.999, 0.0, 0.999999, "decay rate of the second-moment estimate v"),
                ParameterSpec.real("eps", 1e-8, 0.0, 1e6, "epsilon added to sqrt(v-hat) in the denominator"));
    }

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final boolean amsgrad;
    private final double[] m;
    private final double[] v;
    private final double[] vMax;
    private double beta1Power = 1;
    private double beta2Power = 1;

    AdamRule(int n, Settings settings, double weightDecay, boolean amsgrad) {
        this.beta1 = settings.real("beta1");
        this.beta2 = settings.real("beta2");
        this.eps = settings.real("eps");
        this.weightDecay = weightDecay;
        this.amsgrad = amsgrad;
        this.m = new double[n];
        this.v = new double[n];
        this.vMax = amsgrad ? new double[n] : v;
    }

    @Override
    public void apply(double[] x, double[] g, long t, double lr) {
        beta1Power *= beta1;
        beta2Power *= beta2;
        double c1 = 1 - beta1Power;
        double c2 = 1 - beta2Power;
        for (int i = 0; i < x.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            if (amsgrad) {
                vMax[i] = Math.max(vMax[i], v[i]);
            }
            double step = (m[i] / c1) / (Math.sqrt(vMax[i] / c2) + eps);
            x[i] -= lr * (step + weightDecay * x[i]);
        }
    }
}
