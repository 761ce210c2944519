import { scaleByPow2 } from "../special/doubleDouble.js";
import { expPartsScratch } from "../special/expParts.js";
import { sigmoidGradParts } from "./logisticParts.js";

const parts = expPartsScratch();

/**
 * Hyperbolic tangent, tanh(x) = (e^x − e^(−x)) / (e^x + e^(−x)).
 *
 * Special cases: tanh(NaN) = NaN, tanh(±0) = ±0, tanh(±∞) = ±1.
 *
 * @example tanh(0.5) // => 0.46211715726000974
 */
export function tanh(x: number): number {
  return Math.tanh(x);
}

/**
 * Derivative of tanh, tanh′(x) = 1 − tanh²(x) = 4·e^(−2|x|) / (1 + e^(−2|x|))².
 *
 * The exponential form, 4·σ′(2x), never forms 1 − tanh²(x), which rounds to 0 for |x| > 18.7.
 * Special cases: tanh′(NaN) = NaN, tanh′(±∞) = +0, tanh′(0) = 1.
 *
 * @example tanhGrad(0) // => 1
 * @example tanhGrad(20) // => 1.6993417021166355e-17
 */
export function tanhGrad(x: number): number {
  if (Number.isNaN(x)) return x;
  // tanh′(x) = 4·σ′(2x)
  sigmoidGradParts(2 * x, 0, parts);
  return scaleByPow2(parts.hi + parts.lo, parts.scale + 2);
}
