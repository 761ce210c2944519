#!/usr/bin/python3
"""Reference values for @activation-lab/core, computed with mpmath: the one generator of every
fixture, with one mpmath definition of each function that both fixture sets use.

Run from anywhere with Debian's python3-mpmath (CI runs only a sample of it, in
test/scripts/generators.test.ts; the outputs are committed):

    /usr/bin/python3 packages/core/scripts/generateFixtures.py            # both sets
    /usr/bin/python3 packages/core/scripts/generateFixtures.py scalar     # test/fixtures/<name>.json
    /usr/bin/python3 packages/core/scripts/generateFixtures.py float32    # test/kernels/fixtures/float32.json
    /usr/bin/python3 packages/core/scripts/generateFixtures.py roots      # Taylor series at f′ zeros (printed)

A sample instead of the files: `--only NAME,NAME --every N` prints, as JSON on stdout, the listed
functions (float32: ids) with every N-th point of each case, from the same seeded inputs, so that a
test can compare them with the committed files bit for bit.

The scalar set writes one JSON file per function,

    {"function": "sigmoid", "generator": "...", "cases": [
        {"regime": "tiny", "param": null, "points": [["1e-300", "0.5"], ...]}, ...]}

Every input is a double (Python float, exactly representable); every expected value is the
correctly rounded double of the exact result, computed at 60 significant digits and rounded
once through an exact rational (so subnormal results are rounded correctly too), written with
repr() ("-0.0", "5e-324", "inf" as "Infinity"). Inputs are drawn from seeded generators, so
a rerun writes the same files.

Regimes: tiny (|x| ≤ 2^-27, subnormal x included), moderate (|x| ≤ 20), large (20 < |x| ≤ 750),
huge (|x| > 750), subnormal (inputs whose result is subnormal or just above the smallest
normal), zero (inputs around a zero crossing of a derivative), boundary (around the points where
the implementation switches formulas), kinks (around the kinks of the piecewise functions),
underflow (for every function with a tail that decays to 0: the whole stretch from the smallest
normal result through the last subnormal to ±0, the doubles around the point where the result
rounds to zero, and the far tail out to ±1.8e308, so that a result of the wrong zero sign
anywhere fails the signed comparison of the tests), dense (a uniform grid where erfc's rounding
is least shrunk: erfc, gelu, gelu′), audit (the worst inputs scripts/auditScalar.py found).

The float32 set writes float32.json: correctly rounded float32 values of every activation and its
derivative at float32 inputs, for the float32 kernels' 1-ULP tests. Values are computed at 60
significant digits (more for huge |x|) and rounded once to float32 (round-half-even, subnormals and
overflow included). Inputs, all float32, by regime: a uniform sweep of [-20, 20], a wide negative
sweep [-120, 20] (tails and subnormal results), magnitudes from 1e-45 to 3e38 of both signs, the
400 consecutive float32 values around each zero of a derivative (swish', gelu', geluTanh', mish',
hardSwish'), the smallest subnormals of both signs, and for every function or derivative that
decays to 0 the whole underflow boundary: a sweep from the smallest normal float32 result through
±0, the 81 float32 values around the point where the result rounds to 0, and the tail beyond it out
to ±3.4e38 (the tests compare zeros with their signs). Besides (scaledGradients), dy·f′(x) with a
large dy (10^10 to 3e38) where f′(x) alone underflows float32 but the product does not: gelu′ below
−16.

Adding a function: its definition below, then its entry at the end of FUNCTIONS (scalar; extra
regimes from later_uniform) or of FLOAT32_CASES, so that the others' inputs do not move: a rerun
then changes only the new function's files.
"""

import argparse
import json
import math
import os
import random
import struct
import sys
from fractions import Fraction

import mpmath as mp

mp.mp.dps = 60
CORE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCALAR_DIR = os.path.join(CORE, "test", "fixtures")
FLOAT32_PATH = os.path.join(CORE, "test", "kernels", "fixtures", "float32.json")
GENERATOR = "generated with mpmath (60 digits) by packages/core/scripts/generateFixtures.py"
FLOAT32_GENERATOR = "packages/core/scripts/generateFixtures.py float32 (mpmath, 60 digits, rounded once to float32)"
MAX_DOUBLE = 1.7976931348623157e308


# ---- rounding ---------------------------------------------------------------------------------


def to_double(v):
    """The double nearest to the real number v (ties to even), subnormals and overflow included."""
    v = mp.mpf(v)
    if mp.isnan(v):
        return math.nan
    if mp.isinf(v):
        return math.inf if v > 0 else -math.inf
    if v == 0:
        return 0.0
    sign, man, exp, _ = v._mpf_
    man = -int(man) if sign else int(man)
    bits = exp + abs(man).bit_length()  # v = ±m·2^bits with 1/2 ≤ m < 1
    if bits < -1080:
        return 0.0 if v > 0 else -0.0
    if bits > 1030:
        return math.inf if v > 0 else -math.inf
    q = Fraction(man) * (Fraction(2) ** exp)
    try:
        return float(q)  # int/int true division: correctly rounded, -0.0 for a negative underflow
    except OverflowError:
        return math.inf if q > 0 else -math.inf


def fmt(x):
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return repr(float(x))


# ---- exact definitions (mpmath), one per function, for both sets, in forms that need no extra precision ----------------------


