"""The problems of `banach bench-optim`'s SciPy side: every shipped Moré–Garbow–Hillstrom problem
(Banach's optim/mgh/*, at the same dimensions and standard starts) and chained Rosenbrock, each a port of
the Java class's residuals and Jacobian (f = sum r_i^2, g = 2 J^T r, as Banach's LeastSquaresProblem).
The launcher checks f and the gradient of each against Java's at the start to 1e-12 before it compares.
"""
import math

import numpy as np

# Java semantics: overflow gives inf and 0/0 NaN rather than an exception (numpy float64 arithmetic on the
# points SciPy passes in, without warnings on stderr; exp and power below).
np.seterr(all="ignore")


def exp(v):
    """math.exp (the C library's, like Java's Math.exp accurate to within an ulp), inf on overflow."""
    try:
        return math.exp(v)
    except OverflowError:
        return math.inf


def power(a, b):
    """math.pow with Java's Math.pow results where Python raises: inf on overflow or 0^negative, NaN otherwise."""
    try:
        return math.pow(a, b)
    except OverflowError:
        return math.inf
    except ValueError:
        return math.inf if a == 0 and b < 0 else math.nan

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
        return np.array([1e4 * x[0] * x[1] - 1, exp(-x[0]) + exp(-x[1]) - 1.0001])

    def j(x):
        return np.array([[1e4 * x[1], 1e4 * x[0]], [-exp(-x[0]), -exp(-x[1])]])
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
        return np.array([y[i - 1] - x[0] * (1 - power(x[1], i)) for i in (1, 2, 3)])

    def j(x):
        return np.array([[-(1 - power(x[1], i)), x[0] * i * power(x[1], i - 1)] for i in (1, 2, 3)])
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


def jennrich_sampson():
    m = 10

    def r(x):
        return np.array([2 + 2 * i - (exp(i * x[0]) + exp(i * x[1])) for i in range(1, m + 1)])

    def j(x):
        return np.array([[-i * exp(i * x[0]), -i * exp(i * x[1])] for i in range(1, m + 1)])
    return LeastSquares(2, [0.3, 0.4], r, j)


def bard():
    y = [0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34, 2.10, 4.39]

    def r(x):
        out = np.empty(15)
        for i in range(1, 16):
            u, v = float(i), float(16 - i)
            w = min(u, v)
            out[i - 1] = y[i - 1] - (x[0] + u / (v * x[1] + w * x[2]))
        return out

    def j(x):
        m = np.zeros((15, 3))
        for i in range(1, 16):
            u, v = float(i), float(16 - i)
            w = min(u, v)
            d = v * x[1] + w * x[2]
            m[i - 1] = [-1.0, u * v / (d * d), u * w / (d * d)]
        return m
    return LeastSquares(3, [1.0, 1.0, 1.0], r, j)


def gaussian():
    y = [0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989, 0.3521, 0.2420, 0.1295, 0.0540,
         0.0175, 0.0044, 0.0009]

    def r(x):
        out = np.empty(15)
        for i in range(1, 16):
            d = (8 - i) / 2.0 - x[2]
            out[i - 1] = x[0] * exp(-x[1] * d * d / 2) - y[i - 1]
        return out

    def j(x):
        m = np.zeros((15, 3))
        for i in range(1, 16):
            d = (8 - i) / 2.0 - x[2]
            e = exp(-x[1] * d * d / 2)
            m[i - 1] = [e, -x[0] * e * d * d / 2, x[0] * e * x[1] * d]
        return m
    return LeastSquares(3, [0.4, 1.0, 0.0], r, j)


def meyer():
    y = [34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744, 8261, 7030, 6005, 5147, 4427, 3820, 3307, 2872]

    def r(x):
        return np.array([x[0] * exp(x[1] / (45 + 5 * i + x[2])) - y[i - 1] for i in range(1, 17)])

    def j(x):
        m = np.zeros((16, 3))
        for i in range(1, 17):
            d = 45 + 5 * i + x[2]
            e = exp(x[1] / d)
            m[i - 1] = [e, x[0] * e / d, -x[0] * e * x[1] / (d * d)]
        return m
    return LeastSquares(3, [0.02, 4000.0, 250.0], r, j)


