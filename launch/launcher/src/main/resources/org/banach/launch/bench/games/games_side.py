"""SciPy side of `banach bench-games` (extracted to a temporary folder and run by the launcher).

A small server: one JSON request per line on stdin, one JSON answer per line on stdout.
  {"op": "versions"}
  {"op": "lp", "path": p, "m": m, "n": n}   -> one timed HiGHS solve of the game's linear programme

The payoff matrix A (m x n, the row player maximises x'Ay) is read from the file p: m*n little-endian
float64 values, row-major, written by the launcher from the same seeded game Banach solves. The row
player's programme

    max v  s.t.  A'x >= v 1,  sum x = 1,  x >= 0,  v free

goes to scipy.optimize.linprog(method="highs") as min -v with A_ub = [-A' | 1], b_ub = 0. Only the
linprog call is timed (time.perf_counter), not the file read or the matrix assembly. The column
player's strategy y is read from the inequality marginals (y = -marginals, renormalised), so the answer
also carries the exploitability max(Ay) - min(A'x) of HiGHS's own pair.
"""
import time

import numpy as np
import scipy
import scipy.optimize

from json_lines import serve


def lp(a):
    m, n = a.shape
    c = np.zeros(m + 1)
    c[m] = -1.0
    a_ub = np.hstack([-a.T, np.ones((n, 1))])
    b_ub = np.zeros(n)
    a_eq = np.zeros((1, m + 1))
    a_eq[0, :m] = 1.0
    bounds = [(0, None)] * m + [(None, None)]
    t0 = time.perf_counter()
    res = scipy.optimize.linprog(c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=[1.0], bounds=bounds, method="highs")
    seconds = time.perf_counter() - t0
    if res.status != 0:
        return {"seconds": seconds, "status": int(res.status), "message": str(res.message)}
    x = np.maximum(res.x[:m], 0.0)
    x /= x.sum()
    y = np.maximum(-np.asarray(res.ineqlin.marginals), 0.0)
    y /= y.sum()
    gap = float(np.max(a @ y) - np.min(a.T @ x))
    return {"seconds": seconds, "status": 0, "value": float(-res.fun), "exploitability": gap,
            "iterations": int(getattr(res, "nit", -1)), "message": str(res.message)}


def handle(req):
    op = req["op"]
    if op == "versions":
        return {"scipy": scipy.__version__, "numpy": np.__version__}
    if op == "lp":
        m, n = int(req["m"]), int(req["n"])
        a = np.fromfile(req["path"], dtype="<f8")
        if a.size != m * n:
            return {"error": "expected %d payoffs in %s, found %d" % (m * n, req["path"], a.size)}
        return lp(a.reshape(m, n))
    return {"error": "unknown op " + str(op)}


if __name__ == "__main__":
    serve(handle)
