#!/usr/bin/python3
"""Writes src/kernels/loops/polynomialCoefficients.ts: the polynomial fits the float32 loops and SIMD
kernels evaluate, laid out as Biome formats it (one coefficient a line, JavaScript's shortest number).

Run with Debian's python3-mpmath, from anywhere (about a minute):

    /usr/bin/python3 packages/core/scripts/generateCoefficients.py

`--sample` prints instead, as JSON, the fits that take seconds (the Chebyshev fits and the first
intervals of the Mills-ratio fit) with their lines as written, which test/scripts/generators.test.ts
compares with the committed file: the values bit for bit, the text character for character.
Each fit is mpmath's Chebyshev fit at 40 digits, converted to monomial coefficients; the
printed error is the fit's maximum relative error, before float64 rounding.
"""
import json
import os
import re
import sys

import mpmath as mp

mp.mp.dps = 40


def log1p_ratio(w):
    """log(1 + w) / w, the factor that turns e^(-|x|) into softplus's log1p(e^(-|x|))."""
    return mp.log1p(w) / w if w != 0 else mp.mpf(1)


def mills_ratio(a):
    """Q(a) / φ(a) with Q(a) = Φ(-a) = erfc(a/√2)/2 and φ the standard normal density."""
    a = mp.mpf(a)
    return (mp.erfc(a / mp.sqrt(2)) / 2) / (mp.exp(-a * a / 2) / mp.sqrt(2 * mp.pi))


OUTPUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src", "kernels", "loops", "polynomialCoefficients.ts")
SAMPLE_MILLS_INTERVALS = 2


def js_number(v):
    """A double as JavaScript (and Biome) writes it: repr with the exponent's leading zeros dropped."""
    return re.sub(r"e([+-]?)0*(\d)", lambda m: f"e{m.group(1).replace('+', '')}{m.group(2)}", repr(float(v)))


def fmt(values):
    return ",\n".join("  " + js_number(v) for v in values)


softplus, softplus_err = mp.chebyfit(log1p_ratio, [0, 1], 12, error=True)

# Degrees 6 and 5: the lowest whose relative errors (2.8e−9, 1.3e−8) stay well inside the float32
# kernels' budget of 2^−24 (assembly/lanes.ts); degrees 5 and 4 would pass it (1.1e−7, 5.4e−7).
exp2_reduced, exp2_reduced_err = mp.chebyfit(lambda s: 2**s, [-0.5, 0.5], 7, error=True)
exp2_reduced_err /= 2 ** mp.mpf(-0.5)  # relative: 2^s is smallest at the left end


def exp2m1_ratio(s):
    """(2^s − 1)/s, whose value at 0 is ln 2: expm1 = s·that, with no cancellation near 0."""
    return mp.expm1(s * mp.log(2)) / s if s != 0 else mp.log(2)


exp2m1, exp2m1_err = mp.chebyfit(exp2m1_ratio, [-0.5, 0.5], 6, error=True)
exp2m1_err /= exp2m1_ratio(-0.5)  # relative: the ratio is smallest at the left end

MILLS_WIDTH = 0.25
MILLS_INTERVALS = 64
MILLS_TERMS_ACCURATE = 11


def mills_fit(terms, intervals=MILLS_INTERVALS):
    coefficients = []
    worst = 0
    for j in range(intervals):
        lo, hi = j * MILLS_WIDTH, (j + 1) * MILLS_WIDTH
        mid = (lo + hi) / 2
        c, err = mp.chebyfit(lambda u: mills_ratio(u + mid), [lo - mid, hi - mid], terms, error=True)
        coefficients += c
        worst = max(worst, err / mills_ratio(hi))
    return coefficients, worst