def sigma(z):
    z = mp.mpf(z)
    return 1 / (1 + mp.exp(-z)) if z >= 0 else mp.exp(z) / (1 + mp.exp(z))


def sigma_grad(z):
    t = mp.exp(-abs(mp.mpf(z)))
    return t / (1 + t) ** 2


SQRT_2_OVER_PI = mp.sqrt(2 / mp.pi)
GELU_TANH_C = mp.mpf("0.044715")


def gelu_tanh_u(x):
    x = mp.mpf(x)
    return SQRT_2_OVER_PI * (x + GELU_TANH_C * x**3)


def gelu_tanh(x):
    return mp.mpf(x) * sigma(2 * gelu_tanh_u(x))


def gelu_tanh_grad(x):
    x = mp.mpf(x)
    u = gelu_tanh_u(x)
    du = SQRT_2_OVER_PI * (1 + 3 * GELU_TANH_C * x**2)
    return sigma(2 * u) + 2 * x * du * sigma_grad(2 * u)


def swish(x, b):
    x, b = mp.mpf(x), mp.mpf(b)
    return x * sigma(b * x)


def swish_grad(x, b):
    z = mp.mpf(b) * mp.mpf(x)
    return sigma(z) * (1 + z * sigma(-z))


def swish_grad_beta(x, b):
    x = mp.mpf(x)
    return x * x * sigma_grad(mp.mpf(b) * x)


def softplus(x):
    x = mp.mpf(x)
    return x + mp.log1p(mp.exp(-x)) if x > 0 else mp.log1p(mp.exp(x))


def elu(x, a):
    x = mp.mpf(x)
    return x if x > 0 else mp.mpf(a) * mp.expm1(x)


def elu_grad(x, a):
    x = mp.mpf(x)
    return mp.mpf(1) if x > 0 else mp.mpf(a) * mp.exp(x)


def mish(x, p=None):
    """x·tanh(softplus(x)) = x·n/(n + 2) with u = e^x, n = u(u + 2), since tanh(ln(1 + u)) =
    ((1 + u)² − 1)/((1 + u)² + 1); in v = e^(−x) for x > 0, so e^x never needs to be huge."""
    x = mp.mpf(x)
    if x > 0:
        v = mp.exp(-x)
        return x * (1 + 2 * v) / (1 + 2 * v + 2 * v * v)
    u = mp.exp(x)
    n = u * (u + 2)
    return x * n / (n + 2)


def mish_grad(x, p=None):
    """mish′ = tanh(sp) + x·sech²(sp)·σ(x) = u·((u + 2)(u² + 2u + 2) + 4x(1 + u))/(u² + 2u + 2)²,
    u = e^x (in v = e^(−x) for x > 0: dividing through by u⁴)."""
    x = mp.mpf(x)
    if x > 0:
        v = mp.exp(-x)
        d = 1 + 2 * v + 2 * v * v
        return ((1 + 2 * v) * d + 4 * x * v * v * (1 + v)) / (d * d)
    u = mp.exp(x)
    d = u * u + 2 * u + 2
    return u * ((u + 2) * d + 4 * x * (1 + u)) / (d * d)


def hard_swish(x, p=None):
    """x·ReLU6(x + 3)/6 (torch.nn.Hardswish): −0 for x ≤ −3, the sign PyTorch's x·0/6 gives."""
    x = mp.mpf(x)
    if x <= -3:
        return -0.0
    return x if x >= 3 else x * (x + 3) / 6


def hard_swish_grad(x, p=None):
    """(2x + 3)/6 on (−3, 3), 0 at and below −3, 1 at and above 3: PyTorch's hardswish_backward
    (aten/src/ATen/native/cpu/Activation.cpp, x <= -3 → 0, x < 3 → x/3 + 1/2, else 1)."""
    x = mp.mpf(x)
    if x <= -3:
        return mp.mpf(0)
    return mp.mpf(1) if x >= 3 else (2 * x + 3) / 6


def relu(x, p=None):
    return max(mp.mpf(x), mp.mpf(0))


def relu_grad(x, p=None):
    """1 for x > 0, 0 for x ≤ 0: the left-hand derivative at the kink, as PyTorch."""
    return mp.mpf(1) if x > 0 else mp.mpf(0)


def leaky_relu(x, a):
    """Leaky ReLU and PReLU: x for x > 0, α·x otherwise (one product, correctly rounded)."""
    x = mp.mpf(x)
    return x if x > 0 else mp.mpf(a) * x


def leaky_relu_grad(x, a):
    return mp.mpf(1) if x > 0 else mp.mpf(a)


def prelu_grad_alpha(x, a=None):
    """∂prelu/∂α = min(x, 0); it does not depend on α."""
    return min(mp.mpf(x), mp.mpf(0))


# mpmath's erfc overflows a float for |x| beyond ~1e8; there the tails are below e^(−5e7), far
# under the smallest double, so a stand-in of that sign and size gives the same rounded value.
TAIL = mp.mpf(2) ** -100000
BIG = 1e4


def erfc(x):
    x = mp.mpf(x)
    if abs(x) > BIG:
        return TAIL if x > 0 else 2 - TAIL
    return mp.erfc(x)


def erf(x):
    x = mp.mpf(x)
    if abs(x) > BIG:
        return 1 - TAIL if x > 0 else -1 + TAIL
    return mp.erf(x)


def ncdf(x):
    return erfc(-mp.mpf(x) / mp.sqrt(2)) / 2


