package org.banach.plugins.games.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The reinversion's LU: B·X = R and Bᵀu = c on a matrix that needs row exchanges, checked by substitution. */
class DenseLuTest {

    private static double[][] b() {
        return new double[][] {{0, 2, 1}, {1, 1, 0}, {3, 0, 1}};
    }

    @Test
    void solvesBothSystemsOnAMatrixNeedingPivoting() {
        double[][] r = {{5, 1}, {3, 0}, {4, 2}}; // first column B·(1, 2, 1)ᵀ
        double[][] x = new DenseLu(b()).solve(r);
        double[][] bm = b();
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 3; i++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += bm[i][k] * x[k][c];
                }
                assertArrayEquals(new double[] {r[i][c]}, new double[] {s}, 1e-14);
            }
        }
        assertArrayEquals(new double[] {1, 2, 1}, new double[] {x[0][0], x[1][0], x[2][0]}, 1e-14);
        double[] u = new DenseLu(b()).solveTransposed(new double[] {4, 3, 2});
        for (int j = 0; j < 3; j++) {
            double s = 0;
            for (int i = 0; i < 3; i++) {
                s += bm[i][j] * u[i];
            }
            assertArrayEquals(new double[] {new double[] {4, 3, 2}[j]}, new double[] {s}, 1e-14);
        }
    }

    @Test
    void refusesASingularMatrix() {
        assertThrows(ArithmeticException.class, () -> new DenseLu(new double[][] {{1, 2}, {2, 4}}));
    }
}
