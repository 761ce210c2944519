// Float64 arithmetic on two lanes at a time, for kernels that read and write float32: they widen
// their float32 inputs to float64 (exactly), evaluate in float64 and round once on the way out,
// so the float32 results keep the 1-ULP accuracy of the plain-JS loops. (ReLU, and Leaky ReLU
// with an α that is a float32, stay in float32 lanes: their results are exact there.)
//
// Constants live in memory, as addresses, and `lanes(address)` loads one into both lanes with a
// single instruction. A v128 literal would be simpler to write, but V8 builds each one with three
// instructions at every use inside a loop (it does not hoist them): about a quarter of these
// loops' instructions, measured.
//
// Limits use pmin/pmax with the data first: pmax(v, lo) is `v < lo ? lo : v`, which keeps a NaN
// in v and is one instruction, where the IEEE min/max are several.

/** The float64 at `address` in both lanes. */
// @ts-ignore: decorator
@inline export function lanes(address: usize): v128 {
  return v128.load64_splat(address);
}

export const ZERO = memory.data<f64>([0]);
export const HALF = memory.data<f64>([0.5]);
export const ONE = memory.data<f64>([1]);
export const TWO = memory.data<f64>([2]);
export const MINUS_TWO = memory.data<f64>([-2]);
export const MINUS_HALF = memory.data<f64>([-0.5]);
/** e^−708 and e^708 are still normal float64s: exp's argument is clamped to ±708 (see exp). */
export const EXP_MIN = memory.data<f64>([-708]);
export const EXP_MAX = memory.data<f64>([708]);

/** Lanes 0 and 1 of four float32s, as two float64s (exact). */
// @ts-ignore: decorator
@inline export function low(v: v128): v128 {
  return f64x2.promote_low_f32x4(v);
}

/** Lanes 2 and 3 of four float32s, as two float64s (exact). */
// @ts-ignore: decorator
@inline export function high(v: v128): v128 {
  return f64x2.promote_low_f32x4(v128.shuffle<i32>(v, v, 2, 3, 0, 1));
}

/** Two pairs of float64s, each rounded once to float32, packed back as four float32s. */
// @ts-ignore: decorator
@inline export function narrow(a: v128, b: v128): v128 {
  return v128.shuffle<i32>(f32x4.demote_f64x2_zero(a), f32x4.demote_f64x2_zero(b), 0, 1, 4, 5);
}

/** v limited to [lo, hi] (constants' addresses); NaN stays NaN. */
// @ts-ignore: decorator
@inline export function clamp(v: v128, lo: usize, hi: usize): v128 {
  return f64x2.pmin(f64x2.pmax(v, lanes(lo)), lanes(hi));
}

/**
 * a·b + c. The module is built twice (scripts/buildWasm.ts): with relaxed SIMD this is fused, one
 * rounding, where the CPU has fused multiply-add (relaxed_madd lets the engine choose); without,
 * two roundings. Polynomials use it, where fusing can only remove a rounding error, so results
 * stay within the same bounds either way, and a float32 result differs in rare last bits; and sums
 * of products of two float32s, exact in float64, which fused or not round once: the same bits.
 */
// @ts-ignore: decorator
@inline export function mulAdd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f64x2.relaxed_madd(a, b, c);
  return f64x2.add(f64x2.mul(a, b), c);
}

/**
 * a in the lanes where mask is set, b in the others, for a mask from a float64 comparison (each
 * lane all ones or all zeros), where both builds agree: relaxed SIMD's laneselect is one blend on
 * x86, bitselect three instructions.
 */
// @ts-ignore: decorator
@inline export function select(a: v128, b: v128, mask: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return i64x2.relaxed_laneselect(a, b, mask);
  return v128.bitselect(a, b, mask);
}

// Polynomials from fitted tables (src/kernels/loops/polynomialCoefficients.ts, highest degree
// first) are written out in Estrin's form for their degrees: pairs c_i + c_(i+1)·v combined by
// v² and v⁴, short chains of dependent operations where Horner's rule is one long chain (and a
// loop over the terms would stay a loop).

