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
 * The exponential form never forms 1 − tanh²(x), which rounds to 0 for |x| > 18.7.
 * Special cases: tanh′(NaN) = NaN, tanh′(±∞) = +0, tanh′(0) = 1.
 *
 * @example tanhGrad(0) // => 1
 * @example tanhGrad(20) // => 1.6993417021166355e-17
 */
export function tanhGrad(x: number): number {
  const a = Math.abs(x);
  if (a > 354) {
    // e^(−2a) is subnormal: square e^(−a) so that only the final product rounds there
    const e = 2 * Math.exp(-a);
    return e * e;
  }
  const t = Math.exp(-2 * a);
  const s = 1 + t;
  return (4 * t) / (s * s);
}
