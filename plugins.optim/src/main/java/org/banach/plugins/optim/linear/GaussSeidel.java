package org.banach.plugins.optim.linear;

import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.LinearSystem;
import org.osgi.service.component.annotations.Component;

/**
 * The Gauss–Seidel method, forward sweeps (D − E)x_{k+1} = F x_k + b (Saad, <i>Iterative Methods for
 * Sparse Linear Systems</i>, 2nd ed., §4.1). Converges for SPD and for diagonally dominant A;
 * on the 5-point Poisson matrix its spectral radius is cos²πh, so O(1/h²) iterations (Varga, <i>Matrix
 * Iterative Analysis</i>, ch. 4). Inherently sequential host-side sweeps ({@link CsrSweeps}).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + GaussSeidel.ID,
        SolverProperties.PROBLEM + "=" + LinearSystem.FAMILY,
        SolverProperties.REFERENCE + "=Saad, Iterative Methods for Sparse Linear Systems, 2nd ed. (SIAM 2003), sec. 4.1",
        SolverProperties.DESCRIPTION + "=Gauss-Seidel iteration (forward sweeps, needs a nonzero diagonal)" })
public final class GaussSeidel extends StationarySolver {

    public static final String ID = "optim.gauss-seidel";

    public GaussSeidel() {
        super(ID);
    }

    @Override
    StationaryIteration.Method method() {
        return StationaryIteration.Method.SOR;
    }
}
