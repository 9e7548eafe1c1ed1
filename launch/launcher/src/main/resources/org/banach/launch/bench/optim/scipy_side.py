"""SciPy side of `banach bench-optim` (extracted to a temporary file and run by the launcher).

A small server: one JSON request per line on stdin, one JSON answer per line on stdout, so that the
launcher can alternate Java and SciPy runs problem by problem (drift and other load hit both sides).
  {"op": "versions"}
  {"op": "values", "problems": [key, ...]}          -> f(x0), n and ||g(x0)||_2 for each key implemented here
  {"op": "lbfgs", "key": k, "tolerance": t, "maxIterations": m, "memory": k}   -> one timed run
  {"op": "cg", "N": N, "rtol": rt, "maxIterations": m}                        -> one timed run
Keys are Banach problem ids (optim/mgh/<name>) or "optim/rosenbrock/chained/<n>".

Stopping protocol for L-BFGS-B: the same 2-norm target as Banach's L-BFGS (||grad f||_2 <= t).
SciPy's own tests are switched off (gtol = 0 on the projected-gradient inf-norm, ftol = 0), and a
callback raises StopIteration once the gradient at the accepted iterate has 2-norm <= t. The gradient
is the one SciPy already evaluated there (no extra evaluation). Times are time.perf_counter around
scipy.optimize.minimize (or scipy.sparse.linalg.cg).
"""
import json
import math
import sys
import time

import numpy as np
import scipy
import scipy.optimize
import scipy.sparse
import scipy.sparse.linalg

S5 = math.sqrt(5.0)
S10 = math.sqrt(10.0)
S90 = math.sqrt(90.0)


class LeastSquares:
    """f = sum r_i^2, g = 2 J^T r, as Banach's LeastSquaresProblem."""

    def __init__(self, n, start, residuals, jacobian):
        self.n = n
        self.start = np.array(start, dtype=float)
        self.residuals = residuals
        self.jacobian = jacobian

    def fg(self, x):
        r = self.residuals(x)
        j = self.jacobian(x)
        return float(np.dot(r, r)), 2.0 * (j.T @ r)


def rosenbrock():
    def r(x):
        return np.array([10 * (x[1] - x[0] * x[0]), 1 - x[0]])

    def j(x):
        return np.array([[-20 * x[0], 10.0], [-1.0, 0.0]])
    return LeastSquares(2, [-1.2, 1.0], r, j)


def freudenstein_roth():
    def r(x):
        return np.array([-13 + x[0] + ((5 - x[1]) * x[1] - 2) * x[1],
                         -29 + x[0] + ((x[1] + 1) * x[1] - 14) * x[1]])

    def j(x):
        return np.array([[1.0, (10 - 3 * x[1]) * x[1] - 2], [1.0, (3 * x[1] + 2) * x[1] - 14]])
    return LeastSquares(2, [0.5, -2.0], r, j)


def powell_badly_scaled():
    def r(x):
        return np.array([1e4 * x[0] * x[1] - 1, math.exp(-x[0]) + math.exp(-x[1]) - 1.0001])

    def j(x):
        return np.array([[1e4 * x[1], 1e4 * x[0]], [-math.exp(-x[0]), -math.exp(-x[1])]])
    return LeastSquares(2, [0.0, 1.0], r, j)


def brown_badly_scaled():
    def r(x):
        return np.array([x[0] - 1e6, x[1] - 2e-6, x[0] * x[1] - 2])

    def j(x):
        return np.array([[1.0, 0.0], [0.0, 1.0], [x[1], x[0]]])
    return LeastSquares(2, [1.0, 1.0], r, j)


def beale():
    y = [1.5, 2.25, 2.625]

    def r(x):
        return np.array([y[i - 1] - x[0] * (1 - math.pow(x[1], i)) for i in (1, 2, 3)])

    def j(x):
        return np.array([[-(1 - math.pow(x[1], i)), x[0] * i * math.pow(x[1], i - 1)] for i in (1, 2, 3)])
    return LeastSquares(2, [1.0, 1.0], r, j)


def helical_valley():
    def theta(x1, x2):
        if x1 == 0:
            return math.copysign(0.25, x2)
        t = math.atan(x2 / x1) / (2 * math.pi)
        return t if x1 > 0 else t + 0.5

    def r(x):
        return np.array([10 * (x[2] - 10 * theta(x[0], x[1])), 10 * (math.hypot(x[0], x[1]) - 1), x[2]])

    def j(x):
        rho2 = x[0] * x[0] + x[1] * x[1]
        rho = math.sqrt(rho2)
        return np.array([[100 * x[1] / (2 * math.pi * rho2), -100 * x[0] / (2 * math.pi * rho2), 10.0],
                         [10 * x[0] / rho, 10 * x[1] / rho, 0.0],
                         [0.0, 0.0, 1.0]])
    return LeastSquares(3, [-1.0, 0.0, 0.0], r, j)