/** The coefficient of v^i in a table of `terms` coefficients, in both lanes. */
// @ts-ignore: decorator
@inline export function term(table: usize, terms: i32, i: i32): v128 {
  return lanes(table + (<usize>(terms - 1 - i) << 3));
}

/** c_i + c_(i+1)·v from a table of `terms` coefficients. */
// @ts-ignore: decorator
@inline export function pair(table: usize, terms: i32, i: i32, v: v128): v128 {
  return mulAdd(term(table, terms, i + 1), v, term(table, terms, i));
}

// e^t as 2^k · e^r with k = round(t/ln 2) and |r| ≤ ln2/2 (0.347): no table, which SIMD cannot
// index per lane; 2^k is built in the exponent bits instead. Where float64 accuracy matters, ln 2
// is split into a 32-bit head (k·head is exact) and a tail, as in fdlibm. Results rounded to
// float32 next reduce in base 2 instead, 2^k · 2^s with s = t·log2(e) − k, a step shorter.
const LOG2E = memory.data<f64>([1.4426950408889634]);
const MINUS_LOG2E = memory.data<f64>([-1.4426950408889634]);
const LN2_HI = memory.data<f64>([6.9314718036912381649e-1]);
const LN2_LO = memory.data<f64>([1.90821492927058770002e-10]);
/**
 * 1.5·2^52 + 1023: z + ROUND rounds z to an integer k (to nearest) and leaves k + 1023, the
 * biased exponent of 2^k, in the low bits of the mantissa. A tie goes to an even sum, so to an odd
 * k (1023 is odd), where `nearest` would take the even one: s = z − k must take its k from the
 * same sum (reducedBy), or at a half-integer z, 2^k and 2^s disagree by a factor of 2.
 */
const ROUND = memory.data<f64>([6755399441055744.0 + 1023]);
/** 2^s's fit on [−1/2, 1/2], which the caller copies in (exp2Reduced, degree 6). */
export const EXP2_REDUCED_TERMS: i32 = 7;
export const EXP2_REDUCED: usize = memory.data(EXP2_REDUCED_TERMS << 3, 16);
/** (2^s − 1)/s's fit on [−1/2, 1/2], which the caller copies in (exp2m1Ratio, degree 5). */
export const EXP2M1_RATIO_TERMS: i32 = 6;
export const EXP2M1_RATIO: usize = memory.data(EXP2M1_RATIO_TERMS << 3, 16);
/**
 * The Mills ratio Φ(−b)/φ(b)'s piecewise fit on [0, 16) (millsRatioAccurate: 64 intervals of 11
 * terms), which the caller copies in: the float32 GELU kernels and the float64 one read it.
 */
export const MILLS_TERMS: i32 = 11;
export const MILLS_INTERVALS: i32 = 64;
export const MILLS_RATIO: usize = memory.data((MILLS_INTERVALS * MILLS_TERMS) << 3, 16);
/** 1/k! for k = 0 … 13: the Taylor coefficients of e^r, where the fit is not accurate enough. */
const INVERSE_FACTORIAL = memory.data<f64>([
  1,
  1,
  1.0 / 2,
  1.0 / 6,
  1.0 / 24,
  1.0 / 120,
  1.0 / 720,
  1.0 / 5040,
  1.0 / 40320,
  1.0 / 362880,
  1.0 / 3628800,
  1.0 / 39916800,
  1.0 / 479001600,
  1.0 / 6227020800,
]);

/** The address of 1/k!. */
// @ts-ignore: decorator
@inline export function inverseFactorial(k: i32): usize {
  return INVERSE_FACTORIAL + (<usize>k << 3);
}

/** kb = ROUND + k, k = round(t/ln 2): a float64 that carries k + 1023 in its low bits. */
// @ts-ignore: decorator
@inline function roundedQuotient(t: v128): v128 {
  return f64x2.add(f64x2.mul(t, lanes(LOG2E)), lanes(ROUND));
}

