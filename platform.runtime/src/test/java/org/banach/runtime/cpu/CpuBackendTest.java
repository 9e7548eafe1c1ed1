package org.banach.runtime.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.banach.api.backend.DeviceInfo;
import org.banach.api.backend.DeviceMatrix;
import org.junit.jupiter.api.Test;

/** Device facts, allocation, upload/download, copy, fill, closing and foreign matrices. */
class CpuBackendTest {

    private final CpuBackend cpu = new CpuBackend();

    @Test
    void deviceInfo() {
        DeviceInfo d = cpu.device();
        assertEquals("cpu", d.id());
        assertEquals("cpu", cpu.id());
        assertEquals("cpu", d.kind());
        int cores = Runtime.getRuntime().availableProcessors();
        assertTrue(d.name().endsWith(" × " + cores + (cores == 1 ? " core" : " cores")), d.name());
        assertTrue(d.name().startsWith(CpuBackend.cpuModel()), d.name());
        assertFalse(CpuBackend.cpuModel().isBlank());
        assertEquals(Runtime.getRuntime().maxMemory(), d.memoryBytes());
        assertTrue(Double.isNaN(d.peakGflops()), "peak GFLOP/s unknown");
        assertTrue(Double.isNaN(d.peakBandwidthGBs()), "peak bandwidth unknown");
    }

    /** bnd writes the DS descriptor from @Component before the tests run (process-classes). */
    @Test
    void isRegisteredAsTheCpuBackendService() throws IOException {
        String xml;
        try (InputStream in = CpuBackend.class.getClassLoader()
                .getResourceAsStream("OSGI-INF/org.banach.runtime.cpu.CpuBackend.xml")) {
            assertNotNull(in, "the DS component descriptor exists");
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(xml.contains("implementation class=\"org.banach.runtime.cpu.CpuBackend\""), xml);
        assertTrue(xml.contains("provide interface=\"org.banach.api.backend.Backend\""), xml);
        assertTrue(xml.matches("(?s).*property name=\"banach.backend.id\"( type=\"String\")? value=\"cpu\".*"), xml);
        assertTrue(xml.contains("property name=\"service.ranking\" type=\"Integer\" value=\"0\""), xml);
    }

    @Test
    void uploadDownloadRoundTripKeepsEveryBit() {
        Random rnd = new Random(3);
        for (int[] s : new int[][] {{1, 1}, {1, 5}, {5, 1}, {7, 3}, {200, 190}, {0, 3}}) {
            double[] d = Reference.random(rnd, s[0] * s[1]);
            if (d.length > 2) {
                d[0] = -0.0;
                d[1] = Double.NaN;
                d[2] = Double.MIN_VALUE;
            }
            DeviceMatrix m = cpu.upload(s[0], s[1], d);
            assertEquals(s[0], m.rows());
            assertEquals(s[1], m.cols());
            assertEquals("cpu", m.backendId());
            double[] back = cpu.download(m);
            Reference.assertSameBits(d, back, "round trip " + s[0] + "x" + s[1]);
            assertNotSame(d, back);
        }
    }

    @Test
    void uploadAndDownloadCopy() {
        double[] d = {1, 2, 3, 4, 5, 6};
        DeviceMatrix m = cpu.upload(2, 3, d);
        d[0] = 100;
        double[] back = cpu.download(m);
        back[1] = 200;
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, cpu.download(m), 0.0);
    }

    @Test
    void allocateIsZeroAndFillAndCopyWork() {
        DeviceMatrix m = cpu.allocate(3, 2);
        assertArrayEquals(new double[6], cpu.download(m), 0.0);
        cpu.fill(m, -2.5);
        assertArrayEquals(new double[] {-2.5, -2.5, -2.5, -2.5, -2.5, -2.5}, cpu.download(m), 0.0);
        DeviceMatrix src = cpu.upload(3, 2, new double[] {1, 2, 3, 4, 5, 6});
        cpu.copy(src, m);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, cpu.download(m), 0.0);
        cpu.copy(m, m);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, cpu.download(m), 0.0);
        cpu.fill(src, Double.NaN);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, cpu.download(m), 0.0, "copies do not share storage");
    }

    @Test
    void badShapesAndLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cpu.allocate(-1, 3));
        assertEquals("allocate: negative shape -1x3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.allocate(100_000, 100_000));
        assertTrue(e.getMessage().startsWith("allocate: 100000x100000 has 10000000000 entries"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.upload(2, 3, new double[5]));
        assertEquals("upload: 2x3 needs 6 values but the array has 5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.upload(2, 3, null));
        assertEquals("upload: the data array is null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.copy(cpu.allocate(2, 3), cpu.allocate(3, 2)));
        assertEquals("copy: src is 2x3 but dst is 3x2 (shapes must be equal)", e.getMessage());
    }

    @Test
    void closedMatricesAreRejectedEverywhere() {
        DeviceMatrix m = cpu.upload(1, 2, new double[] {1, 2});
        assertFalse(((CpuMatrix) m).isClosed());
        m.close();
        m.close(); // harmless
        assertTrue(((CpuMatrix) m).isClosed());
        assertEquals(1, m.rows(), "the shape stays readable");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cpu.download(m));
        assertEquals("download: m (1x2) is closed", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.fill(m, 0));
        assertEquals("fill: m (1x2) is closed", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.copy(cpu.allocate(1, 2), m));
        assertEquals("copy: dst (1x2) is closed", e.getMessage());
    }

    @Test
    void foreignAndNullMatricesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpu.download(new ForeignMatrix(2, 3)));
        assertEquals("download: m (2x3) belongs to backend 'fake:0', not to 'cpu'; download it and upload it here "
                + "first", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.copy(new ForeignMatrix(1, 1), cpu.allocate(1, 1)));
        assertTrue(e.getMessage().startsWith("copy: src (1x1) belongs to backend 'fake:0'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.fill(null, 1));
        assertEquals("fill: m is null", e.getMessage());
    }

    @Test
    void matricesOfAnotherCpuBackendInstanceAreAccepted() {
        DeviceMatrix m = new CpuBackend().upload(1, 1, new double[] {4});
        assertArrayEquals(new double[] {4}, cpu.download(m), 0.0, "both live in the same heap");
    }
}
