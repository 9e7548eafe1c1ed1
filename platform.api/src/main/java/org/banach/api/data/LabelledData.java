package org.banach.api.data;

import org.banach.api.optim.CsrMatrix;

/** Feature rows with one label each (features sparse, as LIBSVM stores them). Immutable. */
public final class LabelledData {

    private final CsrMatrix features;
    private final double[] labels;

    public LabelledData(CsrMatrix features, double[] labels) {
        if (features.rows() != labels.length) {
            throw new IllegalArgumentException(features.rows() + " feature rows but " + labels.length + " labels");
        }
        this.features = features;
        this.labels = labels.clone();
    }

    public CsrMatrix features() {
        return features;
    }

    public double[] labels() {
        return labels.clone();
    }

    public int size() {
        return labels.length;
    }
}
