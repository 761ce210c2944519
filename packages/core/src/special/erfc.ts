import { ERX, erfcTailExponent, erfNearOneRatio, erfSmallRatio } from "./erfPolynomials.js";

/**
 * Complementary error function, erfc(x) = 1 − erf(x) = (2/√π)·∫ₓ^∞ e^(−t²) dt.
 *
 * FreeBSD/fdlibm's rational approximations (see erfPolynomials.ts); for x ≥ 1.25 it is
 * e^(−x²−0.5625 + R(1/x²)/S(1/x²)) / x with x² split so no digit of e^(−x²) is lost, which keeps
 * the relative accuracy far into the tail (erfc(27) ≈ 5e−319 is still right).
 * Special cases: erfc(NaN) = NaN, erfc(+∞) = +0, erfc(−∞) = 2; erfc(x) = +0 for x > 27.3.
 *
 * @example erfc(0) // => 1
 * @example erfc(1) // => 0.15729920705028513
 */
export function erfc(x: number): number {
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 1.3877787807814457e-17) return 1 - x;
    const xy = x * erfSmallRatio(x * x);
    return x < 0.25 ? 1 - (x + xy) : 0.5 - (xy + (x - 0.5));
  }
  if (ax < 1.25) {
    const pq = erfNearOneRatio(ax - 1);
    return x >= 0 ? 1 - ERX - pq : 1 + (ERX + pq);
  }
  if (ax < 28) {
    if (x < -6) return 2;
    const r = erfcTailProduct(ax, 0) / ax;
    return x > 0 ? r : 2 - r;
  }
  if (x > 0) return 0;
  return x < 0 ? 2 : x; // x is NaN
}

/**
 * x·erfc(x) for 1.25 ≤ x < 28 given x as an unevaluated sum x + xLo with |xLo| ≤ ulp(x)/2
 * (a double-double from a rounded argument such as −t/√2): e^(−z²−0.5625)·e^((z−x)(z+x) − 2x·xLo + R/S)
 * where z is x rounded to 24 bits, so z² + 0.5625 is exact.
 * @internal
 */
export function erfcTailProduct(x: number, xLo: number): number {
  const z = Math.fround(x);
  return Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) - 2 * x * xLo + erfcTailExponent(x));
}
