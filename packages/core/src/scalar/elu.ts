import { checkParam, notANumber } from "../checkParam.js";
import { activationParams } from "../registry/params.js";
import { dd, pow2, scaleByPow2, twoProd } from "../special/doubleDouble.js";
import { expParts, expPartsScratch } from "../special/expParts.js";

const parts = expPartsScratch();
const p = dd();

/**
 * Exponential linear unit, elu(x, α) = x for x > 0, α·(e^x − 1) otherwise; α ≥ 0, default 1.
 *
 * Uses expm1, so elu(x) = x for tiny negative x instead of the 0 that e^x − 1 gives.
 * Special cases: NaN → NaN, elu(−0) = −0, elu(+∞) = +∞, elu(−∞) = −α.
 * Throws a RangeError for a negative or non-finite α.
 *
 * @example elu(-1) // => -0.6321205588285577
 * @example elu(2) // => 2
 */
export function elu(x: number, alpha = activationParams.elu.default): number {
  if (typeof x !== "number") throw notANumber("elu", x);
  checkParam("elu", activationParams.elu, alpha);
  return eluUnchecked(x, alpha);
}

/**
 * Derivative of ELU: 1 for x > 0, α·e^x for x ≤ 0.
 *
 * At x = 0 it takes the left-hand derivative, α (equal to the right-hand one for α = 1), as PyTorch.
 * Special cases: NaN → NaN, +∞ → 1, −∞ → +0.
 *
 * @example eluGrad(0) // => 1
 * @example eluGrad(-1) // => 0.36787944117144233
 */
export function eluGrad(x: number, alpha = activationParams.elu.default): number {
  if (typeof x !== "number") throw notANumber("eluGrad", x);
  checkParam("eluGrad", activationParams.elu, alpha);
  return eluGradUnchecked(x, alpha);
}

/** elu without the parameter check. @internal */
export function eluUnchecked(x: number, alpha: number): number {
  return x > 0 ? x : alpha * Math.expm1(x);
}

/** eluGrad without the parameter check. @internal */
export function eluGradUnchecked(x: number, alpha: number): number {
  if (x > 0) return 1;
  if (Number.isNaN(x)) return x;
  if (x < -1500) return 0; // also −∞
  // α·e^x with e^x's exponent kept apart, so a subnormal result is rounded once; α scaled by
  // 2^∓128 (exactly) where it is huge or tiny, as twoProd's splitting overflows for α > 2^996
  // (eluGrad(−1, 1.4e300) was NaN) and loses bits of a product below 2^−969
  const k = alpha > 1e290 ? -128 : alpha < 1e-290 ? 128 : 0;
  const a = alpha * pow2(k);
  expParts(x, 0, parts);
  twoProd(a, parts.hi, p);
  return scaleByPow2(p.hi + (p.lo + a * parts.lo), parts.scale - k);
}
