/**
 * Logistic sigmoid, σ(x) = 1 / (1 + e^(−x)).
 *
 * Evaluated with t = e^(−|x|) ≤ 1 only, so nothing overflows and σ(x) for x < 0 keeps its
 * relative accuracy down to the subnormal range (σ(−740) ≈ 4e−322).
 * Special cases: σ(NaN) = NaN, σ(+∞) = 1, σ(−∞) = +0, σ(±0) = 0.5.
 *
 * @example sigmoid(0) // => 0.5
 * @example sigmoid(-40) // => 4.248354255291589e-18
 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const t = Math.exp(x);
  return t / (1 + t);
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
  const t = Math.exp(-Math.abs(x));
  const s = 1 + t;
  return t / (s * s);
}