def mills_low_parts(coefficients, terms=MILLS_TERMS_ACCURATE):
    """Each interval's two lowest-degree coefficients' rounding errors (c₁'s, then c₀'s): added to
    the doubles, they carry the fit to float64's gelu, whose 1 ULP the rounding of c₀ alone spends."""
    low = []
    for j in range(len(coefficients) // terms):
        row = coefficients[j * terms : (j + 1) * terms]
        low += [row[-2] - mp.mpf(float(row[-2])), row[-1] - mp.mpf(float(row[-1]))]
    return low


if "--sample" in sys.argv:
    mills_sample = mills_fit(MILLS_TERMS_ACCURATE, SAMPLE_MILLS_INTERVALS)[0]
    sample = {
        "log1pRatio": softplus,
        "exp2Reduced": exp2_reduced,
        "exp2m1Ratio": exp2m1,
        "millsRatioAccurate": mills_sample,
        "millsRatioAccurateLow": mills_low_parts(mills_sample),
    }
    # each fit's values, and its lines as the file writes them
    json.dump({name: {"values": [float(v) for v in c], "text": fmt(c)} for name, c in sample.items()}, sys.stdout)
    sys.exit()




def normal_tail_scaled(a):
    """Φ(-a)·e^(a²/2), the smooth factor left when e^(-a²/2) is taken out of the normal tail."""
    return mp.ncdf(-a) * mp.exp(a * a / 2)


def rational_fit(f, m, n, hi, points=500, iterations=30):
    """P/Q with P of degree m, Q of degree n, Q(0) = 1, near-minimax in relative error on [0, hi]:
    linearised least squares re-weighted by the previous Q (Sanathanan–Koerner), then Lawson's
    weights toward equal ripples. Returns P and Q lowest degree first, and the maximum relative error."""
    xs = [hi * (1 - mp.cos(mp.pi * (i + mp.mpf(0.5)) / points)) / 2 for i in range(points)]
    fs = [f(x) for x in xs]
    q_prev = [mp.mpf(1)] * points
    weights = [mp.mpf(1)] * points
    for it in range(iterations):
        A = mp.matrix(points, m + 1 + n)
        b = mp.matrix(points, 1)
        for i, (x, fx) in enumerate(zip(xs, fs)):
            s = weights[i] / (fx * q_prev[i])
            for k in range(m + 1):
                A[i, k] = x**k * s
            for k in range(1, n + 1):
                A[i, m + k] = -fx * x**k * s
            b[i] = fx * s
        sol, _ = mp.qr_solve(A, b)
        P = [sol[k] for k in range(m + 1)]
        Q = [mp.mpf(1)] + [sol[m + k] for k in range(1, n + 1)]
        q_prev = [mp.polyval(Q[::-1], x) for x in xs]
        errors = [(mp.polyval(P[::-1], x) / qx - fx) / fx for x, qx, fx in zip(xs, q_prev, fs)]
        if it >= 6:
            weights = [w * abs(e) ** mp.mpf(0.5) for w, e in zip(weights, errors)]
            total = sum(weights)
            weights = [w * points / total for w in weights]
    # Φ(0) = 1/2, but P(0) is set to 1/2 − 2^−53: Φ(−b) < 1/2 for b > 0 also where b is so tiny (a
    # subnormal float32 x) that x/2 + x²φ(0) rounds to x/2 in float64, a float32 tie; the true gelu
    # lies above the tie for x > 0 and below it for x < 0, and this breaks it that way (2^−53, not
    # 2^−54, so that 1 − P(0) is above 1/2 too)
    P[0] = mp.mpf(0.5) - mp.mpf(2) ** -53
    # the error of the coefficients as float64 numbers, on a finer grid
    P64 = [mp.mpf(float(c)) for c in P]
    Q64 = [mp.mpf(float(c)) for c in Q]
    grid = [hi * i / 2000 for i in range(2001)]
    worst = max(abs(mp.polyval(P64[::-1], x) / mp.polyval(Q64[::-1], x) / f(x) - 1) for x in grid)
    return P, Q, worst


NORMAL_TAIL_END = 15
tail_p, tail_q, tail_err = rational_fit(normal_tail_scaled, 6, 7, NORMAL_TAIL_END)
mills_accurate, mills_accurate_err = mills_fit(MILLS_TERMS_ACCURATE)

with open(OUTPUT, "w") as out:
    out.write(f"""// Generated by packages/core/scripts/generateCoefficients.py with mpmath; do not edit. Highest degree first.

/**
 * log(1 + w)/w ≈ Σ c_k w^k on w ∈ [0, 1], maximum relative error {float(softplus_err / log1p_ratio(1)):.1e}:
 * softplus(x) = max(x, 0) + w·P(w) with w = e^(−|x|). Degree {len(softplus) - 1}.
 */
export const log1pRatio = Float64Array.of(
{fmt(softplus)},
);

/**
 * 2^s ≈ Σ c_k s^k on s ∈ [−1/2, 1/2], maximum relative error {float(exp2_reduced_err):.1e}: the
 * SIMD kernels' e^t = 2^k·2^s (assembly/lanes.ts), whose results are rounded to float32 next. Degree {len(exp2_reduced) - 1}.
 */
export const exp2Reduced = Float64Array.of(
{fmt(exp2_reduced)},
);

/**
 * (2^s − 1)/s ≈ Σ c_k s^k on s ∈ [−1/2, 1/2], maximum relative error {float(exp2m1_err):.1e}: the SIMD
 * kernels' e^t − 1 = 2^k·s·P(s) + (2^k − 1) (assembly/lanes.ts), accurate for tiny t too. Degree {len(exp2m1) - 1}.
 */
export const exp2m1Ratio = Float64Array.of(
{fmt(exp2m1)},
);

/** Width of each interval of the Mills-ratio fit. */
export const MILLS_WIDTH = {MILLS_WIDTH};
/** Number of intervals: [0, {MILLS_WIDTH * MILLS_INTERVALS}) in all. */
export const MILLS_INTERVALS = {MILLS_INTERVALS};
/**
 * Φ(−a)·e^(a²/2) ≈ P(a)/Q(a) on [0, {NORMAL_TAIL_END}], maximum relative error {float(tail_err):.1e} (with the
 * coefficients rounded to float64): numerator P of degree {len(tail_p) - 1}. All coefficients are positive, so
 * evaluating P and Q at a ≥ 0 adds no cancellation, in Horner's rule (the float32 JavaScript loop) and
 * in Estrin's form (the SIMD kernels) alike.
 */
export const normalTailNumerator = Float64Array.of(
{fmt(tail_p[::-1])},
);

/** Denominator Q of the same fit, degree {len(tail_q) - 1}, Q(0) = 1. */
export const normalTailDenominator = Float64Array.of(
{fmt(tail_q[::-1])},
);

/** Coefficients per interval of the accurate fit. */
export const MILLS_TERMS_ACCURATE = {MILLS_TERMS_ACCURATE};

/**
 * Mills ratio M(a) = Φ(−a)/φ(a) on [0, {MILLS_WIDTH * MILLS_INTERVALS}) in intervals of width {MILLS_WIDTH}: interval j holds
 * {MILLS_TERMS_ACCURATE} coefficients of a polynomial in u = a − (j + 1/2)·{MILLS_WIDTH}; maximum relative error {float(mills_accurate_err):.1e}: for gelu′,
 * whose two terms cancel near its zero (x ≈ −0.7518), where a 1e−11 error would show in float32.
 */
export const millsRatioAccurate = Float64Array.of(
{fmt(mills_accurate)},
);

/**
 * What rounding to float64 took from each interval's two lowest-degree coefficients of
 * millsRatioAccurate: c₁'s, then c₀'s. c₀ alone, rounded, errs by up to 2^−53 relative, which the
 * float64 gelu kernels (assembly/float64.ts) cannot spend: they add these back.
 */
export const millsRatioAccurateLow = Float64Array.of(
{fmt(mills_low_parts(mills_accurate))},
);
""")
print("exp2 fit", float(exp2_reduced_err), "exp2m1 fit", float(exp2m1_err), "softplus fit", float(softplus_err), "normal tail fit", float(tail_err), "mills fit", float(mills_accurate_err))