def gulf():
    m = 99
    ys = [25 + power(-50 * math.log(i / 100.0), 2.0 / 3.0) for i in range(1, m + 1)]

    def r(x):
        return np.array([exp(-power(abs(ys[i - 1] - x[1]), x[2]) / x[0]) - i / 100.0 for i in range(1, m + 1)])

    def j(x):
        out = np.zeros((m, 3))
        for i in range(1, m + 1):
            diff = ys[i - 1] - x[1]
            a = abs(diff)
            q = power(a, x[2])
            e = exp(-q / x[0])
            out[i - 1, 0] = e * q / (x[0] * x[0])
            if a > 0:
                out[i - 1, 1] = e * x[2] * power(a, x[2] - 1) * math.copysign(1.0, diff) / x[0]
                out[i - 1, 2] = -e * q * math.log(a) / x[0]
        return out
    return LeastSquares(3, [5.0, 2.5, 0.15], r, j)


def box3d():
    m = 10

    def r(x):
        return np.array([exp(-0.1 * i * x[0]) - exp(-0.1 * i * x[1])
                         - x[2] * (exp(-0.1 * i) - exp(-10 * (0.1 * i))) for i in range(1, m + 1)])

    def j(x):
        out = np.zeros((m, 3))
        for i in range(1, m + 1):
            t = 0.1 * i
            out[i - 1] = [-t * exp(-t * x[0]), t * exp(-t * x[1]), -(exp(-t) - exp(-10 * t))]
        return out
    return LeastSquares(3, [0.0, 10.0, 20.0], r, j)


def kowalik_osborne():
    y = [0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323, 0.0235, 0.0246]
    us = [4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625]

    def r(x):
        return np.array([y[i] - x[0] * (u * u + u * x[1]) / (u * u + u * x[2] + x[3]) for i, u in enumerate(us)])

    def j(x):
        out = np.zeros((11, 4))
        for i, u in enumerate(us):
            num = u * u + u * x[1]
            den = u * u + u * x[2] + x[3]
            out[i] = [-num / den, -x[0] * u / den, x[0] * num * u / (den * den), x[0] * num / (den * den)]
        return out
    return LeastSquares(4, [0.25, 0.39, 0.415, 0.39], r, j)


def brown_dennis():
    m = 20

    def ab(x, i):
        t = i / 5.0
        return t, x[0] + t * x[1] - exp(t), x[2] + x[3] * math.sin(t) - math.cos(t)

    def r(x):
        out = np.empty(m)
        for i in range(1, m + 1):
            _, a, b = ab(x, i)
            out[i - 1] = a * a + b * b
        return out

    def j(x):
        out = np.zeros((m, 4))
        for i in range(1, m + 1):
            t, a, b = ab(x, i)
            out[i - 1] = [2 * a, 2 * a * t, 2 * b, 2 * b * math.sin(t)]
        return out
    return LeastSquares(4, [25.0, 5.0, -5.0, -1.0], r, j)


def osborne1():
    y = [0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850, 0.818, 0.784, 0.751, 0.718, 0.685, 0.658,
         0.628, 0.603, 0.580, 0.558, 0.538, 0.522, 0.506, 0.490, 0.478, 0.467, 0.457, 0.448, 0.438, 0.431,
         0.424, 0.420, 0.414, 0.411, 0.406]

    def r(x):
        return np.array([y[i] - (x[0] + x[1] * exp(-10.0 * i * x[3]) + x[2] * exp(-10.0 * i * x[4]))
                         for i in range(33)])

    def j(x):
        out = np.zeros((33, 5))
        for i in range(33):
            t = 10.0 * i
            e4 = exp(-t * x[3])
            e5 = exp(-t * x[4])
            out[i] = [-1.0, -e4, -e5, t * x[1] * e4, t * x[2] * e5]
        return out
    return LeastSquares(5, [0.5, 1.5, -1.0, 0.01, 0.02], r, j)


def biggs_exp6():
    m = 13

    def r(x):
        out = np.empty(m)
        for i in range(1, m + 1):
            t = 0.1 * i
            y = exp(-t) - 5 * exp(-10 * t) + 3 * exp(-4 * t)
            out[i - 1] = x[2] * exp(-t * x[0]) - x[3] * exp(-t * x[1]) + x[5] * exp(-t * x[4]) - y
        return out

    def j(x):
        out = np.zeros((m, 6))
        for i in range(1, m + 1):
            t = 0.1 * i
            e1, e2, e5 = exp(-t * x[0]), exp(-t * x[1]), exp(-t * x[4])
            out[i - 1] = [-t * x[2] * e1, t * x[3] * e2, e1, -e2, -t * x[5] * e5, e5]
        return out
    return LeastSquares(6, [1.0, 2.0, 1.0, 1.0, 1.0, 1.0], r, j)