def gelu(x):
    x = mp.mpf(x)
    return x * ncdf(x)


def gelu_grad(x):
    x = mp.mpf(x)
    if x < -BIG:
        return -TAIL  # Φ(x) + x·φ(x) < 0 and below e^(−5e7) in size
    return ncdf(x) + x * mp.npdf(x)


def tanh_grad(x):
    return mp.sech(mp.mpf(x)) ** 2


# ---- inputs ---------------------------------------------------------------------------------

rng = random.Random(20261127)


def log_uniform(lo, hi, n, signs=(1, -1)):
    out = []
    for i in range(n):
        e = rng.uniform(math.log2(lo), math.log2(hi))
        out.append(signs[i % len(signs)] * 2.0**e)
    return out


def uniform(lo, hi, n):
    return [rng.uniform(lo, hi) for _ in range(n)]


# Functions added after the first fixtures draw their extra regimes from their own stream, so the
# committed inputs of the others stay as they were (rng is shared by every regime).
later_rng = random.Random(20261206)


def later_uniform(lo, hi, n):
    return [later_rng.uniform(lo, hi) for _ in range(n)]


def around(root, n):
    """Doubles near a root: a few ULPs away, then further out on a log scale, on both sides."""
    xs = []
    ulp = math.ulp(root)
    for k in [1, 2, 3, 5, 10, 100, 1000, 10**4, 10**6]:
        xs += [root + k * ulp, root - k * ulp]
    for d in log_uniform(1e-12, 0.25, n - len(xs)):
        xs.append(root + d)
    return xs


SUBNORMAL_X = [5e-324, -5e-324, 2.2250738585072014e-308, -2.2250738585072014e-308, 1e-310, -3e-320]
REGIMES = {
    "tiny": lambda: SUBNORMAL_X + log_uniform(2.0**-1074, 2.0**-27, 60),
    "moderate": lambda: uniform(-20, 20, 500) + log_uniform(2.0**-27, 20, 300),
    "large": lambda: log_uniform(20, 750, 100),
    "huge": lambda: [MAX_DOUBLE, -MAX_DOUBLE] + log_uniform(750, MAX_DOUBLE, 60),
}


def near(points, n=6):
    """Doubles at and around the given points: a few ULPs away and 1e-9…1e-3 relative away."""
    xs = []
    for t in points:
        for k in range(-2, 3):
            xs.append(t + k * math.ulp(t))
        for d in log_uniform(1e-9, 1e-3, n):
            xs.append(t * (1 + d))
    return xs


# Where the implementations switch formulas (src/scalar, src/special): errors hide at such seams.
BOUNDARIES = {
    "sigmoid": [-1500, -745.1, -708, -40, -38, 38, 37.5],
    "sigmoidGrad": [-40, 40, -708, 708, 745],
    "tanhGrad": [-20, 20, 354, 354.5, 372],
    "elu": [-1e-8, -0.5, -1, -37, -40],
    "eluGrad": [-708, -745, -1500],
    "swish": [-2.5, -0.65, -40, -38, 38, 37.5, -700, -745],
    "swishGrad": [-2.5, -0.65, 2.5, 0.65, -40, 40, -38, 38, -708],
    "swishGradBeta": [-40, 40, 1e150, -1e150, 708],
    "gelu": [-1.1932, -1.7678, 1.7678, -39.5, -37.7, 39.5, -1e-300],
    "geluGrad": [-1.35, -0.35, -1.7678, -1.1932, 1.1932, 1.7678, -8.5, -37.6],
    "geluTanh": [-21.9, -10, 10, 30, -30, -1e-300],
    "geluTanhGrad": [-0.8524614220710163, -0.6524614220710162, 30, -30, -21.5],
    "softplus": [-37, 37, -708, 708, 1e-300],
    "erf": [0.84375, -0.84375, 1.25, -1.25, 6, -6, 2.857142857142857, 3.725290298461914e-9],
    "erfc": [0.84375, -0.84375, 1.25, -1.25, 0.25, -6, 6, 2.857142857142857, 26.55, 27.2, 28],
    "mish": [-40, 40, -1500, 2.0**-60, -(2.0**-60)],
    "mishGrad": [-40, 40, -1.45, -0.95, -1500],
    "hardSwish": [-3, 3, 2.0**-60, -(2.0**-60)],
    "hardSwishGrad": [-3, 3],
    # added with the fixtures of relu, leakyRelu, prelu, silu and softplusGrad
    "silu": [-2.5, -0.65, -40, -38, 38, 37.5, -700, -745],
    "siluGrad": [-2.5, -0.65, 2.5, 0.65, -40, 40, -38, 38, -708],
    "softplusGrad": [-1500, -745.1, -708, -40, -38, 38, 37.5],
}


def root_of(f, guess):
    return float(mp.findroot(f, mp.mpf(guess)))


SILU_ROOT = root_of(lambda z: sigma(z) * (1 + z * sigma(-z)), -1.28)  # swish′ = 0 at βx = this
GELU_ROOT = root_of(gelu_grad, -0.75)
GELU_TANH_ROOT = root_of(gelu_tanh_grad, -0.75)
MISH_ROOT = root_of(mish_grad, -1.19)

