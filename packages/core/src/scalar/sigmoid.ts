/**
 * Logistic sigmoid, σ(x) = 1 / (1 + e^(−x)).
 *
 * Placeholder until the scalar module lands.
 *
 * @example sigmoid(0) // => 0.5
 */
export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/**
 * Derivative of the logistic sigmoid, σ′(x) = σ(x)·σ(−x).
 *
 * Written with t = e^(−|x|) so it never forms 1 − σ(x), which rounds to 0 for x > 36.7.
 * Special cases: σ′(NaN) = NaN, σ′(±∞) = +0.
 *
 * @example sigmoidGrad(0) // => 0.25
 */
export function sigmoidGrad(x: number): number {
  const t = Math.exp(-Math.abs(x));
  return t / ((1 + t) * (1 + t));
}