def osborne2():
    y = [1.366, 1.191, 1.112, 1.013, 0.991, 0.885, 0.831, 0.847, 0.786, 0.725, 0.746, 0.679, 0.608, 0.655,
         0.616, 0.606, 0.602, 0.626, 0.651, 0.724, 0.649, 0.649, 0.694, 0.644, 0.624, 0.661, 0.612, 0.558,
         0.533, 0.495, 0.500, 0.423, 0.395, 0.375, 0.372, 0.391, 0.396, 0.405, 0.428, 0.429, 0.523, 0.562,
         0.607, 0.653, 0.672, 0.708, 0.633, 0.668, 0.645, 0.632, 0.591, 0.559, 0.597, 0.625, 0.739, 0.710,
         0.729, 0.720, 0.636, 0.581, 0.428, 0.292, 0.162, 0.098, 0.054]

    def terms(x, i):
        t = i / 10.0
        a, b, c = t - x[8], t - x[9], t - x[10]
        return t, a, b, c, exp(-t * x[4]), exp(-a * a * x[5]), exp(-b * b * x[6]), \
            exp(-c * c * x[7])

    def r(x):
        out = np.empty(65)
        for i in range(65):
            _, _, _, _, e1, e2, e3, e4 = terms(x, i)
            out[i] = y[i] - (x[0] * e1 + x[1] * e2 + x[2] * e3 + x[3] * e4)
        return out

    def j(x):
        out = np.zeros((65, 11))
        for i in range(65):
            t, a, b, c, e1, e2, e3, e4 = terms(x, i)
            out[i] = [-e1, -e2, -e3, -e4, x[0] * t * e1, x[1] * a * a * e2, x[2] * b * b * e3, x[3] * c * c * e4,
                      -2 * x[1] * x[5] * a * e2, -2 * x[2] * x[6] * b * e3, -2 * x[3] * x[7] * c * e4]
        return out
    return LeastSquares(11, [1.3, 0.65, 0.65, 0.7, 0.6, 3.0, 5.0, 7.0, 2.0, 4.5, 5.5], r, j)


def watson():
    n = 6

    def r(x):
        out = np.empty(31)
        for i in range(1, 30):
            t = i / 29.0
            s1, s2, p = 0.0, x[0], 1.0
            for k in range(2, n + 1):
                s1 += (k - 1) * x[k - 1] * p
                p *= t
                s2 += x[k - 1] * p
            out[i - 1] = s1 - s2 * s2 - 1
        out[29] = x[0]
        out[30] = x[1] - x[0] * x[0] - 1
        return out

    def j(x):
        out = np.zeros((31, n))
        for i in range(1, 30):
            t = i / 29.0
            s2, p = 0.0, 1.0
            for k in range(1, n + 1):
                s2 += x[k - 1] * p
                p *= t
            pm, p = 0.0, 1.0
            for k in range(1, n + 1):
                out[i - 1, k - 1] = (k - 1) * pm - 2 * s2 * p
                pm = p
                p *= t
        out[29, 0] = 1
        out[30, 0] = -2 * x[0]
        out[30, 1] = 1
        return out
    return LeastSquares(n, [0.0] * n, r, j)


def penalty2():
    n = 10
    sa = math.sqrt(1e-5)

    def r(x):
        out = np.empty(2 * n)
        out[0] = x[0] - 0.2
        for i in range(2, n + 1):
            y = exp(i / 10.0) + exp((i - 1) / 10.0)
            out[i - 1] = sa * (exp(x[i - 1] / 10) + exp(x[i - 2] / 10) - y)
        for i in range(n + 1, 2 * n):
            out[i - 1] = sa * (exp(x[i - n] / 10) - exp(-0.1))
        s = 0.0
        for k in range(1, n + 1):
            s += (n - k + 1) * x[k - 1] * x[k - 1]
        out[2 * n - 1] = s - 1
        return out

    def j(x):
        out = np.zeros((2 * n, n))
        out[0, 0] = 1
        for i in range(2, n + 1):
            out[i - 1, i - 1] = sa * exp(x[i - 1] / 10) / 10
            out[i - 1, i - 2] = sa * exp(x[i - 2] / 10) / 10
        for i in range(n + 1, 2 * n):
            out[i - 1, i - n] = sa * exp(x[i - n] / 10) / 10
        for k in range(1, n + 1):
            out[2 * n - 1, k - 1] = 2 * (n - k + 1) * x[k - 1]
        return out
    return LeastSquares(n, [0.5] * n, r, j)


