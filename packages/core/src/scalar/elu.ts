import { checkParam, notANumber } from "../checkParam.js";
import { activationParams } from "../registry/params.js";
import { dd, pow2, scaleByPow2, twoProd, twoSum } from "../special/doubleDouble.js";
import { expParts, expPartsScratch } from "../special/expParts.js";

const parts = expPartsScratch();
const p = dd();
const em = dd();

// (e^x − 1 − x)/x² = 1/2! + x/3! + … + x⁸/10!: for |x| ≤ 2^−5 the rest is below 2^−66 of e^x − 1
// biome-ignore format: coefficient list
const EXPM1_SERIES = Float64Array.of(1 / 2, 1 / 6, 1 / 24, 1 / 120, 1 / 720, 1 / 5040, 1 / 40320, 1 / 362880, 1 / 3628800);

// e^x − 1 for −800 ≤ x ≤ 0 as the pair em: x + x²·series where |x| < 2^−5, else e^x from expParts
// minus 1 (exact: e^x's part below 2^−1074 is far under the last bit of −1 + e^x)
function expm1Pair(x: number): void {
  if (x > -0.03125) {
    let s = EXPM1_SERIES[EXPM1_SERIES.length - 1];
    for (let i = EXPM1_SERIES.length - 2; i >= 0; i--) s = EXPM1_SERIES[i] + x * s;
    em.hi = x;
    em.lo = x * x * s;
    return;
  }
  expParts(x, 0, parts);
  const scale = pow2(parts.scale);
  twoSum(parts.hi * scale, -1, em);
  em.lo += parts.lo * scale;
}

/**
 * Exponential linear unit, elu(x, α) = x for x > 0, α·(e^x − 1) otherwise; α ≥ 0, default 1.
 *
 * e^x − 1 is carried as a pair (a series near 0, so elu(x) = x for tiny negative x instead of the
 * 0 that e^x − 1 gives) and multiplied by α with one rounding.
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
  if (!(x <= 0)) return x; // also NaN
  // α·Math.expm1(x) rounds twice, 2 ULP off at elu(−0.3482644120516212, 1.7): e^x − 1 as a pair
  // times α rounds once. Below |x| = 2^−60, α·x alone (x²/2 is under 2^−61 of it); keeps ±0
  if (x < -800) return -alpha; // e^x < 2^−1154 (also −∞)
  if (x > -8.673617379884035e-19 || alpha === 0) return alpha * x;
  expm1Pair(x);
  // α scaled by 2^∓128 where it is huge or tiny, as in eluGradUnchecked
  const k = alpha > 1e290 ? -128 : alpha < 1e-290 ? 128 : 0;
  const a = alpha * pow2(k);
  twoProd(a, em.hi, p);
  return scaleByPow2(p.hi + (p.lo + a * em.lo), -k);
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