/** r = t − k·ln 2, from kb = ROUND + k, with ln 2 in two parts: r is exact to float64 rounding. */
// @ts-ignore: decorator
@inline function reduced(t: v128, kb: v128): v128 {
  const k = f64x2.sub(kb, lanes(ROUND));
  return f64x2.sub(f64x2.sub(t, f64x2.mul(k, lanes(LN2_HI))), f64x2.mul(k, lanes(LN2_LO)));
}

/** 2^k from kb = ROUND + k: kb's low bits are k + 1023, so kb << 52 are 2^k's bits (the rest shifts out). */
// @ts-ignore: decorator
@inline export function twoTo(kb: v128): v128 {
  return i64x2.shl(kb, 52);
}

/**
 * Σ r^i/i! for i = 0 … 9, in Estrin's form: pairs c + c′·r combined by r² and r⁴, a chain of six
 * operations where Horner's rule has eighteen, which bounded these loops.
 */
// @ts-ignore: decorator
@inline function taylor10(r: v128, r2: v128, r4: v128): v128 {
  const p01 = mulAdd(lanes(inverseFactorial(1)), r, lanes(inverseFactorial(0)));
  const p23 = mulAdd(lanes(inverseFactorial(3)), r, lanes(inverseFactorial(2)));
  const p45 = mulAdd(lanes(inverseFactorial(5)), r, lanes(inverseFactorial(4)));
  const p67 = mulAdd(lanes(inverseFactorial(7)), r, lanes(inverseFactorial(6)));
  const p89 = mulAdd(lanes(inverseFactorial(9)), r, lanes(inverseFactorial(8)));
  const p0123 = mulAdd(r2, p23, p01);
  const p4567 = mulAdd(r2, p67, p45);
  return mulAdd(r4, mulAdd(r4, p89, p4567), p0123);
}

// The float32 kernels' e^t and e^t − 1. Their error budget: a result y′ = y·(1 + δ) with
// |δ| < 2^−24 is less than one float32 ULP from y (an ULP is at least 2^−24·|y|), so it rounds
// to the correctly rounded float32 or a neighbour: within 1 ULP. The fits' relative errors
// (2.8e−9 for 2^s, 1.3e−8 for (2^s − 1)/s; generateCoefficients.py prints them) are a twentieth
// and a fifth of that; the reduction adds 1.2e−13 and the float64 roundings ~1e−15, and the kernels'
// quotients and products pass a relative error on without magnifying it. So results are within
// 0.55 and 0.75 ULP of the true value, nearly always the correctly rounded float32. Derivatives
// whose terms cancel near a zero take their series there instead (nearRoot in kernels.ts), or
// expAccurate (Mish′). Horner's rule: a chain of six dependent
// operations, but two fewer operations than Estrin's form, and the loops' independent
// iterations overlap (measured faster, bench/compute.ts).

/** 2^s for |s| ≤ 1/2, from the fit (degree 6, Horner's rule). */
// @ts-ignore: decorator
@inline function exp2Reduced(s: v128): v128 {
  const c = EXP2_REDUCED;
  const n = EXP2_REDUCED_TERMS;
  return exp2Fit(s, term(c, n, 0), term(c, n, 1), term(c, n, 2), term(c, n, 3), term(c, n, 4), term(c, n, 5), term(c, n, 6));
}

/**
 * 2^z for z in [−1021, 1021] or NaN (the caller clamps: 2^k must stay a normal float64), with a
 * relative error below 2.8e−9 (the fit's; see above): for callers that scale t by log2(e)
 * together with another factor, one multiplication for both.
 */
// @ts-ignore: decorator
@inline export function exp2(z: v128): v128 {
  const kb = f64x2.add(z, lanes(ROUND));
  return f64x2.mul(exp2Reduced(reducedBy(z, kb)), twoTo(kb));
}

/** s = z − k for kb = z + ROUND (exact: |s| ≤ 1/2), k from kb itself, ties included (see ROUND). */
// @ts-ignore: decorator
@inline function reducedBy(z: v128, kb: v128): v128 {
  return f64x2.sub(z, f64x2.sub(kb, lanes(ROUND)));
}