def variably_dimensioned(n):
    def weighted(x):
        s = 0.0
        for k in range(1, n + 1):
            s += k * (x[k - 1] - 1)
        return s

    def r(x):
        out = np.empty(n + 2)
        out[:n] = x - 1
        s = weighted(x)
        out[n] = s
        out[n + 1] = s * s
        return out

    def j(x):
        s = weighted(x)
        out = np.zeros((n + 2, n))
        for k in range(1, n + 1):
            out[k - 1, k - 1] = 1
            out[n, k - 1] = k
            out[n + 1, k - 1] = 2 * s * k
        return out
    return LeastSquares(n, [1 - k / n for k in range(1, n + 1)], r, j)


def brown_almost_linear(n):
    def r(x):
        s = 0.0
        prod = 1.0
        for v in x:
            s += v
            prod *= v
        out = np.empty(n)
        for i in range(n - 1):
            out[i] = x[i] + s - (n + 1)
        out[n - 1] = prod - 1
        return out

    def j(x):
        out = np.ones((n, n))
        for i in range(n - 1):
            out[i, i] = 2
        for k in range(n):
            p = 1.0
            for q in range(n):
                if q != k:
                    p *= x[q]
            out[n - 1, k] = p
        return out
    return LeastSquares(n, [0.5] * n, r, j)


def _boundary_start(n):
    h = 1.0 / (n + 1)
    return [(k * h) * ((k * h) - 1) for k in range(1, n + 1)]


def discrete_boundary_value(n):
    h = 1.0 / (n + 1)

    def r(x):
        out = np.empty(n)
        for i in range(n):
            t = (i + 1) * h
            left = x[i - 1] if i > 0 else 0
            right = x[i + 1] if i < n - 1 else 0
            c = x[i] + t + 1
            out[i] = 2 * x[i] - left - right + h * h * c * c * c / 2
        return out

    def j(x):
        out = np.zeros((n, n))
        for i in range(n):
            c = x[i] + (i + 1) * h + 1
            out[i, i] = 2 + 1.5 * h * h * c * c
            if i > 0:
                out[i, i - 1] = -1
            if i < n - 1:
                out[i, i + 1] = -1
        return out
    return LeastSquares(n, _boundary_start(n), r, j)


def discrete_integral(n):
    h = 1.0 / (n + 1)

    def r(x):
        out = np.empty(n)
        for i in range(1, n + 1):
            ti = i * h
            s1 = s2 = 0.0
            for k in range(1, n + 1):
                tk = k * h
                c = x[k - 1] + tk + 1
                if k <= i:
                    s1 += tk * c * c * c
                else:
                    s2 += (1 - tk) * c * c * c
            out[i - 1] = x[i - 1] + h * ((1 - ti) * s1 + ti * s2) / 2
        return out

    def j(x):
        out = np.zeros((n, n))
        for i in range(1, n + 1):
            ti = i * h
            for k in range(1, n + 1):
                tk = k * h
                c = x[k - 1] + tk + 1
                w = (1 - ti) * tk if k <= i else ti * (1 - tk)
                out[i - 1, k - 1] = h * w * 3 * c * c / 2
            out[i - 1, i - 1] += 1
        return out
    return LeastSquares(n, _boundary_start(n), r, j)


def broyden_banded(n):
    lower, upper = 5, 1

    def r(x):
        out = np.empty(n)
        for i in range(n):
            s = 0.0
            for k in range(max(0, i - lower), min(n - 1, i + upper) + 1):
                if k != i:
                    s += x[k] * (1 + x[k])
            out[i] = x[i] * (2 + 5 * x[i] * x[i]) + 1 - s
        return out

    def j(x):
        out = np.zeros((n, n))
        for i in range(n):
            for k in range(max(0, i - lower), min(n - 1, i + upper) + 1):
                out[i, k] = 2 + 15 * x[i] * x[i] if k == i else -(1 + 2 * x[k])
        return out
    return LeastSquares(n, [-1.0] * n, r, j)