# name: (function of (x, param), params, extra regimes {name: inputs})
FUNCTIONS = {
    "sigmoid": (lambda x, p: sigma(x), [None], {"subnormal": uniform(-745.2, -707, 100)}),
    "sigmoidGrad": (
        lambda x, p: sigma_grad(x),
        [None],
        {"subnormal": uniform(707, 745.2, 50) + uniform(-745.2, -707, 50)},
    ),
    "tanh": (lambda x, p: mp.tanh(x), [None], {}),
    "tanhGrad": (
        lambda x, p: tanh_grad(x),
        [None],
        {"subnormal": uniform(353, 373, 50) + uniform(-373, -353, 50)},
    ),
    "elu": (elu, [1, 0.3, 2.5], {}),
    "eluGrad": (elu_grad, [1, 0.3, 2.5], {"subnormal": uniform(-745.2, -707, 100)}),
    "swish": (
        swish,
        [1, 0.5, 1.7, -0.8],
        {"subnormal": uniform(-751, -700, 100)},
    ),
    "swishGrad": (
        swish_grad,
        [1, 0.5, 1.7, -0.8],
        {"subnormal": uniform(-751, -700, 100)},
    ),
    "swishGradBeta": (swish_grad_beta, [1, 0.5, 1.7, -0.8], {"subnormal": uniform(700, 760, 50) + uniform(-760, -700, 50)}),
    "gelu": (lambda x, p: gelu(x), [None], {"subnormal": uniform(-38.8, -37.3, 100)}),
    "geluGrad": (lambda x, p: gelu_grad(x), [None], {"subnormal": uniform(-38.8, -37.3, 100)}),
    "geluTanh": (lambda x, p: gelu_tanh(x), [None], {"subnormal": uniform(-22.2, -21.4, 100)}),
    "geluTanhGrad": (lambda x, p: gelu_tanh_grad(x), [None], {"subnormal": uniform(-21.9, -21.1, 100)}),
    "softplus": (lambda x, p: softplus(x), [None], {"subnormal": uniform(-745.2, -707, 100)}),
    "erf": (lambda x, p: erf(x), [None], {}),
    "erfc": (lambda x, p: erfc(x), [None], {"subnormal": uniform(26.4, 27.3, 100)}),
    "mish": (mish, [None], {"subnormal": later_uniform(-751, -700, 100)}),
    "mishGrad": (mish_grad, [None], {"subnormal": later_uniform(-751, -700, 100)}),
    "hardSwish": (hard_swish, [None], {"kinks": later_uniform(-3.5, 3.5, 200)}),
    "hardSwishGrad": (hard_swish_grad, [None], {"kinks": later_uniform(-3.5, 3.5, 200)}),
    # Added later, at the end and with their extra regimes from later_uniform, so the inputs above
    # stay as they were. The kinks' regime is the stretch around x = 0; the tiny one holds its
    # subnormals, whose products α·x underflow (and round) like any other.
    "relu": (relu, [None], {"kinks": later_uniform(-1, 1, 200)}),
    "reluGrad": (relu_grad, [None], {"kinks": later_uniform(-1, 1, 200)}),
    "leakyRelu": (leaky_relu, [0.01, 0.3, 1], {"kinks": later_uniform(-1, 1, 200)}),
    "leakyReluGrad": (leaky_relu_grad, [0.01, 0.3, 1], {"kinks": later_uniform(-1, 1, 200)}),
    "prelu": (leaky_relu, [0.25, -0.5, 3], {"kinks": later_uniform(-1, 1, 200)}),
    "preluGrad": (leaky_relu_grad, [0.25, -0.5, 3], {"kinks": later_uniform(-1, 1, 200)}),
    "preluGradAlpha": (prelu_grad_alpha, [0.25], {"kinks": later_uniform(-1, 1, 200)}),
    "silu": (lambda x, p: swish(x, 1), [None], {"subnormal": later_uniform(-751, -700, 100)}),
    "siluGrad": (lambda x, p: swish_grad(x, 1), [None], {"subnormal": later_uniform(-751, -700, 100)}),
    "softplusGrad": (lambda x, p: sigma(x), [None], {"subnormal": later_uniform(-745.2, -707, 100)}),
}

ZERO_CROSSINGS = {
    "swishGrad": lambda p: SILU_ROOT / p,
    "geluGrad": lambda p: GELU_ROOT,
    "geluTanhGrad": lambda p: GELU_TANH_ROOT,
    "mishGrad": lambda p: MISH_ROOT,
    "hardSwishGrad": lambda p: -1.5,
    "siluGrad": lambda p: SILU_ROOT,
}


# The tails along which each function decays to 0, as signs of x for β = 1 (a swish tail is in βx,
# so it flips with the sign of β): the underflow regime covers each of them.
DECAYING_TAILS = {
    "sigmoid": [-1],
    "sigmoidGrad": [-1, 1],
    "tanhGrad": [-1, 1],
    "eluGrad": [-1],
    "swish": [-1],
    "swishGrad": [-1],
    "swishGradBeta": [-1, 1],
    "gelu": [-1],
    "geluGrad": [-1],
    "geluTanh": [-1],
    "geluTanhGrad": [-1],
    "softplus": [-1],
    "erfc": [1],
    "mish": [-1],
    "mishGrad": [-1],
    "silu": [-1],
    "siluGrad": [-1],
    "softplusGrad": [-1],
}
SCALED_BY_BETA = {"swish", "swishGrad", "swishGradBeta"}
# Where src/scalar stops computing and returns its limit (±0) on a decaying tail, in βx for swish
LIMIT_SWITCHES = {
    "sigmoid": [-1500],
    "swish": [-1500],
    "swishGrad": [-1500, 1500],
    "swishGradBeta": [-1500, 1500],
    "gelu": [-40],
    "geluGrad": [-40],
    "geluTanh": [-30],
    "geluTanhGrad": [-30],
    "mish": [-1500],
    "mishGrad": [-1500],
    "silu": [-1500],
    "siluGrad": [-1500, 1500],
    "softplusGrad": [-1500],
}
LOG2 = mp.log(2)
underflow_rng = random.Random(20261205)  # its own stream, so the other regimes keep their inputs


