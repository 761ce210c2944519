import { notANumber } from "../checkParam.js";
import { swishGradUnchecked, swishUnchecked } from "./swish.js";

/**
 * Sigmoid-weighted linear unit, silu(x) = x·σ(x) = swish(x, 1) (Hendrycks & Gimpel; PyTorch's SiLU).
 *
 * Special cases: NaN → NaN, silu(±0) = ±0, silu(+∞) = +∞, silu(−∞) = −0.
 *
 * @example silu(1) // => 0.7310585786300049
 */
export function silu(x: number): number {
  if (typeof x !== "number") throw notANumber("silu", x);
  return swishUnchecked(x, 1);
}

/**
 * Derivative of SiLU, σ(x)·(1 + x·σ(−x)); it crosses 0 at x ≈ −1.2785.
 *
 * Special cases: NaN → NaN, silu′(+∞) = 1, silu′(−∞) = −0, silu′(0) = 0.5.
 *
 * @example siluGrad(0) // => 0.5
 */
export function siluGrad(x: number): number {
  if (typeof x !== "number") throw notANumber("siluGrad", x);
  return swishGradUnchecked(x, 1);
}
