"""SciPy side of `banach bench-optim` (extracted to a temporary file and run by the launcher).

A small server: one JSON request per line on stdin, one JSON answer per line on stdout, so that the
launcher can alternate Java and SciPy runs problem by problem (drift and other load hit both sides).
  {"op": "versions"}
  {"op": "values", "problems": [key, ...]}          -> n, f(x0), g(x0) and ||g(x0)||_2 for each key implemented here
  {"op": "lbfgs", "key": k, "tolerance": t, "maxIterations": m, "memory": k}   -> one timed run
  {"op": "cg", "N": N, "rtol": rt, "maxIterations": m}                        -> one timed run
Keys are Banach problem ids (optim/mgh/<name>) or "optim/rosenbrock/chained/<n>".

The problems live in scipy_problems.py (extracted beside this file).

Stopping protocol for L-BFGS-B: the same 2-norm target as Banach's L-BFGS (||grad f||_2 <= t).
SciPy's own tests are switched off (gtol = 0 on the projected-gradient inf-norm, ftol = 0), and a
callback raises StopIteration once the gradient at the accepted iterate has 2-norm <= t. The gradient
is the one SciPy already evaluated there (no extra evaluation). Each answer says why the run stopped
("gradient", or SciPy's message when it ended otherwise, e.g. a line-search failure). Times are time.perf_counter around
scipy.optimize.minimize (or scipy.sparse.linalg.cg).
"""
import time

import numpy as np
import scipy
import scipy.optimize
import scipy.sparse
import scipy.sparse.linalg

from json_lines import serve
from scipy_problems import problem


def lbfgsb(p, tol, max_iter, memory):
    """One run of L-BFGS-B to ||g||_2 <= tol. Its own stopping tests are off: gtol = 0 (the projected-gradient
    inf-norm test fires only at an exactly zero gradient) and ftol = 0 (the relative-reduction test fires only
    when an iteration does not lower f at all). "stop" says why it ended: "gradient" when the callback stopped
    it at the 2-norm target, else SciPy's own message (line-search failure, no reduction, limits)."""
    state = {"x": None, "g": None, "nfev": 0, "misses": 0, "reached": False}

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
                state["reached"] = True
                raise StopIteration
        else:
            state["misses"] += 1

    f0, g0 = p.fg(p.start)
    if float(np.linalg.norm(g0)) <= tol:   # Banach's L-BFGS stops at the start, with one evaluation
        return {"seconds": 0.0, "nfev": 1, "nit": 0, "f": f0, "gnorm": float(np.linalg.norm(g0)),
                "gnormInf": float(np.max(np.abs(g0))), "stop": "gradient", "message": "gradient small at the start",
                "misses": 0}
    t0 = time.perf_counter()
    res = scipy.optimize.minimize(fun, p.start.copy(), jac=True, method="L-BFGS-B", callback=callback,
                                  options={"gtol": 0.0, "ftol": 0.0, "maxiter": max_iter,
                                           "maxfun": 50 * max_iter + 1000, "maxcor": memory})
    seconds = time.perf_counter() - t0
    f, g = p.fg(res.x)
    return {"seconds": seconds, "nfev": int(state["nfev"]), "nit": int(res.nit), "f": f,
            "gnorm": float(np.linalg.norm(g)), "gnormInf": float(np.max(np.abs(g))),
            "stop": "gradient" if state["reached"] else "scipy: " + str(res.message),
            "message": str(res.message), "misses": state["misses"]}


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
            out[key] = {"n": p.n, "f0": f, "gnorm0": float(np.linalg.norm(g)), "g0": [float(v) for v in g]}
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


if __name__ == "__main__":
    serve(handle)