/** 1 + 2^z as exp2, its last multiplication fused with the addition (2^k·p is exact: one rounding either way). */
// @ts-ignore: decorator
@inline export function onePlusExp2(z: v128): v128 {
  const kb = f64x2.add(z, lanes(ROUND));
  return mulAdd(exp2Reduced(reducedBy(z, kb)), twoTo(kb), lanes(ONE));
}

/** 2^s as exp2Reduced, in Estrin's form: two operations more, a chain half as long. */
// @ts-ignore: decorator
@inline function exp2ReducedEstrin(s: v128): v128 {
  const c = EXP2_REDUCED;
  const n = EXP2_REDUCED_TERMS;
  const s2 = f64x2.mul(s, s);
  const low = mulAdd(s2, pair(c, n, 2, s), pair(c, n, 0, s));
  const high = mulAdd(s2, term(c, n, 6), pair(c, n, 4, s));
  return mulAdd(f64x2.mul(s2, s2), high, low);
}

// Loops that load their constants once, before the loop, and pass them in: V8 keeps them in
// registers there, where `lanes` inside the loop loads each again at every use (Sigmoid's and
// ELU's forward loops, about 5% faster, bench/compute.ts). These take z = x·c with the reduction
// fused: kb = x·c + ROUND and s = x·c − k, each rounded once with fused multiply-add, three
// operations where z, z + ROUND, k = kb − ROUND and z − k are four (without fusing, z = x·c is rounded
// first, k is its nearest integer and s = z − k is exact, as in exp2).

/** ROUND in both lanes, for the loops above: kb = x·c + ROUND carries k + 1023 (see ROUND). */
// @ts-ignore: decorator
@inline export function roundLanes(): v128 {
  return lanes(ROUND);
}

/** x·c + ROUND: a float64 that carries k = round(x·c), k + 1023 in its low bits. */
// @ts-ignore: decorator
@inline export function roundedProduct(x: v128, c: v128, round: v128): v128 {
  return mulAdd(x, c, round);
}

/** s = x·c − k for kb = roundedProduct(x, c, round): |s| ≤ 1/2, as k is x·c's nearest integer. */
// @ts-ignore: decorator
@inline export function reducedProduct(x: v128, c: v128, round: v128, kb: v128): v128 {
  return mulAdd(x, c, f64x2.sub(round, kb));
}

/** exp2Reduced's polynomial, Horner's rule, with its terms f0 … f6 (EXP2_REDUCED's) passed in. */
// @ts-ignore: decorator
@inline export function exp2Fit(s: v128, f0: v128, f1: v128, f2: v128, f3: v128, f4: v128, f5: v128, f6: v128): v128 {
  let p = mulAdd(f6, s, f5);
  p = mulAdd(p, s, f4);
  p = mulAdd(p, s, f3);
  p = mulAdd(p, s, f2);
  p = mulAdd(p, s, f1);
  return mulAdd(p, s, f0);
}

/** expm1PlusZero's polynomial (2^s − 1)/s, Horner's rule, with its terms g0 … g5 (EXP2M1_RATIO's) passed in. */
// @ts-ignore: decorator
@inline export function exp2m1RatioFit(s: v128, g0: v128, g1: v128, g2: v128, g3: v128, g4: v128, g5: v128): v128 {
  let p = mulAdd(g5, s, g4);
  p = mulAdd(p, s, g3);
  p = mulAdd(p, s, g2);
  p = mulAdd(p, s, g1);
  return mulAdd(p, s, g0);
}

/** e^t for t in [−708, 708] or NaN, as exp2 (relative error below 2.8e−9, t·log2(e) rounded adds 1.2e−13). */
// @ts-ignore: decorator
@inline export function exp(t: v128): v128 {
  return exp2(f64x2.mul(t, lanes(LOG2E)));
}

/**
 * e^t as exp, with the fit in Estrin's form: for kernels where e^t is one link of a longer chain
 * of dependent operations (GELU′, softplus, Mish), which exp made up to 7% slower than this
 * (bench/compute.ts); elsewhere exp was as fast or faster (GEGLU's gate: 15%).
 */
