import { checkParam, notANumber } from "../checkParam.js";
import { activationParams } from "../registry/params.js";
import { dd, scaleByPow2, twoProd, twoSum } from "../special/doubleDouble.js";
import { expPartsScratch } from "../special/expParts.js";
import { sigmoidGradParts, sigmoidParts, swishGradParts } from "./logisticParts.js";

/**
 * Swish, swish(x, β) = x·σ(βx) (Ramachandran et al. 2017); β finite, default 1 (then it is SiLU).
 *
 * βx is carried as an exact pair (its rounding would cost |βx| ULP in the tail) and σ with extra
 * bits and a separate exponent, so x·σ(βx) is rounded once, within 1 ULP down to subnormal results.
 * Special cases: NaN → NaN, swish(±0) = ±0; for β > 0 swish(+∞) = +∞ and swish(−∞) = −0 (the
 * limit, not 0·∞); β = 0 gives x/2.
 *
 * @example swish(1) // => 0.7310585786300049
 * @example swish(-1, 2) // => -0.11920292202211756
 */
export function swish(x: number, beta = activationParams.swish.default): number {
  if (typeof x !== "number") throw notANumber("swish", x);
  checkParam("swish", activationParams.swish, beta);
  return swishUnchecked(x, beta);
}

/**
 * Derivative of swish with respect to x, σ(βx)·(1 + βx·σ(−βx)); it crosses 0 at βx ≈ −1.2785.
 *
 * With z = βx as an exact pair and t = e^z (z ≤ 0), it is t·(1 + t + z)/(1 + t)²; for z > 0 it uses
 * g(z) = 1 − g(−z). Near the crossing z₀, 1 + t + z = −z₀·d + e^(z₀)·(e^d − 1 − d) with d = z − z₀,
 * free of cancellation, so the relative accuracy (1 ULP) holds up to the crossing.
 * Special cases: NaN → NaN; for β > 0 the limits 1 at +∞ and −0 at −∞; β = 0 gives 1/2.
 *
 * @example swishGrad(0) // => 0.5
 */
export function swishGrad(x: number, beta = activationParams.swish.default): number {
  if (typeof x !== "number") throw notANumber("swishGrad", x);
  checkParam("swishGrad", activationParams.swish, beta);
  return swishGradUnchecked(x, beta);
}

/**
 * Derivative of swish with respect to β, x²·σ′(βx) = x²·σ(βx)·σ(−βx).
 *
 * x² as an exact pair (scaled down for |x| > 1e150) times σ′(βx) with extra bits, rounded once: it
 * overflows only where the true value does, and is within 1 ULP elsewhere.
 * Special cases: NaN → NaN; +0 at ±∞ for β ≠ 0 (+∞ for β = 0).
 *
 * @example swishGradBeta(1) // => 0.19661193324148185
 */
export function swishGradBeta(x: number, beta = activationParams.swish.default): number {
  if (typeof x !== "number") throw notANumber("swishGradBeta", x);
  checkParam("swishGradBeta", activationParams.swish, beta);
  return swishGradBetaUnchecked(x, beta);
}

// This module's scratch, which only its own functions below use: σ's parts come back in `parts`
// from logisticParts.ts, which keeps its own
const parts = expPartsScratch();
const z = dd();
const a = dd();
const b = dd();

// βx as the exact pair z.hi + z.lo (a plain product where |x| or |β| > 1e298, too large for
// twoProd); false when |βx| > 1500, where every function here has reached its limit
function product(beta: number, x: number): boolean {
  if (Math.abs(x) > 1e298 || Math.abs(beta) > 1e298) {
    z.hi = beta * x;
    z.lo = 0;
    return !(Math.abs(z.hi) > 1500);
  }
  twoProd(beta, x, z);
  return true;
}

/** swish without the parameter check. @internal */
export function swishUnchecked(x: number, beta: number): number {
  if (beta === 0) return x * 0.5;
  if (Number.isNaN(x)) return x;
  if (!product(beta, x)) return z.hi > 0 ? x : x > 0 ? 0 : -0; // the limits x and ±0
  // x·σ(βx) = x·(hi + lo)·2^scale, x scaled down first where x·hi could overflow
  sigmoidParts(z.hi, z.lo, parts);
  const big = Math.abs(x) > 1e290;
  const xs = big ? x * 2 ** -128 : x;
  twoProd(xs, parts.hi, a);
  const y = scaleByPow2(a.hi + (a.lo + xs * parts.lo), parts.scale + (big ? 128 : 0));
  return y === 0 ? x * 0 : y; // an underflow keeps the sign of x (σ > 0)
}

/** swishGrad without the parameter check. @internal */
export function swishGradUnchecked(x: number, beta: number): number {
  if (Number.isNaN(x)) return x; // before β = 0: swishGrad(NaN, 0) was 0.5
  if (beta === 0) return 0.5;
  if (!product(beta, x)) return z.hi > 0 ? 1 : -0;
  // g(z) = σ(z)·(1 + z·σ(−z)) = h(z) for z ≤ 0, and 1 − h(−z) for z > 0 since g(z) + g(−z) = 1
  if (z.hi <= 0) {
    swishGradParts(z.hi, z.lo, parts);
    return scaleByPow2(parts.hi + parts.lo, parts.scale);
  }
  swishGradParts(-z.hi, -z.lo, parts);
  if (parts.scale !== 0) return 1 - scaleByPow2(parts.hi + parts.lo, parts.scale);
  twoSum(1, -parts.hi, a);
  return a.hi + (a.lo - parts.lo);
}

/** swishGradBeta without the parameter check. @internal */
export function swishGradBetaUnchecked(x: number, beta: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) {
    return beta === 0 ? Number.POSITIVE_INFINITY : 0;
  }
  if (!product(beta, x)) return 0;
  // x²·σ′(βx), x² as a pair (scaled by 2^−1200 for |x| > 1e150, so the pair's products stay finite)
  sigmoidGradParts(z.hi, z.lo, parts);
  const big = Math.abs(x) > 1e150;
  const xs = big ? x * 2 ** -600 : x;
  twoProd(xs, xs, a);
  twoProd(a.hi, parts.hi, b);
  const lo = b.lo + a.hi * parts.lo + a.lo * parts.hi;
  return scaleByPow2(b.hi + lo, parts.scale + (big ? 1200 : 0));
}
