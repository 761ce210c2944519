import { notANumber } from "../checkParam.js";
import { dd } from "./doubleDouble.js";
import { ERX, erfcTailExponent, erfNearOneRatio, erfSmallRatio } from "./erfPolynomials.js";

const pq = dd();

/**
 * Error function, erf(x) = (2/√π)·∫₀ˣ e^(−t²) dt.
 *
 * FreeBSD/fdlibm's rational approximations (see erfPolynomials.ts). Why this port rather than
 * `@stdlib/math-base-special-erf` (a port of the same code): on the mpmath fixtures both are within
 * 1 ULP in every regime (test/special/erf.test.ts checks this one is never worse), this one is about
 * twice as fast (test/special/erfSpeed.mjs: 58 against 112 ns/call here), it adds no runtime
 * dependency, and the same code gives the erfc with a pair argument and a subnormal tail that gelu
 * needs.
 * Special cases: erf(NaN) = NaN, erf(±0) = ±0, erf(±∞) = ±1; erf(x) = x·2/√π for tiny x.
 *
 * @example erf(0.5) // => 0.5204998778130465
 */
export function erf(x: number): number {
  if (typeof x !== "number") throw notANumber("erf", x);
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    // erf(x) = x + EFX·x with EFX = 2/√π − 1; scaled by 8 first where EFX·x would lose digits
    if (ax < 2.848094538889218e-306) return 0.125 * (8 * x + 1.0270333367641007 * x);
    if (ax < 3.725290298461914e-9) return x + 0.1283791670955126 * x;
    return x + x * erfSmallRatio(x * x);
  }
  if (ax < 1.25) {
    erfNearOneRatio(ax - 1, pq);
    const v = ERX + (pq.hi + pq.lo);
    return x >= 0 ? v : -v;
  }
  if (ax < 6) {
    // 1 − erfc(|x|) with fdlibm's two exponentials: erfc(|x|) < 0.08 here, so its own rounding
    // shrinks twelvefold in the result and the extended-precision path of erfc is not needed
    const z = Math.fround(ax);
    const r = (Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + erfcTailExponent(ax))) / ax;
    return x >= 0 ? 1 - r : r - 1;
  }
  return x > 0 ? 1 : x < 0 ? -1 : x; // x is NaN
}
