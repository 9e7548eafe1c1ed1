package org.banach.api.backend;

/** Facts about a backend's device: id ({@code cpu}, {@code cuda:0}), kind, name, memory and peak figures. */
public final class DeviceInfo {

    private final String id;
    private final String kind;
    private final String name;
    private final long memoryBytes;
    private final double peakGflops;
    private final double peakBandwidthGBs;

    public DeviceInfo(String id, String kind, String name, long memoryBytes, double peakGflops,
            double peakBandwidthGBs) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.memoryBytes = memoryBytes;
        this.peakGflops = peakGflops;
        this.peakBandwidthGBs = peakBandwidthGBs;
    }

    public String id() {
        return id;
    }

    /** {@code cpu} or {@code gpu}. */
    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public long memoryBytes() {
        return memoryBytes;
    }

    /** Peak double-precision GFLOP/s, NaN when unknown. */
    public double peakGflops() {
        return peakGflops;
    }

    /** Peak memory bandwidth in GB/s, NaN when unknown. */
    public double peakBandwidthGBs() {
        return peakBandwidthGBs;
    }

    @Override
    public String toString() {
        return id + " (" + kind + ", " + name + ")";
    }
}
