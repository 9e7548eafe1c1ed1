package org.banach.runtime.cpu;

import org.banach.api.backend.DeviceMatrix;

/** A matrix of some other backend ("fake:0"), for the foreign-matrix checks. */
final class ForeignMatrix implements DeviceMatrix {

    private final int rows;
    private final int cols;

    ForeignMatrix(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public String backendId() {
        return "fake:0";
    }

    @Override
    public void close() {
    }
}
