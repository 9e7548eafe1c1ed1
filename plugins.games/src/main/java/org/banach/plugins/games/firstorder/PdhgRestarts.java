package org.banach.plugins.games.firstorder;

/**
 * {@link Pdhg}'s step with adaptive restarts to the average (Applegate, Hinder, Lu &amp; Lubin, Faster
 * first-order primal-dual methods for linear programming using restarts and sharpness, Math. Program.
 * 201 (2023) 133–184, Algorithm 1 with the adaptive restart scheme of their Section 5, and the restart
 * criteria and primal weight of Applegate et al., Practical large-scale linear programming using
 * primal-dual hybrid gradient, NeurIPS 2021, §3.1–3.3). Within a restart epoch the iterates are plain
 * Chambolle–Pock steps from x̄ = x; the epoch keeps its own equal-weight average (with the averaged
 * products, so its gap costs no mat-vec). After every step the restart candidate is the average or the
 * current iterate, whichever has the smaller duality gap, and the method restarts from it when
 * <ul>
 * <li>its gap is at most β_sufficient = 0.2 times the gap of the epoch's start (sufficient decay), or</li>
 * <li>at most β_necessary = 0.8 times it and larger than the previous step's candidate gap (no more
 * local progress).</li>
 * </ul>
 * Deviation: the papers measure progress by the normalised duality gap ρ_r(z) (the Lagrangian gap over a
 * ball of radius r = ‖z − z_start‖ divided by r), which for unbounded LP domains is the computable sharp
 * quantity. A matrix game's domain Δ_m × Δ_n is bounded and its full duality gap max(Ay) − min(Aᵀx) is
 * exact, cheap and itself sharp (it grows at least linearly with the distance to the equilibrium set,
 * Hoffman's bound on the game's polyhedral saddle problem), so that gap is used. The primal weight ω
 * (τ = η/ω, σ = ηω, τσ unchanged) is updated at every restart to exp(½·log(Δy/Δx) + ½·log ω), Δx and Δy
 * the distances moved since the previous restart, when both are positive; it stays 1 when the caller
 * fixed the steps. The artificial restarts of PDLP are not used. The run's global average is not fed
 * (it would mix epochs): the run reports and returns the iterate, which after each restart is the
 * candidate.
 */
final class PdhgRestarts implements MatrixGameSolver.Step {

    static final double SUFFICIENT = 0.2;
    static final double NECESSARY = 0.8;

    private final DeviceProducts products;
    private final int m;
    private final int n;
    private final double eta;
    private final boolean adaptWeight;
    private double omega = 1;
    private final double[] scratch;
    private final double[] previousAtx;
    private final double[] epochStart;
    private GameAverage epoch;
    private double startGap = Double.NaN;
    private double previousCandidateGap = Double.POSITIVE_INFINITY;
    private boolean restarted = true;
    private long restarts;

    /**
     * @param eta the step scale η (τ = η/ω, σ = ηω); with {@code adaptWeight=false} the primal weight is
     *     {@code omega} throughout
     */
    PdhgRestarts(DeviceProducts products, int m, int n, double eta, double omega, boolean adaptWeight) {
        this.products = products;
        this.m = m;
        this.n = n;
        this.eta = eta;
        this.omega = omega;
        this.adaptWeight = adaptWeight;
        this.scratch = new double[Math.max(m, n)];
        this.previousAtx = new double[n];
        this.epochStart = new double[m + n];
        this.epoch = new GameAverage(m, n);
    }

    /** Restarts so far (for tests and traces). */
    long restarts() {
        return restarts;
    }

    @Override
    public void advance(long k, double[] z, double[] gx, double[] gy, GameAverage unused) {
        if (Double.isNaN(startGap)) {
            startGap = GameAverage.gap(gx, gy);
            System.arraycopy(z, 0, epochStart, 0, m + n);
        }
        if (restarted) {
            System.arraycopy(gy, 0, previousAtx, 0, n); // x̄ = x at an epoch's start
            restarted = false;
        }
        double tau = eta / omega;
        double sigma = eta * omega;
        Pdhg.iterate(products, m, n, tau, sigma, z, gx, gy, previousAtx, scratch);
        epoch.add(z, gx, gy);
        double current = GameAverage.gap(gx, gy);
        double averaged = GameAverage.gap(epoch.ay(), epoch.atx());
        boolean toAverage = averaged < current;
        double candidate = Math.min(current, averaged);
        boolean restart = candidate <= SUFFICIENT * startGap
                || (candidate <= NECESSARY * startGap && candidate > previousCandidateGap);
        previousCandidateGap = candidate;
        if (restart) {
            if (toAverage) {
                System.arraycopy(epoch.point(), 0, z, 0, m + n);
                System.arraycopy(epoch.ay(), 0, gx, 0, m);
                System.arraycopy(epoch.atx(), 0, gy, 0, n);
            }
            updateWeight(z);
            System.arraycopy(z, 0, epochStart, 0, m + n);
            startGap = candidate;
            previousCandidateGap = Double.POSITIVE_INFINITY;
            epoch = new GameAverage(m, n);
            restarted = true;
            restarts++;
        }
    }

    private void updateWeight(double[] z) {
        if (!adaptWeight) {
            return;
        }
        double dx = distance(z, 0, m);
        double dy = distance(z, m, n);
        if (dx > 1e-10 && dy > 1e-10) {
            omega = Math.exp(0.5 * Math.log(dy / dx) + 0.5 * Math.log(omega));
        }
    }

    private double distance(double[] z, int from, int size) {
        double s = 0;
        for (int i = from; i < from + size; i++) {
            double d = z[i] - epochStart[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
