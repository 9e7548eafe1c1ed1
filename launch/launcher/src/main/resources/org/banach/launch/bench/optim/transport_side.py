"""numpy side of `banach bench-optim`'s transport section (extracted to a temporary file and run by the launcher).

A small server, as scipy_side.py: one JSON request per line on stdin, one JSON answer per line on stdout.
  {"op": "versions"}
  {"op": "points", "x": [[x, y], ...], "y": [[x, y], ...]}   -> builds C = squared distances (kept), returns
                                                              its sum and a few entries for the launcher to check
  {"op": "sinkhorn", "eps": e, "iterations": k}             -> one timed run of the straightforward Sinkhorn
The Sinkhorn is the textbook one: K = np.exp(-C/eps) once (not timed), then k times u = a/(K@v); v = b/(K.T@u),
timed with time.perf_counter around the loop; uniform marginals. numpy's BLAS uses its default threads unless
the launcher sets OPENBLAS_NUM_THREADS.
"""
import time

import numpy as np
from json_lines import serve

_STATE = {}


def handle(req):
    op = req.get("op")
    if op == "versions":
        return {"numpy": np.__version__}
    if op == "points":
        x = np.asarray(req["x"], dtype=float)
        y = np.asarray(req["y"], dtype=float)
        c = ((x[:, None, :] - y[None, :, :]) ** 2).sum(-1)
        _STATE.clear()
        _STATE["C"] = c
        return {"n": c.shape[0], "m": c.shape[1], "sum": float(c.sum()),
                "corner": [float(c[0, 0]), float(c[0, -1]), float(c[-1, 0]), float(c[-1, -1])]}
    if op == "sinkhorn":
        c = _STATE["C"]
        eps = float(req["eps"])
        iterations = int(req["iterations"])
        n, m = c.shape
        a = np.full(n, 1.0 / n)
        b = np.full(m, 1.0 / m)
        k = np.exp(-c / eps)
        v = np.ones(m)
        t0 = time.perf_counter()
        for _ in range(iterations):
            u = a / (k @ v)
            v = b / (k.T @ u)
        seconds = time.perf_counter() - t0
        err = float(np.abs(v * (k.T @ u) - b).sum() + np.abs(u * (k @ v) - a).sum())
        return {"seconds": seconds, "iterations": iterations, "marginalError": err}
    return {"error": "unknown op " + str(op)}


if __name__ == "__main__":
    serve(handle)
