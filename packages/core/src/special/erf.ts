import { scaleByPow2 } from "./doubleDouble.js";
import { erfcParts } from "./erfcParts.js";
import { ERX, erfNearOneRatio, erfSmallRatio } from "./erfPolynomials.js";
import { expPartsScratch } from "./expParts.js";

const parts = expPartsScratch();

/**
 * Error function, erf(x) = (2/√π)·∫₀ˣ e^(−t²) dt.
 *
 * FreeBSD/fdlibm's rational approximations (see erfPolynomials.ts), the same algorithm as
 * `@stdlib/math-base-special-erf`; tests measure both against mpmath.
 * Special cases: erf(NaN) = NaN, erf(±0) = ±0, erf(±∞) = ±1; erf(x) = x·2/√π for tiny x.
 *
 * @example erf(0.5) // => 0.5204998778130465
 */
export function erf(x: number): number {
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    // erf(x) = x + EFX·x with EFX = 2/√π − 1; scaled by 8 first where EFX·x would lose digits
    if (ax < 2.848094538889218e-306) return 0.125 * (8 * x + 1.0270333367641007 * x);
    if (ax < 3.725290298461914e-9) return x + 0.1283791670955126 * x;
    return x + x * erfSmallRatio(x * x);
  }
  if (ax < 1.25) {
    const pq = erfNearOneRatio(ax - 1);
    return x >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ax < 6) {
    // 1 − erfc(|x|); erfc(1.25) < 0.08, so its rounding shrinks twelvefold
    erfcParts(ax, 0, parts);
    const r = scaleByPow2(parts.hi + parts.lo, parts.scale);
    return x >= 0 ? 1 - r : r - 1;
  }
  return x > 0 ? 1 : x < 0 ? -1 : x; // x is NaN
}
