package org.banach.plugins.optim.linear;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.LinearSystem;
import org.osgi.service.component.annotations.Component;

/**
 * Successive over-relaxation, forward sweeps (D − ωE)x_{k+1} = (ωF + (1 − ω)D)x_k + ωb (Saad,
 * <i>Iterative Methods for Sparse Linear Systems</i>, 2nd ed., §4.1; Young, <i>Iterative
 * Solution of Large Linear Systems</i>, 1971). For SPD A it converges for every ω ∈ (0, 2)
 * (Ostrowski–Reich). For consistently ordered matrices with Jacobi spectral radius μ, Young's theorem
 * gives the optimal ω* = 2/(1 + √(1 − μ²)) with radius ω* − 1; for the 5-point Poisson matrix
 * (μ = cos πh) this is ω* = 2/(1 + sin πh) and O(1/h) iterations instead of Gauss–Seidel's O(1/h²).
 * ω* depends on the problem, so the default is a fixed 1.5. Host-side sweeps ({@link CsrSweeps}).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + Sor.ID,
        SolverProperties.PROBLEM + "=" + LinearSystem.FAMILY,
        SolverProperties.REFERENCE + "=Young, Iterative Solution of Large Linear Systems (1971); Saad, Iterative Methods for Sparse Linear Systems, 2nd ed., sec. 4.1",
        SolverProperties.DESCRIPTION + "=successive over-relaxation SOR(omega) (forward sweeps, needs a nonzero diagonal)" })
public final class Sor extends StationarySolver {

    public static final String ID = "optim.sor";

    public Sor() {
        super(ID, ParameterSpec.real("omega", 1.5, 1e-12, 2 - 1e-12,
                "relaxation parameter in (0, 2); problem-specific: for 2-D Poisson on an N x N grid the optimum is "
                        + "omega* = 2/(1 + sin(pi h)), h = 1/(N+1) (Young), e.g. 1.69 for N = 16, 1.91 for N = 64"));
    }

    @Override
    StationaryIteration.Method method() {
        return StationaryIteration.Method.SOR;
    }

    @Override
    double omega(Settings settings) {
        return settings.real("omega");
    }
}
