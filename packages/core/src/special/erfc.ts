import { notANumber } from "../checkParam.js";
import { scaleByPow2 } from "./doubleDouble.js";
import { erfcParts } from "./erfcParts.js";
import { expPartsScratch } from "./expParts.js";

const parts = expPartsScratch();

/**
 * Complementary error function, erfc(x) = 1 − erf(x) = (2/√π)·∫ₓ^∞ e^(−t²) dt.
 *
 * FreeBSD/fdlibm's rational approximations (erfPolynomials.ts), with the last additions kept exact
 * and the ratios in pairs where erfc does not shrink their rounding, and, for x ≥ 1.25, e^(−x²−0.5625 + R(1/x²)/S(1/x²))/x evaluated in one extended-precision
 * exponential with x² split so no digit of e^(−x²) is lost: relative accuracy holds far into the
 * tail and through the subnormal range (erfc(27) ≈ 5.2e−319), where fdlibm's two rounded
 * exponentials lose it.
 * Special cases: erfc(NaN) = NaN, erfc(+∞) = +0, erfc(−∞) = 2; erfc(x) = +0 for x > 27.3.
 *
 * @example erfc(0) // => 1
 * @example erfc(1) // => 0.15729920705028513
 */
export function erfc(x: number): number {
  if (typeof x !== "number") throw notANumber("erfc", x);
  erfcParts(x, 0, parts);
  return scaleByPow2(parts.hi + parts.lo, parts.scale);
}