def log_size_crossing(f, sign, scale, level):
    """The x on the tail `sign` where log2|f(x)| = level, by bisection in x/scale ∈ [5, 5000]
    (beyond every derivative zero); f decays monotonically there."""

    def above(t):
        v = f(mp.mpf(sign * t / scale))
        return v != 0 and mp.log(abs(v)) / LOG2 > level

    lo, hi = mp.mpf(5), mp.mpf(5000)
    for _ in range(80):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if above(mid) else (lo, mid)
    return float(sign * lo / scale)


def underflow_inputs(f, sign, scale):
    """From the smallest normal result through ±0: a uniform sweep, the 41 doubles around the point
    where the result rounds to 0 (|f| = 2^−1075), the tail beyond it to 3 times that x, and the far
    tail out to ±1.8e308."""
    normal = log_size_crossing(f, sign, scale, -1022)
    zero = log_size_crossing(f, sign, scale, -1075)
    end = zero + (zero - normal) / 2
    xs = [underflow_rng.uniform(normal, end) for _ in range(150)]
    xs += [zero + k * math.ulp(zero) for k in range(-20, 21)]
    xs += [underflow_rng.uniform(end, 3 * end) for _ in range(100)]
    xs += [math.copysign(2.0 ** underflow_rng.uniform(math.log2(abs(end)), 1023.99), end) for _ in range(40)]
    return xs + [math.copysign(MAX_DOUBLE, end)]




# Added with the dense audit (scripts/auditScalar.py), from their own stream so that the inputs above
# stay as they were. dense: uniform where the error analysis is tightest, erfc's fdlibm ratios whose
# rounding the result does not shrink (erfc from 0.25 through the first tail interval, 1.25 to 1/0.35;
# gelu and gelu′ at x = −√2·that, where Φ(x) = erfc(−x/√2)/2). audit: the audit's three worst inputs
# of each function that is not correctly rounded everywhere, found before erfcParts.ts kept those
# ratios in pairs; for gelu also x = −1.8659145969160207 and 11 more, for erfc 11, where that
# code was 2 ULP from the correctly rounded value, and for softplus 12 where Math.log1p(Math.exp(x))
# was (a search of 10^7 points in [−4, 4] found 27).
dense_rng = random.Random(20261207)
DENSE = {
    "gelu": [dense_rng.uniform(-4.1, -0.35) for _ in range(2000)],
    "geluGrad": [dense_rng.uniform(-4.1, -0.35) for _ in range(2000)],
    "erfc": [dense_rng.uniform(0.25, 2.9) for _ in range(2000)],
}
AUDIT_WORST = {
    "sigmoid": [-708.4918974553283, -709.016361540961, -708.4656823337957],
    "sigmoidGrad": [708.4933185434045, 708.5268076425277, -708.466961906168],
    "tanhGrad": [354.9304173118387, 354.99051647127123, 354.9068664140011],
    "elu": [-1.3850682883963863, -0.40865458812497835, -1.3076389122727026],
    "eluGrad": [-708.9628202683601, -709.8695096799102, -709.5088019043222],
    "swish": [-715.3098804151467, -715.0139029954115, -715.4445824674988],
    "swishGrad": [3.0472580905552493, -4.999998525801284, 2.795577560783278],
    "swishGradBeta": [-1446.6950397155492, 1447.363956913579, -721.664656244853],
    "silu": [-715.7495193065793, -715.5635389510151, -715.2450347044801],
    "siluGrad": [-2.499999999811211, -2.4838947968127663, -2.499834433400638],
    "gelu": [-2.276613249590896, -1.8708595029779431, -1.8524696358890562, -1.8659145969160207, -2.192904089570033, -1.8657160937007515, -1.8637521887265418, -1.8637013094779498, -1.8580890460307504, -1.8481743481164323, -1.842420747218481, -1.8348399028681355, -1.83018916107671, -1.8232600029326869, -1.8230718159784782],
    "geluGrad": [-1.767973335844052, -1.7491884897258405, -1.7674815388556404],
    "geluTanh": [-0.5442953735078753, -21.196094616190447, -21.19111420329799],
    "geluTanhGrad": [-3.2951764867751496, -0.6524614248000553, -0.6524615534290034],
    "softplus": [-2.752132490447928, 0.3546623894660427, 0.287041957564046, -1.2622720588507512, -1.3171785455962066, -1.3026412242910546, -1.3007861824864806, -1.2973880428822273, -1.2961693275491832, -1.2739387727975435, -1.2703456990390851, -1.2642138807766106, -1.2626670838643852, -1.2619722437603293, -1.2589966506685144],
    "softplusGrad": [-709.0808443435685, -708.791287428188, -708.5150141484643],
    "mish": [-715.1306530038025, -715.6558576471882, -715.4425471787757],
    "mishGrad": [-715.4517826366873, -715.4231835674461, -715.2699223433401],
    "erf": [-0.843749767677606, 0.8437499797469791, 0.8437499999868459],
    "erfc": [0.843743766088313, 0.8437499999970421, 0.8437499999960193, 0.8147190662153476, 0.8163514932959081, 0.8205362989423981, 0.8322296224842465, 0.8326000099217429, 0.8344577686789895, 0.8366541388572589, 0.8379445382240704, 0.8395205111190521, 0.8434630078353155, 1.337057494232834],
}

