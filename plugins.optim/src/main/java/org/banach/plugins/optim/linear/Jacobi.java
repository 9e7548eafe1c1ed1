package org.banach.plugins.optim.linear;

import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.LinearSystem;
import org.osgi.service.component.annotations.Component;

/**
 * Jacobi's method x_{k+1} = x_k + D⁻¹(b − A·x_k) (Saad, <i>Iterative Methods for Sparse Linear
 * Systems</i>, 2nd ed., §4.1). Converges when the spectral radius of I − D⁻¹A is below one,
 * e.g. for strictly or irreducibly diagonally dominant A; for the 5-point Poisson matrix that radius is
 * cos πh, so O(1/h²) iterations are needed. Host-side sweeps ({@link CsrSweeps}).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + Jacobi.ID,
        SolverProperties.PROBLEM + "=" + LinearSystem.FAMILY,
        SolverProperties.REFERENCE + "=Saad, Iterative Methods for Sparse Linear Systems, 2nd ed. (SIAM 2003), sec. 4.1",
        SolverProperties.DESCRIPTION + "=Jacobi iteration (stationary, needs a nonzero diagonal)" })
public final class Jacobi extends StationarySolver {

    public static final String ID = "optim.jacobi";

    public Jacobi() {
        super(ID);
    }

    @Override
    StationaryIteration.Method method() {
        return StationaryIteration.Method.JACOBI;
    }
}
