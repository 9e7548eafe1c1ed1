package org.banach.plugins.optim.problems.equations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.banach.api.InvalidProblemException;
import org.banach.api.ProblemDescriptor;
import org.banach.api.optim.NonlinearEquations;
import org.banach.api.optim.SmoothObjective;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Derivatives against central differences, known solutions, descriptors and refusals. */
class EquationsProblemProviderTest {

    private final EquationsProblemProvider provider = new EquationsProblemProvider();

    @Test
    void describesEveryProblemItCreates() {
        List<String> ids = provider.problems().stream().map(ProblemDescriptor::id).collect(Collectors.toList());
        assertEquals(List.of("optim/pseudo-huber", "optim/powell-singular-equations", "optim/reaction-network"), ids);
        for (ProblemDescriptor d : provider.problems()) {
            assertEquals(d.family(), provider.create(d.id(), Map.of()).family());
        }
    }

    @Test
    void refusesUnknownIdsAndParameters() {
        assertThrows(InvalidProblemException.class, () -> provider.create("optim/nope", Map.of()));
        assertThrows(InvalidProblemException.class,
                () -> provider.create("optim/powell-singular-equations", Map.of("n", "3")));
        assertThrows(InvalidProblemException.class, () -> provider.create("optim/pseudo-huber", Map.of("n", "0")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"optim/powell-singular-equations", "optim/reaction-network", "fixed"})
    void jacobianMatchesCentralDifferences(String id) {
        NonlinearEquations p = (NonlinearEquations) (id.equals("fixed")
                ? provider.create("optim/reaction-network", Map.of("fixMoieties", "true"))
                : provider.create(id, Map.of()));
        int n = p.dimension();
        int m = p.equationCount();
        double[] x = p.start();
        for (int i = 0; i < n; i++) {
            x[i] += 0.1 * (i + 1);
        }
        double[] jac = new double[m * n];
        p.jacobian(x, jac);
        double[] plus = new double[m];
        double[] minus = new double[m];
        for (int j = 0; j < n; j++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[j] += 1e-6;
            xm[j] -= 1e-6;
            p.residual(xp, plus);
            p.residual(xm, minus);
            for (int i = 0; i < m; i++) {
                double fd = (plus[i] - minus[i]) / 2e-6;
                assertEquals(fd, jac[i * n + j], 1e-6 * (1 + Math.abs(fd)), id + " J[" + i + "][" + j + "]");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"optim/powell-singular-equations", "optim/reaction-network"})
    void knownSolutionSolves(String id) {
        NonlinearEquations p = (NonlinearEquations) provider.create(id, Map.of());
        double[] f = new double[p.equationCount()];
        p.residual(p.knownSolution().orElseThrow(), f);
        for (double v : f) {
            assertEquals(0.0, v, 1e-14, id);
        }
        assertTrue(!p.solutionSet().equals("unknown"));
    }

    @Test
    void networkRowsAreDependentEverywhere() {
        NonlinearEquations p = (NonlinearEquations) provider.create("optim/reaction-network", Map.of());
        double[] f = new double[4];
        p.residual(new double[] {0.3, -1.2, 2.0, 0.7}, f);
        assertEquals(0.0, f[0] + f[2] + f[3], 1e-12, "A + C + D is conserved");
        assertEquals(0.0, f[1] + f[2] + f[3], 1e-12, "B + C + D is conserved");
    }

    @Test
    void pseudoHuberDerivatives() {
        SmoothObjective p = (SmoothObjective) provider.create("optim/pseudo-huber", Map.of("n", "3", "scale", "2"));
        assertArrayEquals(new double[] {2.0 / 3, -4.0 / 3, 2.0}, p.start(), 1e-15);
        double[] x = {0.7, -2.5, 40};
        double[] g = new double[3];
        p.valueAndGradient(x, g);
        double[] h = new double[9];
        p.hessian(x, h);
        double[] hv = new double[3];
        p.hessianVector(x, new double[] {1, 1, 1}, hv);
        for (int i = 0; i < 3; i++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[i] += 1e-6;
            xm[i] -= 1e-6;
            assertEquals((p.value(xp) - p.value(xm)) / 2e-6, g[i], 1e-8);
            double[] gp = new double[3];
            double[] gm = new double[3];
            p.valueAndGradient(xp, gp);
            p.valueAndGradient(xm, gm);
            assertEquals((gp[i] - gm[i]) / 2e-6, h[i * 3 + i], 1e-8);
            assertEquals(h[i * 3 + i], hv[i], 0.0);
        }
        assertEquals(0.0, p.value(new double[3]), 0.0);
        assertEquals(1e-20 / 2, p.value(new double[] {1e-10, 0, 0}), 1e-36, "no cancellation near 0");
    }
}