# Parameters the fixtures do not otherwise cover, with inputs where α·Math.expm1(x) was 2 ULP from
# the correctly rounded value (a search of 5·10^6 points in [−3, −0.1] found 32 for α = 1.7 and 34
# for 0.7; none for the fixtures' 0.3 and 2.5): one audit case per parameter, after the others.
AUDIT_PARAMS = {
    "elu": {
        1.7: [-0.3482644120516212, -0.3480697328797371, -0.34768631377537806, -0.34720094476075536, -0.34705459577413933, -0.3469699005145457, -0.34658770194565447],
        0.7: [-0.370842484549347, -0.37565442818709505, -0.3755207228236923, -0.3748380099535069, -0.3744765170826101, -0.3731095310618793, -0.3692331564415805],
    },
}


# ---- the scalar (float64) set -----------------------------------------------------------------


def scalar_cases(name, f, params, extra, evaluate, every=1):
    """The cases of one function; its inputs are always drawn (the generators are shared, in
    order), its values only where `evaluate`, at every `every`-th point."""
    cases = []
    for p in params:
        regimes = {k: make() for k, make in REGIMES.items()}
        regimes.update(extra)
        if name in BOUNDARIES:
            regimes["boundary"] = near(BOUNDARIES[name])
        if name in ZERO_CROSSINGS:
            regimes["zero"] = around(ZERO_CROSSINGS[name](p if p is not None else 1), 100)
        if name in DECAYING_TAILS:
            scale = p if name in SCALED_BY_BETA else 1
            g = lambda x, p=p, f=f: f(x, p)  # noqa: E731
            xs = [x for s in DECAYING_TAILS[name] for x in underflow_inputs(g, s, scale)]
            for t in LIMIT_SWITCHES.get(name, []):
                xs += [t / scale + k * math.ulp(t / scale) for k in range(-2, 3)]
            regimes["underflow"] = xs
        if name in DENSE:
            regimes["dense"] = DENSE[name]
        if name in AUDIT_WORST:
            regimes["audit"] = AUDIT_WORST[name]
        if not evaluate:
            continue
        for regime, xs in regimes.items():
            xs = xs[::every]
            # a float is already the double (hardSwish's −0, which an mpf cannot carry)
            ys = [f(mp.mpf(x), p) for x in xs]
            points = [[fmt(x), fmt(y if isinstance(y, float) else to_double(y))] for x, y in zip(xs, ys)]
            cases.append({"regime": regime, "param": p, "points": points})
    for p, xs in AUDIT_PARAMS.get(name, {}).items() if evaluate else ():
        xs = xs[::every]
        points = [[fmt(x), fmt(to_double(f(mp.mpf(x), p)))] for x in xs]
        cases.append({"regime": "audit", "param": p, "points": points})
    return cases


def scalar_set(only=None, every=1):
    """{name: fixture} for every function (or those in `only`)."""
    out = {}
    for name, (f, params, extra) in FUNCTIONS.items():
        evaluate = only is None or name in only
        cases = scalar_cases(name, f, params, extra, evaluate, every)
        if evaluate:
            out[name] = {"function": name, "generator": GENERATOR, "cases": cases}
    return out


def write_scalar_set():
    for name, fixture in scalar_set().items():
        path = os.path.join(SCALAR_DIR, f"{name}.json")
        with open(path, "w") as out:
            json.dump(fixture, out, indent=None)
            out.write("\n")
        print(f"{name}: {sum(len(c['points']) for c in fixture['cases'])} points -> {os.path.relpath(path)}")


# ---- the float32 set --------------------------------------------------------------------------


def f32(v):
    """v (a float) rounded to the nearest float32, as a float."""
    return struct.unpack("f", struct.pack("f", v))[0]


def bits_to_f32(i):
    return struct.unpack("f", struct.pack("I", i & 0xFFFFFFFF))[0]


def f32_to_bits(v):
    return struct.unpack("I", struct.pack("f", v))[0]


def round_f32(v):
    """The mpf v correctly rounded to float32 (ties to even), as a float; None for NaN."""
    if mp.isnan(v):
        return None
    if v == 0:
        return math.copysign(0.0, v) if isinstance(v, float) else 0.0  # a float keeps hardSwish's −0
    sign = -1 if v < 0 else 1
    a = abs(v)
    if a >= mp.mpf(2) ** 128 * (1 - mp.mpf(2) ** -25):
        return sign * float("inf")
    _, e = mp.frexp(a)  # a = m * 2^e, m in [0.5, 1)
    quantum = max(e - 24, -149)  # float32 spacing at a, subnormal spacing floor
    n = mp.nint(a / mp.mpf(2) ** quantum)  # nint rounds half to even
    return sign * float(n * mp.mpf(2) ** quantum)


