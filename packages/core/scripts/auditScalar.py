#!/usr/bin/python3
"""A dense audit of the scalar functions' contract (within 1 ULP of the correctly rounded double)
against mpmath: far more points than the committed fixtures, too slow for the test run, run by hand
after changing anything in src/scalar or src/special.

    pnpm build                                                   # the audit reads the built package
    /usr/bin/python3 packages/core/scripts/auditScalar.py        # mpmath references, then the table
    node packages/core/scripts/auditScalar.ts                    # the table again, from the same references

The first command draws seeded inputs for every exported scalar function and derivative (100,000
per function by default, `--points N`; shared among its parameters), computes each exact value with
mpmath through the definitions of generateFixtures.py (60 digits) and writes it as hi + offset·ulp (hi the
correctly rounded double, ulp the spacing of the doubles there) into `--out` (default $TMPDIR/activation-lab-scalar-audit,
about 2.5 MB per 100,000 points); then it runs auditScalar.ts, which evaluates the package on the
same inputs and prints, per function and parameter, the largest error against the exact value in
ULPs (a fraction: the contract holds where it is below 1) and the number of results more than
1 ULP from the correctly rounded value. The second command only re-evaluates the package: after a
fix, rebuild and run it on the references already written. About 3 minutes with two processes
(`--jobs`).

Inputs per function, over its interesting range (in βx for swish): uniform on the core stretch
where the formulas switch (40%), uniform on the whole range out to where the result underflows or
saturates (15%), magnitudes log-spaced from 2^-60 out to that range's end, both signs (25%), and
(20%) the doubles within 1e-15…0.5 of the zero of the derivative (for f and f′) and within 1e-12…1e-2
relative of the seams listed in generateFixtures.BOUNDARIES; where a function has neither, these go
to the core stretch. Zero signs are not audited here: the fixtures check them.
"""

import argparse
import json
import math
import os
import random
import struct
import subprocess
import sys
import tempfile
from multiprocessing import Pool

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generateFixtures as G  # noqa: E402

mp = G.mp
DEFAULT_OUT = os.path.join(tempfile.gettempdir(), "activation-lab-scalar-audit")
NODE_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "auditScalar.ts")

# name: (exact f(x, p), params, core stretch, whole range, zero of f′ for p); ranges in βx for
# the swish family (divided by |β|, flipped with its sign); a range ends where the result has
# underflowed or saturated for good.
AUDIT = {
    "sigmoid": (lambda x, p: G.sigma(x), [None], (-40, 40), (-746, 40), None),
    "sigmoidGrad": (lambda x, p: G.sigma_grad(x), [None], (-40, 40), (-746, 746), None),
    "tanh": (lambda x, p: mp.tanh(x), [None], (-20, 20), (-20, 20), None),
    "tanhGrad": (lambda x, p: G.tanh_grad(x), [None], (-20, 20), (-373, 373), None),
    "relu": (G.relu, [None], (-4, 4), (-1e3, 1e3), None),
    "reluGrad": (G.relu_grad, [None], (-4, 4), (-1e3, 1e3), None),
    "leakyRelu": (G.leaky_relu, [0.01, 0.3], (-4, 4), (-1e3, 1e3), None),
    "leakyReluGrad": (G.leaky_relu_grad, [0.01, 0.3], (-4, 4), (-1e3, 1e3), None),
    "prelu": (G.leaky_relu, [0.25, -0.5], (-4, 4), (-1e3, 1e3), None),
    "preluGrad": (G.leaky_relu_grad, [0.25, -0.5], (-4, 4), (-1e3, 1e3), None),
    "preluGradAlpha": (G.prelu_grad_alpha, [0.25], (-4, 4), (-1e3, 1e3), None),
    "elu": (G.elu, [1, 0.3, 1.7, 2.5], (-8, 4), (-750, 40), None),
    "eluGrad": (G.elu_grad, [1, 0.3, 1.7, 2.5], (-8, 4), (-750, 40), None),
    "swish": (G.swish, [1, 0.5, 1.7, -0.8], (-8, 8), (-751, 40), lambda p: G.SILU_ROOT / p),
    "swishGrad": (G.swish_grad, [1, 0.5, 1.7, -0.8], (-8, 8), (-751, 40), lambda p: G.SILU_ROOT / p),
    "swishGradBeta": (G.swish_grad_beta, [1, 0.5, 1.7, -0.8], (-8, 8), (-760, 760), None),
    "silu": (lambda x, p: G.swish(x, 1), [None], (-8, 8), (-751, 40), lambda p: G.SILU_ROOT),
    "siluGrad": (lambda x, p: G.swish_grad(x, 1), [None], (-8, 8), (-751, 40), lambda p: G.SILU_ROOT),
    "gelu": (lambda x, p: G.gelu(x), [None], (-6, 6), (-40, 40), lambda p: G.GELU_ROOT),
    "geluGrad": (lambda x, p: G.gelu_grad(x), [None], (-6, 6), (-40, 40), lambda p: G.GELU_ROOT),
    "geluTanh": (lambda x, p: G.gelu_tanh(x), [None], (-6, 6), (-30, 30), lambda p: G.GELU_TANH_ROOT),
    "geluTanhGrad": (lambda x, p: G.gelu_tanh_grad(x), [None], (-6, 6), (-30, 30), lambda p: G.GELU_TANH_ROOT),
    "softplus": (lambda x, p: G.softplus(x), [None], (-40, 40), (-746, 746), None),
    "softplusGrad": (lambda x, p: G.sigma(x), [None], (-40, 40), (-746, 40), None),
    "mish": (G.mish, [None], (-8, 8), (-751, 40), lambda p: G.MISH_ROOT),
    "mishGrad": (G.mish_grad, [None], (-8, 8), (-751, 40), lambda p: G.MISH_ROOT),
    "hardSwish": (G.hard_swish, [None], (-4, 4), (-1e3, 1e3), lambda p: -1.5),
    "hardSwishGrad": (G.hard_swish_grad, [None], (-4, 4), (-1e3, 1e3), lambda p: -1.5),
    "erf": (lambda x, p: G.erf(x), [None], (-6, 6), (-7, 7), None),
    "erfc": (lambda x, p: G.erfc(x), [None], (-6, 6), (-7, 28), None),
}
SWISH_FAMILY = {"swish", "swishGrad", "swishGradBeta"}