def linear_full_rank(n, m):
    def r(x):
        s = 0.0
        for v in x:
            s += v
        return np.array([(x[i] if i < n else 0) - 2.0 / m * s - 1 for i in range(m)])

    def j(x):
        out = np.full((m, n), -2.0 / m)
        for i in range(n):
            out[i, i] += 1
        return out
    return LeastSquares(n, [1.0] * n, r, j)


def linear_rank1(n, m):
    def r(x):
        s = 0.0
        for k in range(1, n + 1):
            s += k * x[k - 1]
        return np.array([i * s - 1 for i in range(1, m + 1)])

    def j(x):
        return np.array([[float(i * k) for k in range(1, n + 1)] for i in range(1, m + 1)])
    return LeastSquares(n, [1.0] * n, r, j)


def linear_rank1_zero(n, m):
    def r(x):
        s = 0.0
        for k in range(2, n):
            s += k * x[k - 1]
        out = np.empty(m)
        out[0] = -1
        for i in range(2, m):
            out[i - 1] = (i - 1) * s - 1
        out[m - 1] = -1
        return out

    def j(x):
        out = np.zeros((m, n))
        for i in range(2, m):
            for k in range(2, n):
                out[i - 1, k - 1] = float((i - 1) * k)
        return out
    return LeastSquares(n, [1.0] * n, r, j)


def chebyquad():
    n = 8

    def integral(i):
        return 0.0 if i % 2 == 1 else -1.0 / (i * i - 1.0)

    def r(x):
        out = np.zeros(n)
        for xj in x:
            y = 2 * xj - 1
            t_prev, t = 1.0, y
            for i in range(1, n + 1):
                out[i - 1] += t / n
                t_prev, t = t, 2 * y * t - t_prev
        for i in range(1, n + 1):
            out[i - 1] -= integral(i)
        return out

    def j(x):
        out = np.zeros((n, n))
        for k in range(n):
            y = 2 * x[k] - 1
            t_prev, t, d_prev, d = 1.0, y, 0.0, 1.0
            for i in range(1, n + 1):
                out[i - 1, k] = 2 * d / n
                t_next = 2 * y * t - t_prev
                d_next = 2 * t + 2 * y * d - d_prev
                t_prev, t, d_prev, d = t, t_next, d, d_next
        return out
    return LeastSquares(n, [k / (n + 1.0) for k in range(1, n + 1)], r, j)


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
    "optim/mgh/jennrich-sampson": jennrich_sampson,
    "optim/mgh/helical-valley": helical_valley,
    "optim/mgh/bard": bard,
    "optim/mgh/gaussian": gaussian,
    "optim/mgh/meyer": meyer,
    "optim/mgh/gulf": gulf,
    "optim/mgh/box-3d": box3d,
    "optim/mgh/powell-singular": lambda: extended_powell(4),
    "optim/mgh/wood": wood,
    "optim/mgh/kowalik-osborne": kowalik_osborne,
    "optim/mgh/brown-dennis": brown_dennis,
    "optim/mgh/osborne-1": osborne1,
    "optim/mgh/biggs-exp6": biggs_exp6,
    "optim/mgh/osborne-2": osborne2,
    "optim/mgh/watson": watson,
    "optim/mgh/extended-rosenbrock": lambda: extended_rosenbrock(10),
    "optim/mgh/extended-powell": lambda: extended_powell(12),
    "optim/mgh/penalty-1": penalty1,
    "optim/mgh/penalty-2": penalty2,
    "optim/mgh/variably-dimensioned": lambda: variably_dimensioned(10),
    "optim/mgh/brown-almost-linear": lambda: brown_almost_linear(10),
    "optim/mgh/discrete-boundary-value": lambda: discrete_boundary_value(10),
    "optim/mgh/discrete-integral": lambda: discrete_integral(10),
    "optim/mgh/broyden-tridiagonal": lambda: broyden_tridiagonal(10),
    "optim/mgh/broyden-banded": lambda: broyden_banded(10),
    "optim/mgh/linear-full-rank": lambda: linear_full_rank(10, 20),
    "optim/mgh/linear-rank-1": lambda: linear_rank1(10, 20),
    "optim/mgh/linear-rank-1-zero": lambda: linear_rank1_zero(10, 20),
    "optim/mgh/chebyquad": chebyquad,
}


def problem(key):
    if key in MGH:
        return MGH[key]()
    if key.startswith("optim/rosenbrock/chained/"):
        return ChainedRosenbrock(int(key.rsplit("/", 1)[1]))
    return None