# id: (f, f′), each of (x, param), from the definitions above
FLOAT32_FUNCTIONS = {
    "sigmoid": (lambda x, p: sigma(x), lambda x, p: sigma_grad(x)),
    "tanh": (lambda x, p: mp.tanh(x), lambda x, p: tanh_grad(x)),
    "relu": (relu, relu_grad),
    "leakyRelu": (leaky_relu, leaky_relu_grad),
    "prelu": (leaky_relu, leaky_relu_grad),
    "elu": (elu, elu_grad),
    "swish": (swish, swish_grad),
    "silu": (lambda x, p: swish(x, 1), lambda x, p: swish_grad(x, 1)),
    "gelu": (lambda x, p: gelu(x), lambda x, p: gelu_grad(x)),
    "geluTanh": (lambda x, p: gelu_tanh(x), lambda x, p: gelu_tanh_grad(x)),
    "softplus": (lambda x, p: softplus(x), lambda x, p: sigma(x)),
    "mish": (mish, mish_grad),
    "hardSwish": (hard_swish, hard_swish_grad),
}

# A Swish β for which β·log2(e) rounds to 1/2 exactly (see the last case below)
TIE_BETA = math.log(2) / 2

# (id, parameter) pairs: defaults, and other parameters where the kernel has a fast path
FLOAT32_CASES = [
    ("sigmoid", None),
    ("tanh", None),
    ("relu", None),
    ("leakyRelu", 0.01),
    ("prelu", 0.25),
    ("elu", 1.0),
    ("elu", 0.5),
    ("swish", 1.0),
    ("swish", 1.7),
    ("swish", -0.6),
    ("silu", None),
    ("gelu", None),
    ("geluTanh", None),
    ("softplus", None),
    ("mish", None),
    ("hardSwish", None),
    # β·log2(e) rounds to 1/2 exactly: the kernels' 2^z then meets a tie (z a half-integer) at
    # every odd integer x (added in float32_inputs), where s = z − k and 2^k once took different k
    ("swish", TIE_BETA),
]


def float32_root(id_, p):
    """The zero of the derivative in x, or None."""
    if id_ in ("swish", "silu"):
        # divided before rounding to a double, so a β ≠ 1 gets the root of its own βx
        return mp.findroot(lambda z: sigma(z) * (1 + z * sigma(-z)), -1.28) / (p if p is not None else 1)
    return {"gelu": GELU_ROOT, "geluTanh": GELU_TANH_ROOT, "mish": MISH_ROOT, "hardSwish": -1.5}.get(id_)


# Signs of x along which f and f' decay to 0 (for swish, with β > 0; a negative β flips them)
FLOAT32_DECAYING_TAILS = {
    "sigmoid": ([-1], [-1, 1]),
    "tanh": ([], [-1, 1]),
    "elu": ([], [-1]),
    "swish": ([-1], [-1]),
    "silu": ([-1], [-1]),
    "gelu": ([-1], [-1]),
    "geluTanh": ([-1], [-1]),
    "softplus": ([-1], [-1]),
    "mish": ([-1], [-1]),
}


def float32_log_size_crossing(g, x_at, level):
    """The t ∈ [5, 5000] (beyond every derivative zero) where log2|g(x_at(t))| = level, by bisection."""
    lo, hi = mp.mpf(5), mp.mpf(5000)
    for _ in range(60):
        mid = (lo + hi) / 2
        v = g(x_at(mid))
        lo, hi = (mid, hi) if v != 0 and mp.log(abs(v)) / LOG2 > level else (lo, mid)
    return lo


def float32_underflow_inputs(id_, p, rng):
    xs = set()
    scale = p if id_ == "swish" else 1
    for g, tails in zip(FLOAT32_FUNCTIONS[id_], FLOAT32_DECAYING_TAILS.get(id_, ([], []))):
        for sign in tails:
            x_at = lambda t, sign=sign: mp.mpf(sign) * t / scale  # noqa: E731
            normal = float(x_at(float32_log_size_crossing(lambda x: g(x, p), x_at, -126)))
            zero = f32(float(x_at(float32_log_size_crossing(lambda x: g(x, p), x_at, -150))))
            end = zero + (zero - normal) / 2
            for _ in range(150):
                xs.add(f32(rng.uniform(normal, end)))
            center = f32_to_bits(zero)
            for k in range(-40, 41):
                xs.add(bits_to_f32(center + k))
            for _ in range(100):
                xs.add(f32(rng.uniform(end, 3 * end)))
            for _ in range(40):
                xs.add(f32(math.copysign(2.0 ** rng.uniform(math.log2(abs(end)), 127.99), end)))
    for v in (1.401298464324817e-45, 2.802596928649634e-45, 4.203895392974451e-45, 1.1754943508222875e-38):
        xs.update((v, -v))
    return xs


def float32_inputs(id_, p, rng, underflow_rng):
    xs = float32_underflow_inputs(id_, p, underflow_rng)
    for _ in range(1500):
        xs.add(f32(rng.uniform(-20, 20)))
    for _ in range(300):
        xs.add(f32(rng.uniform(-120, 20)))
    for _ in range(500):
        xs.add(f32(rng.choice((-1, 1)) * 10 ** rng.uniform(-45, 38.5)))
    if p == TIE_BETA:
        xs.update(float(sign * k) for k in range(1, 80, 2) for sign in (1, -1))
    r = float32_root(id_, p)
    if r is not None:
        center = f32_to_bits(f32(float(r)))  # r < 0: larger bits are more negative
        for k in range(-200, 200):
            xs.add(bits_to_f32(center + k))
    return sorted(x for x in xs if x == x and abs(x) != float("inf"))


