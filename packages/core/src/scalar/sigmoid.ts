import { notANumber } from "../checkParam.js";
import { scaleByPow2 } from "../special/doubleDouble.js";
import { expPartsScratch } from "../special/expParts.js";
import { sigmoidGradParts, sigmoidParts } from "./logisticParts.js";

const parts = expPartsScratch();

/**
 * Logistic sigmoid, σ(x) = 1 / (1 + e^(−x)).
 *
 * Evaluated with t = e^(−|x|) ≤ 1 only (nothing overflows), carrying e^x and the quotient with a
 * few extra bits (logisticParts.ts) and rounding once, so the result is within 1 ULP everywhere,
 * down to the subnormal σ(−740) ≈ 4e−322.
 * Special cases: σ(NaN) = NaN, σ(+∞) = 1, σ(−∞) = +0, σ(±0) = 0.5.
 *
 * @example sigmoid(0) // => 0.5
 * @example sigmoid(-40) // => 4.248354255291589e-18
 */
export function sigmoid(x: number): number {
  if (typeof x !== "number") throw notANumber("sigmoid", x);
  if (Number.isNaN(x)) return x;
  sigmoidParts(x, 0, parts);
  return scaleByPow2(parts.hi + parts.lo, parts.scale);
}

/**
 * Derivative of the logistic sigmoid, σ′(x) = σ(x)·σ(−x) = e^(−|x|) / (1 + e^(−|x|))².
 *
 * Written with t = e^(−|x|) so it never forms 1 − σ(x), which rounds to 0 for x > 36.7.
 * Special cases: σ′(NaN) = NaN, σ′(±∞) = +0, σ′(0) = 0.25.
 *
 * @example sigmoidGrad(0) // => 0.25
 * @example sigmoidGrad(40) // => 4.248354255291589e-18
 */
export function sigmoidGrad(x: number): number {
  if (typeof x !== "number") throw notANumber("sigmoidGrad", x);
  if (Number.isNaN(x)) return x;
  sigmoidGradParts(x, 0, parts);
  return scaleByPow2(parts.hi + parts.lo, parts.scale);
}