def extended_powell(n):
    def r(x):
        out = np.empty(n)
        for k in range(0, n, 4):
            a = x[k + 1] - 2 * x[k + 2]
            b = x[k] - x[k + 3]
            out[k] = x[k] + 10 * x[k + 1]
            out[k + 1] = S5 * (x[k + 2] - x[k + 3])
            out[k + 2] = a * a
            out[k + 3] = S10 * b * b
        return out

    def j(x):
        m = np.zeros((n, n))
        for k in range(0, n, 4):
            a = x[k + 1] - 2 * x[k + 2]
            b = x[k] - x[k + 3]
            m[k, k] = 1
            m[k, k + 1] = 10
            m[k + 1, k + 2] = S5
            m[k + 1, k + 3] = -S5
            m[k + 2, k + 1] = 2 * a
            m[k + 2, k + 2] = -4 * a
            m[k + 3, k] = 2 * S10 * b
            m[k + 3, k + 3] = -2 * S10 * b
        return m
    return LeastSquares(n, [[3, -1, 0, 1][i % 4] for i in range(n)], r, j)


def wood():
    def r(x):
        return np.array([10 * (x[1] - x[0] * x[0]), 1 - x[0], S90 * (x[3] - x[2] * x[2]), 1 - x[2],
                         S10 * (x[1] + x[3] - 2), (x[1] - x[3]) / S10])

    def j(x):
        m = np.zeros((6, 4))
        m[0, 0] = -20 * x[0]
        m[0, 1] = 10
        m[1, 0] = -1
        m[2, 2] = -2 * S90 * x[2]
        m[2, 3] = S90
        m[3, 2] = -1
        m[4, 1] = S10
        m[4, 3] = S10
        m[5, 1] = 1 / S10
        m[5, 3] = -1 / S10
        return m
    return LeastSquares(4, [-3.0, -1.0, -3.0, -1.0], r, j)


def extended_rosenbrock(n):
    def r(x):
        out = np.empty(n)
        out[0::2] = 10 * (x[1::2] - x[0::2] * x[0::2])
        out[1::2] = 1 - x[0::2]
        return out

    def j(x):
        m = np.zeros((n, n))
        for i in range(0, n, 2):
            m[i, i] = -20 * x[i]
            m[i, i + 1] = 10
            m[i + 1, i] = -1
        return m
    return LeastSquares(n, [-1.2 if i % 2 == 0 else 1.0 for i in range(n)], r, j)


def broyden_tridiagonal(n):
    def r(x):
        left = np.concatenate(([0.0], x[:-1]))
        right = np.concatenate((x[1:], [0.0]))
        return (3 - 2 * x) * x - left - 2 * right + 1

    def j(x):
        m = np.diag(3 - 4 * x)
        m += np.diag(-np.ones(n - 1), -1)
        m += np.diag(-2 * np.ones(n - 1), 1)
        return m
    return LeastSquares(n, [-1.0] * n, r, j)


def penalty1():
    n = 10
    sa = math.sqrt(1e-5)

    def r(x):
        out = np.empty(n + 1)
        out[:n] = sa * (x - 1)
        out[n] = float(np.dot(x, x)) - 0.25
        return out

    def j(x):
        m = np.zeros((n + 1, n))
        m[np.arange(n), np.arange(n)] = sa
        m[n, :] = 2 * x
        return m
    return LeastSquares(n, [j + 1.0 for j in range(n)], r, j)


class ChainedRosenbrock:
    """f = sum_{i<n} 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2, as Banach's GeneralRosenbrock(chained)."""

    def __init__(self, n):
        self.n = n
        self.start = np.array([-1.2 if i % 2 == 0 else 1.0 for i in range(n)])

    def fg(self, x):
        a = x[1:] - x[:-1] * x[:-1]
        b = 1 - x[:-1]
        f = float(np.sum(100 * a * a + b * b))
        g = np.zeros(self.n)
        g[:-1] += -400 * a * x[:-1] - 2 * b
        g[1:] += 200 * a
        return f, g


