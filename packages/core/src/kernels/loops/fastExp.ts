// e^v and e^v − 1 in float64 for the float32 loops: faster than Math.exp (a call into C++ per
// element, about 24 ns here) and accurate to a few float64 ULPs, far below the float32 rounding
// they feed (2^−24 relative), so a float32 result rounded once stays within 1 ULP.
//
// Method (Tang's table-driven exp): v = (64m + j)·ln2/64 + r with j ∈ [0, 64) and
// |r| ≤ ln2/128, so e^v = 2^m · 2^(j/64) · e^r, with e^r from its Taylor polynomial of degree 5
// (truncation error r⁶/720 < 4e−17). Rounding to the nearest integer uses the 1.5·2^52 trick;
// ln2/64 is split into a 32-bit head (so k·head is exact) and a tail. Not part of the public API.

/** 2^(j/64) for j = 0..63. */
const twoToJOver64 = Float64Array.from({ length: 64 }, (_, j) => 2 ** (j / 64));
/** 2^m for m = −1100..1100: subnormal powers round to 0 and large ones are Infinity, as exp's limits. */
const M_OFFSET = 1100;
const twoToM = Float64Array.from({ length: 2 * M_OFFSET + 1 }, (_, i) => 2 ** (i - M_OFFSET));

const INV_LN2_64 = 92.33248261689366; // 64/ln 2
const LN2_64_HI = 0.01083042469326756; // ln2/64, first 32 bits
const LN2_64_LO = 2.9815858269852933e-12; // ln2/64 − LN2_64_HI
const ROUND = 6755399441055744; // 1.5·2^52: (t + ROUND) − ROUND rounds t to an integer

/** Arguments are clamped here: e^−746 already rounds to 0 and e^710 overflows to Infinity. */
const MIN_ARG = -746;
const MAX_ARG = 710;

/** e^v for any float64 v (NaN → NaN, −∞ → 0, +∞ → +∞), relative error below 1e−15 for results above 1e−300. */
export function expFast(v: number): number {
  return expInRange(Math.min(Math.max(v, MIN_ARG), MAX_ARG));
}

/**
 * expFast without the clamp, for callers whose argument is already in [−746, 710] or NaN (an
 * argument outside would index past the tables). The polynomial is in Estrin's form, which
 * shortens the chain of dependent operations that bounds these loops.
 */
export function expInRange(t: number): number {
  const kf = t * INV_LN2_64 + ROUND - ROUND;
  const r = t - kf * LN2_64_HI - kf * LN2_64_LO;
  const k = kf | 0;
  const r2 = r * r;
  const p = 1 + r + r2 * (0.5 + r * (1 / 6) + r2 * (1 / 24 + r * (1 / 120)));
  return twoToJOver64[k & 63] * p * twoToM[(k >> 6) + M_OFFSET];
}

/**
 * e^v − 1 with a small relative error for every v, tiny ones included (relative error below
 * 1e−13, and sign-exact: expm1Fast(−0) = −0). Where v rounds to the table's zero entry, r = v
 * and the result is the polynomial r + r²/2 + … itself, so nothing cancels; elsewhere
 * |v| ≥ ln2/128 and 1 − 2^(k/64) is exact.
 */
export function expm1Fast(v: number): number {
  return expm1InRange(Math.min(Math.max(v, MIN_ARG), MAX_ARG));
}

/** expm1Fast without the clamp, for callers whose argument is already in [−746, 710] or NaN. */
export function expm1InRange(t: number): number {
  const kf = t * INV_LN2_64 + ROUND - ROUND;
  const r = t - kf * LN2_64_HI - kf * LN2_64_LO;
  const k = kf | 0;
  const r2 = r * r;
  // r times a polynomial, so that q(−0) = −0
  const q = r * (1 + r * 0.5 + r2 * (1 / 6 + r * (1 / 24) + r2 * (1 / 120 + r * (1 / 720))));
  const s = twoToJOver64[k & 63] * twoToM[(k >> 6) + M_OFFSET];
  return s * q - (1 - s);
}

/**
 * e^v for a result that is rounded to float32 next and feeds no cancellation: expFast with a
 * Taylor polynomial of degree 3 (truncation error r⁴/24 < 4e−11 relative, a thousandth of a
 * float32 ULP), two operations shorter on the dependent chain.
 */
export function expForFloat32(v: number): number {
  const t = Math.min(Math.max(v, MIN_ARG), MAX_ARG);
  const kf = t * INV_LN2_64 + ROUND - ROUND;
  const r = t - kf * LN2_64_HI - kf * LN2_64_LO;
  const k = kf | 0;
  const p = 1 + r + r * r * (0.5 + r * (1 / 6));
  return twoToJOver64[k & 63] * p * twoToM[(k >> 6) + M_OFFSET];
}

/**
 * e^v − 1 for a result that is rounded to float32 next (relative error below 1e−11, sign-exact at
 * ±0): expm1Fast with a polynomial of degree 4. The argument must be in [−746, 710] or NaN.
 */
export function expm1ForFloat32InRange(t: number): number {
  const kf = t * INV_LN2_64 + ROUND - ROUND;
  const r = t - kf * LN2_64_HI - kf * LN2_64_LO;
  const k = kf | 0;
  const q = r * (1 + r * 0.5 + r * r * (1 / 6 + r * (1 / 24)));
  const s = twoToJOver64[k & 63] * twoToM[(k >> 6) + M_OFFSET];
  return s * q - (1 - s);
}

/** expForFloat32's two tables, for a loop that holds them in locals (see expWithTables). */
export const expTables = { twoToJOver64, twoToM } as const;

/**
 * expForFloat32 without the clamp and with its tables passed in, for a loop that reads them once
 * from expTables into locals (a module's bindings are re-read and checked at every use): gelu's
 * forward loop, where it measured fewer instructions per element (valgrind) than expForFloat32.
 * The argument must be in [−746, 710] or NaN.
 */
export function expWithTables(t: number, toJOver64: Float64Array, toM: Float64Array): number {
  const kf = t * INV_LN2_64 + ROUND - ROUND;
  const r = t - kf * LN2_64_HI - kf * LN2_64_LO;
  const k = kf | 0;
  const p = 1 + r + r * r * (0.5 + r * (1 / 6));
  return toJOver64[k & 63] * p * toM[(k >> 6) + M_OFFSET];
}
