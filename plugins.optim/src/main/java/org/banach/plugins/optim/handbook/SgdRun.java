package org.banach.plugins.optim.handbook;

import java.util.function.LongToDoubleFunction;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.Settings;
import org.banach.api.optim.CompositeObjective;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.plugins.optim.gradient.Vectors;

/**
 * (Proximal) mini-batch SGD: x_{t+1} = prox_{γₜg}(xₜ − γₜ ∇f_{Bₜ}(xₜ)) with Bₜ from {@link BatchDraw}
 * and γₜ from the schedule; without a regulariser the prox is the identity and the measure is the
 * full-gradient norm, with one the measure is the gradient-mapping norm at the family's certificate
 * step. The output is the last iterate or the running average of the iterates. Counters: {@code component} (+b per step), {@code prox}, and {@code f}/{@code grad} per report.
 */
final class SgdRun extends StepRun {

    private final FiniteSumObjective f;
    private final CompositeObjective composite;
    private final LongToDoubleFunction schedule;
    private final BatchDraw draw;
    private final double[] g;
    /** Σ_{s&lt;t} x_s when the output is the average, else null. */
    private final double[] sum;

    /** @param composite the composite problem whose smooth part is {@code f}, or null for plain SGD */
    SgdRun(FiniteSumObjective f, CompositeObjective composite, Settings s, Monitor monitor, LongToDoubleFunction schedule) {
        super(f.dimension(), s, monitor, divideUp(f.components(), s.intValue("batchSize")));
        this.f = f;
        this.composite = composite;
        this.schedule = schedule;
        this.draw = new BatchDraw(f.components(), s.intValue("batchSize"), s.seed());
        this.g = new double[n];
        this.sum = "average".equals(s.string("output")) ? new double[n] : null;
    }

    static long divideUp(int components, int batch) {
        return (components + batch - 1) / batch;
    }

    @Override
    String step() {
        int[] batch = draw.next();
        double fb = f.batchValueAndGradient(batch, x, g);
        monitor.count("component", batch.length);
        if (!Double.isFinite(fb) || !Vectors.allFinite(g)) {
            return "mini-batch objective or gradient is NaN/Inf at step " + (t + 1);
        }
        if (sum != null) {
            Vectors.step(sum, 1, x, sum);
        }
        double gamma = schedule.applyAsDouble(t);
        Vectors.step(x, -gamma, g, x);
        if (composite != null) {
            composite.prox(x, gamma, x);
            monitor.count("prox", 1);
        }
        return null;
    }

    @Override
    double[] output() {
        if (sum == null || t == 0) {
            return x;
        }
        double[] average = new double[n];
        Vectors.step(average, 1.0 / t, sum, average);
        return average;
    }

    @Override
    double evaluate(double[] point, double[] out) {
        monitor.count("f", 1);
        monitor.count("grad", 1);
        if (composite == null) {
            double[] full = new double[n];
            out[0] = f.valueAndGradient(point, full);
            return Vectors.norm(full);
        }
        out[0] = composite.value(point);
        return Mapping.norm(composite, point);
    }

    @Override
    Certificate certificate(double measure, double tolerance) {
        return Certificate.of(composite == null ? Certificate.GRADIENT_NORM : CompositeObjective.PROX_GRADIENT_MAPPING,
                measure, tolerance);
    }
}