def inputs(name, p, n):
    """The seeded inputs of one function and parameter, by regime."""
    _, _, core, whole, root = AUDIT[name]
    rng = random.Random(f"{name}:{p}")
    scale = p if name in SWISH_FAMILY else 1
    s = lambda t: t / scale  # noqa: E731 (βx to x)

    def uniform(lo, hi, k):
        return [s(rng.uniform(lo, hi)) for _ in range(k)]

    seams = [t for t in G.BOUNDARIES.get(name, []) if t != 0]
    near = []
    n_near = n // 5 if root is not None or seams else 0
    for i in range(n_near):
        if root is not None and (not seams or i % 2 == 0):
            r = root(p if p is not None else 1)
            near.append(r + rng.choice((-1, 1)) * 2.0 ** rng.uniform(math.log2(1e-15), -1))
        else:
            t = s(rng.choice(seams))
            near.append(t * (1 + rng.choice((-1, 1)) * 2.0 ** rng.uniform(math.log2(1e-12), math.log2(1e-2))))
    n_wide, n_log = 3 * n // 20, n // 4
    lo, hi = whole
    signs = [sg for sg, end in ((-1, lo), (1, hi)) if end * sg > 0]
    log = []
    for _ in range(n_log):
        sg = rng.choice(signs)
        end = abs(lo if sg < 0 else hi)
        log.append(s(sg * 2.0 ** rng.uniform(-60, math.log2(end))))
    regimes = {
        "core": uniform(*core, n - n_near - n_wide - n_log),
        "whole": uniform(lo, hi, n_wide),
        "log": log,
    }
    if near:
        regimes["near"] = near
    return regimes


def ulp_at(v, hi):
    """The spacing of the doubles at the exact value v, hi its correctly rounded double (finite):
    that of hi's binade, or of the binade below where hi is a power of two and v is under it."""
    a = abs(hi)
    if a < 2.0**-1021:
        return 2.0**-1074
    u = math.ulp(a)
    return u / 2 if math.frexp(a)[0] == 0.5 and abs(v) < a else u


def split(v):
    """The exact value v as (hi, ulp, offset) with v = hi + offset·ulp: hi correctly rounded, ulp
    the spacing at v, offset in [−1/2, 1/2] rounded (0 and NaN for ±∞)."""
    if isinstance(v, float):  # already the double (hardSwish's −0)
        return v, 2.0**-1074, 0.0
    hi = G.to_double(v)
    if math.isinf(hi):
        return hi, math.nan, 0.0
    u = ulp_at(v, hi)
    return hi, u, float((v - mp.mpf(hi)) / mp.mpf(u))


def reference(task):
    name, p, n = task
    f = AUDIT[name][0]
    out = []
    for regime, xs in inputs(name, p, n).items():
        values = [split(f(mp.mpf(x), p)) for x in xs]
        out.append((regime, xs, values))
    return name, p, out


def main():
    parser = argparse.ArgumentParser(description="dense mpmath audit of the scalar functions")
    parser.add_argument("--points", type=int, default=100_000, help="inputs per function (shared by its parameters)")
    parser.add_argument("--only", help="these functions, comma-separated")
    parser.add_argument("--out", default=DEFAULT_OUT, help="where the references go")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    names = list(AUDIT) if args.only is None else args.only.split(",")
    unknown = [n for n in names if n not in AUDIT]
    if unknown:
        parser.error(f"unknown functions: {', '.join(unknown)}")
    tasks = [(name, p, args.points // len(AUDIT[name][1])) for name in names for p in AUDIT[name][1]]
    os.makedirs(args.out, exist_ok=True)
    index = []
    with Pool(args.jobs) as pool:
        for name, p, cases in pool.imap(reference, tasks):
            whole = AUDIT[name][3]
            if name in SWISH_FAMILY:
                whole = sorted(t / p for t in whole)
            for regime, xs, values in cases:
                file = f"{name}-{p}-{regime}.bin"
                with open(os.path.join(args.out, file), "wb") as out:
                    for x, (hi, u, offset) in zip(xs, values):
                        out.write(struct.pack("<4d", x, hi, u, offset))
                index.append({"function": name, "param": p, "regime": regime, "range": whole, "file": file})
            print(f"{name} {p}: {sum(len(c[1]) for c in cases)} points", file=sys.stderr)
    with open(os.path.join(args.out, "index.json"), "w") as out:
        json.dump({"generator": G.GENERATOR, "points": args.points, "cases": index}, out)
    sys.exit(subprocess.run(["node", NODE_SCRIPT, args.out]).returncode)


if __name__ == "__main__":
    main()