def at(g, x, p):
    """g(x, p) with enough digits for x²'s and x³'s integer digits too: at 60 digits e^(−x²/2) and
    erfc(−x/√2) for |x| = 1e38 get exponents that disagree, and gelu′ = Φ + x·φ comes out +0."""
    with mp.workdps(60 if abs(x) <= 1e4 else 60 + int(3 * math.log10(abs(x)))):
        return g(mp.mpf(x), p)


def float32_set(only=None, every=1):
    """float32.json's content (or the cases of the ids in `only`, every `every`-th point)."""
    rng = random.Random(20261127)
    underflow_rng = random.Random(20261205)  # its own stream, so the other inputs stay as they were
    cases = []
    for id_, p in FLOAT32_CASES:
        f, df = FLOAT32_FUNCTIONS[id_]
        xs = float32_inputs(id_, p, rng, underflow_rng)
        if only is not None and id_ not in only:
            continue
        xs = xs[::every]
        cases.append(
            {
                "id": id_,
                "param": p,
                "x": xs,
                "f": [round_f32(at(f, x, p)) for x in xs],
                "df": [round_f32(at(df, x, p)) for x in xs],
            }
        )
    scaled = []
    scaled_rng = random.Random(20261206)  # its own stream, so the inputs above stay as they were
    for id_, p, lo, hi in FLOAT32_SCALED:
        pairs = float32_scaled_inputs(lo, hi, scaled_rng)
        if only is not None and id_ not in only:
            continue
        pairs = pairs[::every]
        df = FLOAT32_FUNCTIONS[id_][1]
        scaled.append(
            {
                "id": id_,
                "param": p,
                "x": [x for x, _ in pairs],
                "dy": [dy for _, dy in pairs],
                "dx": [round_f32(mp.mpf(dy) * at(df, x, p)) for x, dy in pairs],
            }
        )
    return {"generator": FLOAT32_GENERATOR, "cases": cases, "scaledGradients": scaled}


# (id, parameter, lo, hi): dy·f′(x) for x in (lo, hi), where f′(x) underflows float32 and a large
# dy brings the product back (gelu′ below −16, down to −37.5: beyond, the product is 0 for every dy)
FLOAT32_SCALED = [("gelu", None, -37.5, -16.0)]


def float32_scaled_inputs(lo, hi, rng):
    """Sorted (x, dy) float32 pairs: 300 with x in (−20, hi), where a product can still be a
    nonzero float32, and 100 over the whole (lo, hi); |dy| from 1e10 to 3e38, either sign."""
    pairs = set()
    for count, start in ((300, -20.0), (100, lo)):
        for _ in range(count):
            x = f32(rng.uniform(start, hi))
            pairs.add((x, f32(rng.choice((-1, 1)) * 10 ** rng.uniform(10, 38.5))))
    return sorted(pairs)


def write_float32_set():
    content = float32_set()
    with open(FLOAT32_PATH, "w") as out:
        json.dump(content, out)
    for c in content["cases"]:
        print(c["id"], c["param"], len(c["x"]))
    for c in content["scaledGradients"]:
        print(c["id"], c["param"], "scaled", len(c["x"]))


# ---- Taylor series at the zeros of the derivatives --------------------------------------------


def print_root_series():
    """The Taylor coefficients around the zero crossings of gelu′, geluTanh′ and mish′ that
    src/scalar/gelu.ts, geluTanh.ts and mish.ts embed (the `roots` set), and of swish′ as a
    function of z = βx, whose first six assembly/kernels.ts embeds (SWISH_ROOT)."""

    def split(v):
        hi = float(v)
        return hi, float(v - mp.mpf(hi))

    for name, g, guess, n in [
        ("GELU_GRAD", gelu_grad, -0.75, 28),
        ("GELU_TANH_GRAD", gelu_tanh_grad, -0.75, 18),
        ("MISH_GRAD", mish_grad, -1.19, 24),
        ("SWISH_GRAD", lambda z: swish_grad(z, 1), -1.28, 8),
    ]:
        x0 = mp.findroot(g, mp.mpf(guess))
        c = mp.taylor(g, x0, n)
        print(f"// {name}: root {split(x0)}, c1 {split(c[1])}, c2 {split(c[2])}")
        print(f"const {name}_SERIES = [{', '.join(repr(float(v)) for v in c[3:])}];")



def main():
    parser = argparse.ArgumentParser(description="mpmath reference values for @activation-lab/core")
    parser.add_argument("set", nargs="?", choices=["all", "scalar", "float32", "roots"], default="all")
    parser.add_argument("--only", help="a sample on stdout: these functions (float32: ids), comma-separated")
    parser.add_argument("--every", type=int, default=1, help="with --only: every N-th point of each case")
    args = parser.parse_args()
    if args.only is not None:
        if args.set not in ("scalar", "float32"):
            parser.error("--only needs the set: scalar or float32")
        only = set(args.only.split(","))
        sample = scalar_set(only, args.every) if args.set == "scalar" else float32_set(only, args.every)
        json.dump(sample, sys.stdout)
        return
    if args.set in ("all", "scalar"):
        write_scalar_set()
    if args.set in ("all", "float32"):
        write_float32_set()
    if args.set == "roots":
        print_root_series()


if __name__ == "__main__":
    main()
