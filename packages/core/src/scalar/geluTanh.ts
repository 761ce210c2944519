import { sigmoid, sigmoidGrad } from "./sigmoid.js";

const SQRT_2_OVER_PI = 0.7978845608028654;
const COEFF = 0.044715;

/**
 * GELU's tanh approximation, geluTanh(x) = ½x·(1 + tanh(√(2/π)·(x + 0.044715x³)))
 * (PyTorch's `approximate="tanh"`), evaluated as x·σ(2u) with u the tanh argument, which is the
 * same function without the cancellation of 1 + tanh(u) for x < 0.
 *
 * Special cases: NaN → NaN, geluTanh(±0) = ±0, geluTanh(+∞) = +∞, geluTanh(−∞) = −0.
 *
 * @example geluTanh(1) // => 0.8411919906082768
 */
export function geluTanh(x: number): number {
  if (x === Number.NEGATIVE_INFINITY) return -0;
  const u = SQRT_2_OVER_PI * (x + COEFF * x * x * x);
  return x * sigmoid(2 * u);
}

/**
 * Derivative of geluTanh: σ(2u) + x·2u′·σ′(2u) with u′ = √(2/π)·(1 + 3·0.044715x²).
 *
 * Beyond |x| = 30 it returns the limits (1, or −0 below) directly, so x² never overflows
 * (PyTorch's gelu_tanh′ gives NaN for |x| ≥ 1e155).
 * Special cases: NaN → NaN, +∞ → 1, −∞ → −0.
 *
 * @example geluTanhGrad(0) // => 0.5
 */
export function geluTanhGrad(x: number): number {
  if (x > 30) return 1;
  if (x < -30) return -0;
  const u = SQRT_2_OVER_PI * (x + COEFF * x * x * x);
  const du = SQRT_2_OVER_PI * (1 + 3 * COEFF * x * x);
  return sigmoid(2 * u) + 2 * x * du * sigmoidGrad(2 * u);
}
