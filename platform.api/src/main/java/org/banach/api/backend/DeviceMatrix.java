package org.banach.api.backend;

/**
 * A dense matrix that lives on one backend (vectors are n×1). Opaque: read it with
 * {@link Backend#download}. Close it to free device memory.
 */
public interface DeviceMatrix extends AutoCloseable {

    int rows();

    int cols();

    /** Id of the backend that owns it; passing it to another backend is an error. */
    String backendId();

    @Override
    void close();
}
