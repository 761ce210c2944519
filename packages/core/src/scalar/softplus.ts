import { notANumber } from "../checkParam.js";
import { sigmoid } from "./sigmoid.js";

/**
 * Softplus, softplus(x) = ln(1 + e^x) = max(x, 0) + ln(1 + e^(−|x|)).
 *
 * No threshold switch as in PyTorch (which costs 5e5 ULP at x = 20.1): the split form is exact
 * enough everywhere and never overflows.
 * Special cases: NaN → NaN, softplus(+∞) = +∞, softplus(−∞) = +0, softplus(0) = ln 2.
 *
 * @example softplus(0) // => 0.6931471805599453
 */
export function softplus(x: number): number {
  if (typeof x !== "number") throw notANumber("softplus", x);
  if (x > 0) return x + Math.log1p(Math.exp(-x));
  return Math.log1p(Math.exp(x));
}

/**
 * Derivative of softplus, softplus′(x) = σ(x).
 *
 * Special cases: NaN → NaN, +∞ → 1, −∞ → +0.
 *
 * @example softplusGrad(0) // => 0.5
 */
export function softplusGrad(x: number): number {
  if (typeof x !== "number") throw notANumber("softplusGrad", x);
  return sigmoid(x);
}