// @ts-ignore: decorator
@inline export function expShortChain(t: v128): v128 {
  const z = f64x2.mul(t, lanes(LOG2E));
  const kb = f64x2.add(z, lanes(ROUND));
  return f64x2.mul(exp2ReducedEstrin(reducedBy(z, kb)), twoTo(kb));
}

/** log2(e) in both lanes, for loops that load their constants once (see roundLanes). */
// @ts-ignore: decorator
@inline export function log2e(): v128 {
  return lanes(LOG2E);
}

/** −log2(e) in both lanes, for callers of exp2 that fold a negation into the scaling. */
// @ts-ignore: decorator
@inline export function minusLog2e(): v128 {
  return lanes(MINUS_LOG2E);
}

/**
 * a·b·e^t, as exp, where a and b join 2^k while the fit is evaluated: two multiplications fewer
 * at the end of the chain of dependent operations that bounds these loops. (2^k·a)·b must not
 * overflow, or underflow visibly, where a·b·e^t would not (ELU′: a = α, b = dy, 2^k ≤ 1).
 */
// @ts-ignore: decorator
@inline export function expTimes(t: v128, a: v128, b: v128): v128 {
  const z = f64x2.mul(t, lanes(LOG2E));
  const kb = f64x2.add(z, lanes(ROUND));
  const scale = f64x2.mul(f64x2.mul(twoTo(kb), a), b);
  return f64x2.mul(exp2Reduced(reducedBy(z, kb)), scale);
}

/**
 * e^t as exp, to float64 accuracy (the Taylor polynomial of degree 13, remainder below 1e−17),
 * for derivatives whose terms cancel near their zeros (Swish′ and its kin: 1 + t·(1 + z)).
 */
// @ts-ignore: decorator
@inline export function expAccurate(t: v128): v128 {
  const kb = roundedQuotient(t);
  const r = reduced(t, kb);
  const r2 = f64x2.mul(r, r);
  const r4 = f64x2.mul(r2, r2);
  const high = mulAdd(
    r2,
    mulAdd(lanes(inverseFactorial(13)), r, lanes(inverseFactorial(12))),
    mulAdd(lanes(inverseFactorial(11)), r, lanes(inverseFactorial(10))),
  );
  const p = mulAdd(f64x2.mul(r4, f64x2.mul(r4, r2)), high, taylor10(r, r2, r4));
  return f64x2.mul(p, twoTo(kb));
}

/**
 * e^t − 1 for t in [−708, 708] or NaN, with a relative error below 1.3e−8 (the fit's, see above)
 * for every t, tiny ones included, but +0 at t = −0 (expm1 restores −0): e^t − 1 =
 * 2^k·s·P(s) + (2^k − 1), P the fit of (2^s − 1)/s. For |t| < ln2/2, k = 0 and the result is
 * s·P(s): nothing cancels. Elsewhere 2^k − 1 is exact and |e^t − 1| ≥ 0.29.
 */
// @ts-ignore: decorator
@inline export function expm1PlusZero(t: v128): v128 {
  const z = f64x2.mul(t, lanes(LOG2E)); // rounded: off by 2^−53·|z|, relative to s where k = 0
  const kb = f64x2.add(z, lanes(ROUND));
  const s = reducedBy(z, kb);
  const c = EXP2M1_RATIO;
  const n = EXP2M1_RATIO_TERMS;
  const p = exp2m1RatioFit(s, term(c, n, 0), term(c, n, 1), term(c, n, 2), term(c, n, 3), term(c, n, 4), term(c, n, 5));
  const two = twoTo(kb);
  return mulAdd(f64x2.mul(two, s), p, f64x2.sub(two, lanes(ONE)));
}

/** The sign bit alone, in both lanes. */
const SIGN = memory.data<u64>([0x8000000000000000]);

/**
 * e^t − 1 as expm1PlusZero, with expm1(−0) = −0: t's sign bit is or-ed in (s·P + 0 is +0 for
 * s = −0, and every other result has t's sign already).
 */
// @ts-ignore: decorator
@inline export function expm1(t: v128): v128 {
  return v128.or(expm1PlusZero(t), v128.and(t, lanes(SIGN)));
}
