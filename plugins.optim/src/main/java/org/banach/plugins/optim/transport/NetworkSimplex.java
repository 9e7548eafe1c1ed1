package org.banach.plugins.optim.transport;

import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.optim.OptimalTransport;
import org.osgi.service.component.annotations.Component;

/**
 * Exact discrete optimal transport by the <b>transportation simplex with MODI potentials</b> (the network
 * simplex specialised to the complete bipartite graph; Dantzig, <i>Linear Programming and Extensions</i>
 * (1963), the transportation-problem chapters; Ahuja, Magnanti &amp; Orlin, <i>Network Flows</i> (1993), §11), with the block-search
 * pivot rule used by Bonneel, van de Panne, Paris &amp; Heidrich, <i>Displacement interpolation using
 * Lagrangian mass transport</i>, SIGGRAPH Asia 2011 (after LEMON). Intended for n, m up to about 1000.
 *
 * <ul>
 * <li>The basis is a spanning tree of n + m − 1 cells of the bipartite graph (rows and columns as nodes);
 * the start is the north-west corner rule. Potentials u_i + v_j = C_ij on the tree cells, u_0 = 0, are
 * recomputed by one traversal of the tree after each pivot (O(n + m)).</li>
 * <li>Entering cell: blocks of ⌈√(nm)⌉ cells are scanned cyclically for reduced costs C_ij − u_i − v_j,
 * and the most negative one of the first block holding one below −τ enters, τ = 10⁻¹¹·max|C|; none in
 * a full sweep means optimal. The cycle is the tree path between column j and row i, the leaving cell
 * the first minimum of the ratio test on its decreasing cells.</li>
 * <li>Degeneracy (the rule for uniform marginals, where the problem is an assignment problem) is
 * handled by the classical perturbation of the transportation problem a_i + δ, b_m + nδ (Dantzig 1963), carried symbolically: every flow is a pair
 * (x, x_δ) compared lexicographically (x first, equal within 10⁻¹⁴·Σa), so every basis is
 * nondegenerate for the perturbed problem and the simplex cannot cycle. Only x is the plan.</li>
 * <li>At optimality f := the c-transform of v (f_i = min_j C_ij − v_j), which makes f_i + g_j ≤ C_ij hold
 * to rounding and changes the dual value by at most τ·Σa; the solution is (f, g = v).</li>
 * </ul>
 * The result follows the platform's ε = 0 convention: a declared {@code epsilon} setting fixed at 0,
 * the solution the dual potentials, the objective the exact cost Σ C_ij x_ij of the optimal basic plan,
 * and the claimed {@code marginal-error} certificate max(max_ij (f_i + g_j − C_ij)₊, |cost − D|/max(1,|D|)),
 * D = Σ a_i f_i + Σ b_j g_j, exactly what the runtime's verifier recomputes. Each pivot is reported as an
 * iteration (objective: the current plan's cost; measure: |reduced cost| of the entering cell) and counted
 * as {@code pivot}. Statuses: CONVERGED, ITERATION_LIMIT ({@code maxIterations} pivots), the monitor's
 * reason on a stop request (polled every 64 pivots), NUMERICAL_ERROR when the final check exceeds the
 * tolerance, INVALID_INPUT for an unusable problem.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + NetworkSimplex.ID,
        SolverProperties.PROBLEM + "=" + OptimalTransport.FAMILY,
        SolverProperties.REFERENCE + "=Dantzig, Linear Programming and Extensions (1963) (transportation simplex, MODI); Bonneel et al., SIGGRAPH Asia 2011 (block-search pivoting)",
        SolverProperties.DESCRIPTION + "=exact OT (epsilon = 0) by the transportation simplex with MODI potentials; LP dual potentials" })
public final class NetworkSimplex extends TransportSolver {

    public static final String ID = "optim.network-simplex";
    public static final String PIVOT = "pivot";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.real("epsilon", 0.0, 0.0, 0.0, "exact transport: epsilon is 0 (LP dual potentials)"),
            ParameterSpec.integer("maxIterations", 50_000_000, 0, Long.MAX_VALUE,
                    "most simplex pivots before ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-9, 0, Double.MAX_VALUE,
                    "largest accepted max(dual infeasibility, relative duality gap) of the returned potentials"));

    public NetworkSimplex() {
        super(ID, PARAMETERS);
    }

    @Override
    protected Result solve(double[] a, double[] b, double[] c, Settings settings, Monitor monitor) {
        return new Run(a, b, c).solve(settings.integer("maxIterations"), settings.real("tolerance"), monitor);
    }

    /** One solve's state. */
    private static final class Run {
        final int n;
        final int m;
        final int nodes;
        final double[] a;
        final double[] b;
        final double[] c;
        final double zeroFlow;
        final double tau;
        // basis: slot s holds cell (row[s], col[s]) with flow (x[s], xd[s])
        final int[] row;
        final int[] col;
        final double[] x;
        final double[] xd;
        final int[] slotOf; // cell -> slot, −1 when nonbasic
        final int[][] adj;
        final int[] deg;
        // tree rooted at node 0 (row 0): parent node, slot to parent, depth, potential
        final int[] parent;
        final int[] parentSlot;
        final int[] depth;
        final double[] pot;
        final int[] queue;
        int next;

        Run(double[] a, double[] b, double[] c) {
            this.a = a;
            this.b = b;
            this.c = c;
            n = a.length;
            m = b.length;
            nodes = n + m;
            double maxC = 0;
            for (double v : c) {
                maxC = Math.max(maxC, Math.abs(v));
            }
            tau = 1e-11 * maxC;
            zeroFlow = 1e-14 * PlanCheck.sum(a);
            int slots = nodes - 1;
            row = new int[slots];
            col = new int[slots];
            x = new double[slots];
            xd = new double[slots];
            slotOf = new int[n * m];
            java.util.Arrays.fill(slotOf, -1);
            adj = new int[nodes][4];
            deg = new int[nodes];
            parent = new int[nodes];
            parentSlot = new int[nodes];
            depth = new int[nodes];
            pot = new double[nodes];
            queue = new int[nodes];
        }

        /** True when (p, pd) &lt; (q, qd) lexicographically, the first parts equal within {@link #zeroFlow}. */
        boolean less(double p, double pd, double q, double qd) {
            if (Math.abs(p - q) > zeroFlow) {
                return p < q;
            }
            return pd < qd;
        }

        void northWest() {
            int i = 0;
            int j = 0;
            double rs = a[0];
            double rsd = 1;
            double cs = b[0];
            double csd = m == 1 ? n : 0;
            for (int s = 0; s < nodes - 1; s++) {
                if (i == n - 1 && j == m - 1) {
                    put(s, i, j, Math.max(0.0, Math.min(rs, cs)), Math.max(0.0, rsd));
                    continue;
                }
                if (j == m - 1 || (i < n - 1 && !less(cs, csd, rs, rsd))) { // row i exhausted first
                    put(s, i, j, Math.max(rs, 0.0), rsd);
                    cs = snap(cs - rs);
                    csd -= rsd;
                    i++;
                    rs = a[i];
                    rsd = 1;
                } else {
                    put(s, i, j, Math.max(cs, 0.0), csd);
                    rs = snap(rs - cs);
                    rsd -= csd;
                    j++;
                    cs = b[j];
                    csd = j == m - 1 ? n : 0;
                }
            }
        }

        double snap(double v) {
            return Math.abs(v) <= zeroFlow ? 0.0 : v;
        }

        void put(int s, int i, int j, double flow, double flowD) {
            row[s] = i;
            col[s] = j;
            x[s] = flow;
            xd[s] = flowD;
            slotOf[i * m + j] = s;
            link(i, s);
            link(n + j, s);
        }

        void link(int node, int s) {
            if (deg[node] == adj[node].length) {
                adj[node] = java.util.Arrays.copyOf(adj[node], 2 * deg[node]);
            }
            adj[node][deg[node]++] = s;
        }

        void unlink(int node, int s) {
            int[] l = adj[node];
            for (int k = 0; k < deg[node]; k++) {
                if (l[k] == s) {
                    l[k] = l[--deg[node]];
                    return;
                }
            }
            throw new IllegalStateException("slot " + s + " is not at node " + node);
        }

        /** Parent pointers, depths and potentials from node 0 (u_0 = 0); false when the basis is not a spanning tree. */
        boolean traverse() {
            java.util.Arrays.fill(depth, -1);
            int head = 0;
            int tail = 0;
            queue[tail++] = 0;
            depth[0] = 0;
            parent[0] = -1;
            parentSlot[0] = -1;
            pot[0] = 0.0;
            while (head < tail) {
                int v = queue[head++];
                for (int k = 0; k < deg[v]; k++) {
                    int s = adj[v][k];
                    int w = v < n ? n + col[s] : row[s];
                    if (depth[w] >= 0) {
                        continue;
                    }
                    depth[w] = depth[v] + 1;
                    parent[w] = v;
                    parentSlot[w] = s;
                    pot[w] = c[row[s] * m + col[s]] - pot[v];
                    queue[tail++] = w;
                }
            }
            return tail == nodes;
        }

        /** The entering cell by block search (reduced cost below −τ), or −1 when none: optimal. */
        int entering() {
            int cells = n * m;
            int block = Math.max(10, (int) Math.ceil(Math.sqrt(cells)));
            int best = -1;
            double bestRc = -tau;
            int scanned = 0;
            int e = next;
            while (scanned < cells) {
                int i = e / m;
                int j = e - i * m;
                double rc = c[e] - pot[i] - pot[n + j];
                if (rc < bestRc) {
                    bestRc = rc;
                    best = e;
                }
                scanned++;
                e = e + 1 == cells ? 0 : e + 1;
                if (best >= 0 && (scanned % block == 0 || scanned == cells)) {
                    break;
                }
            }
            next = e;
            return best;
        }

        Result solve(long maxIterations, double tolerance, Monitor monitor) {
            northWest();
            if (!traverse()) {
                return Result.failure(Status.NUMERICAL_ERROR, ID + ": the north-west corner basis is not a spanning tree");
            }
            int pathCap = nodes;
            int[] up = new int[pathCap];
            int[] down = new int[pathCap];
            int[] path = new int[pathCap];
            double cost = primalCost();
            monitor.iteration(0, cost, Double.NaN);
            long k = 0;
            Status status = null;
            String message = null;
            while (true) {
                int e = entering();
                if (e < 0) {
                    status = Status.CONVERGED;
                    break;
                }
                if (k >= maxIterations) {
                    status = Status.ITERATION_LIMIT;
                    message = "reached maxIterations = " + maxIterations + " pivots before optimality";
                    break;
                }
                if ((k & 63) == 0 && monitor.stopRequested()) {
                    status = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
                    message = "stopped (" + status + ") after " + k + " pivots";
                    break;
                }
                int i = e / m;
                int j = e - i * m;
                double rc = c[e] - pot[i] - pot[n + j];
                // tree path from column node n+j up to the common ancestor, and from row node i
                int p = n + j;
                int q = i;
                int nu = 0;
                int nd = 0;
                while (depth[p] > depth[q]) {
                    up[nu++] = parentSlot[p];
                    p = parent[p];
                }
                while (depth[q] > depth[p]) {
                    down[nd++] = parentSlot[q];
                    q = parent[q];
                }
                while (p != q) {
                    up[nu++] = parentSlot[p];
                    p = parent[p];
                    down[nd++] = parentSlot[q];
                    q = parent[q];
                }
                int len = 0;
                for (int t = 0; t < nu; t++) {
                    path[len++] = up[t];
                }
                for (int t = nd - 1; t >= 0; t--) {
                    path[len++] = down[t];
                }
                // decreasing cells are at even positions of the path from column j to row i
                int leave = -1;
                double th = 0;
                double thd = 0;
                for (int t = 0; t < len; t += 2) {
                    int s = path[t];
                    if (leave < 0 || less(x[s], xd[s], th, thd)) {
                        leave = s;
                        th = x[s];
                        thd = xd[s];
                    }
                }
                for (int t = 0; t < len; t++) {
                    int s = path[t];
                    if ((t & 1) == 0) {
                        x[s] = snap(x[s] - th);
                        if (x[s] < 0) {
                            x[s] = 0.0;
                        }
                        xd[s] -= thd;
                    } else {
                        x[s] += th;
                        xd[s] += thd;
                    }
                }
                // the leaving slot now holds the entering cell
                slotOf[row[leave] * m + col[leave]] = -1;
                unlink(row[leave], leave);
                unlink(n + col[leave], leave);
                put(leave, i, j, th, thd);
                if (!traverse()) {
                    return Result.failure(Status.NUMERICAL_ERROR, ID + ": the basis stopped being a spanning tree at pivot "
                            + (k + 1));
                }
                k++;
                cost += th * rc;
                monitor.count(PIVOT, 1);
                monitor.iteration(k, cost, -rc);
            }
            double[] fg = new double[nodes];
            double[] g = new double[m];
            for (int j = 0; j < m; j++) {
                g[j] = pot[n + j];
                fg[n + j] = g[j];
            }
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                double min = Double.POSITIVE_INFINITY;
                int off = i * m;
                for (int j = 0; j < m; j++) {
                    min = Math.min(min, c[off + j] - g[j]);
                }
                f[i] = min; // c-transform of g
                fg[i] = min;
            }
            cost = primalCost();
            double check = PlanCheck.exactDualCheck(a, b, c, f, g, cost);
            if (status == Status.CONVERGED && !(check <= tolerance)) {
                status = Status.NUMERICAL_ERROR;
                message = "optimal basis found but max(dual infeasibility, relative duality gap) = " + check + " > "
                        + tolerance;
            }
            return Result.builder(status)
                    .message(message)
                    .solution(fg)
                    .objective(cost)
                    .iterations(k)
                    .certificate(Certificate.of(Certificate.MARGINAL_ERROR, check, tolerance))
                    .build();
        }

        /** Σ C_ij x_ij over the basis (compensated). */
        double primalCost() {
            double[] terms = new double[x.length];
            for (int s = 0; s < x.length; s++) {
                terms[s] = c[row[s] * m + col[s]] * x[s];
            }
            return PlanCheck.sum(terms);
        }
    }
}
