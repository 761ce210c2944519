import { erfc } from "../special/erfc.js";

/**
 * Gaussian error linear unit, exact form gelu(x) = x·Φ(x) = x·erfc(−x/√2)/2 (Hendrycks & Gimpel
 * 2016; PyTorch's `approximate="none"`).
 *
 * Special cases: NaN → NaN, gelu(±0) = ±0, gelu(+∞) = +∞, gelu(−∞) = −0.
 *
 * @example gelu(1) // => 0.8413447460685429
 */
export function gelu(x: number): number {
  if (x === Number.NEGATIVE_INFINITY) return -0;
  return 0.5 * x * erfc(-x * Math.SQRT1_2);
}

/**
 * Derivative of exact GELU, gelu′(x) = Φ(x) + x·φ(x); it crosses 0 at x ≈ −0.7518.
 *
 * Special cases: NaN → NaN, gelu′(+∞) = 1, gelu′(−∞) = −0, gelu′(0) = 0.5.
 *
 * @example geluGrad(0) // => 0.5
 */
export function geluGrad(x: number): number {
  if (x === Number.NEGATIVE_INFINITY) return -0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  return 0.5 * erfc(-x * Math.SQRT1_2) + x * Math.exp(-0.5 * x * x) * 0.3989422804014327;
}