MGH = {
    "optim/mgh/rosenbrock": rosenbrock,
    "optim/mgh/freudenstein-roth": freudenstein_roth,
    "optim/mgh/powell-badly-scaled": powell_badly_scaled,
    "optim/mgh/brown-badly-scaled": brown_badly_scaled,
    "optim/mgh/beale": beale,
    "optim/mgh/helical-valley": helical_valley,
    "optim/mgh/powell-singular": lambda: extended_powell(4),
    "optim/mgh/wood": wood,
    "optim/mgh/extended-rosenbrock": lambda: extended_rosenbrock(10),
    "optim/mgh/extended-powell": lambda: extended_powell(12),
    "optim/mgh/broyden-tridiagonal": lambda: broyden_tridiagonal(10),
    "optim/mgh/penalty-1": penalty1,
}


def problem(key):
    if key in MGH:
        return MGH[key]()
    if key.startswith("optim/rosenbrock/chained/"):
        return ChainedRosenbrock(int(key.rsplit("/", 1)[1]))
    return None


def lbfgsb(p, tol, max_iter, memory):
    state = {"x": None, "g": None, "nfev": 0, "misses": 0}

    def fun(x):
        f, g = p.fg(x)
        state["nfev"] += 1
        state["x"] = x.copy()
        state["g"] = g
        return f, g

    def callback(xk):
        # L-BFGS-B calls back at the iterate its line search accepted, which is the point it evaluated last.
        if state["x"] is not None and np.array_equal(xk, state["x"]):
            if float(np.linalg.norm(state["g"])) <= tol:
                raise StopIteration
        else:
            state["misses"] += 1

    f0, g0 = p.fg(p.start)
    if float(np.linalg.norm(g0)) <= tol:   # Banach's L-BFGS stops at the start, with one evaluation
        return {"seconds": 0.0, "nfev": 1, "nit": 0, "f": f0, "gnorm": float(np.linalg.norm(g0)),
                "message": "gradient small at the start", "misses": 0}
    t0 = time.perf_counter()
    res = scipy.optimize.minimize(fun, p.start.copy(), jac=True, method="L-BFGS-B", callback=callback,
                                  options={"gtol": 0.0, "ftol": 0.0, "maxiter": max_iter,
                                           "maxfun": 50 * max_iter + 1000, "maxcor": memory})
    seconds = time.perf_counter() - t0
    f, g = p.fg(res.x)
    return {"seconds": seconds, "nfev": int(state["nfev"]), "nit": int(res.nit), "f": f,
            "gnorm": float(np.linalg.norm(g)), "message": str(res.message), "misses": state["misses"]}


def poisson(n):
    h = 1.0 / (n + 1)
    t = scipy.sparse.diags([-np.ones(n - 1), 2 * np.ones(n), -np.ones(n - 1)], [-1, 0, 1])
    eye = scipy.sparse.identity(n)
    a = ((scipy.sparse.kron(eye, t) + scipy.sparse.kron(t, eye)) / (h * h)).tocsr()
    return a, a @ np.ones(n * n)


def cg_run(a, b, rtol, max_iter):
    count = [0]

    def cb(_xk):
        count[0] += 1

    t0 = time.perf_counter()
    x, info = scipy.sparse.linalg.cg(a, b, x0=np.zeros(b.shape[0]), rtol=rtol, maxiter=max_iter, callback=cb)
    seconds = time.perf_counter() - t0
    rel = float(np.linalg.norm(b - a @ x) / np.linalg.norm(b))
    return seconds, count[0], info, rel


_CACHE = {}


def handle(req):
    op = req["op"]
    if op == "versions":
        return {"scipy": scipy.__version__, "numpy": np.__version__}
    if op == "values":
        out = {}
        for key in req["problems"]:
            p = problem(key)
            if p is None:
                continue
            f, g = p.fg(p.start.copy())
            out[key] = {"n": p.n, "f0": f, "gnorm0": float(np.linalg.norm(g))}
        return {"problems": out}
    if op == "lbfgs":
        key = req["key"]
        if key not in _CACHE:
            _CACHE[key] = problem(key)
        p = _CACHE[key]
        if p is None:
            return {"error": "the SciPy side does not implement " + key}
        r = lbfgsb(p, float(req["tolerance"]), int(req["maxIterations"]), int(req["memory"]))
        r["n"] = p.n
        return r
    if op == "cg":
        key = ("poisson", int(req["N"]))
        if key not in _CACHE:
            _CACHE.clear()
            _CACHE[key] = poisson(int(req["N"]))
        a, b = _CACHE[key]
        seconds, iterations, info, rel = cg_run(a, b, float(req["rtol"]), int(req["maxIterations"]))
        return {"seconds": seconds, "iterations": iterations, "info": int(info), "relres": rel}
    return {"error": "unknown op " + str(op)}


def main():
    """One JSON request per line on stdin, one JSON answer per line on stdout, until stdin closes."""
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = handle(json.loads(line))
        except Exception as e:  # reported to the launcher, which fails the run
            answer = {"error": repr(e)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
