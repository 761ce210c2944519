import { gelu, geluGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { expInRange, expTables, expWithTables } from "./fastExp.js";
import {
  MILLS_INTERVALS,
  MILLS_TERMS_ACCURATE,
  MILLS_WIDTH,
  millsRatioAccurate,
  normalTailDenominator,
  normalTailNumerator,
} from "./polynomialCoefficients.js";

const INV_SQRT_2PI = 0.3989422804014327;
// The fit's layout as literals in the helpers below (an imported binding is loaded and checked
// on every use in a loop); this check fails loudly if the generator's layout changes.
if (
  MILLS_WIDTH !== 0.25 ||
  MILLS_INTERVALS !== 64 ||
  MILLS_TERMS_ACCURATE !== 11 ||
  normalTailNumerator.length !== 7 ||
  normalTailDenominator.length !== 8
) {
  throw new Error("gelu.ts: a fit's layout changed; update its helpers");
}

/**
 * The Mills ratio M(a) from its 11-term piecewise fit c (relative error 1e−17), for gelu′. The
 * caller passes millsRatioAccurate from a local (a module binding is re-read at every use), and
 * `& 63` (a no-op: b < 16) tells the compiler the index is small, which drops an overflow check
 * per coefficient: together a third fewer instructions.
 */
function millsRatioAccurateAt(a: number, c: Float64Array): number {
  const b = Math.min(a, 15.999999999);
  const j = ((b * 4) | 0) & 63;
  const u = b - (j + 0.5) * 0.25;
  const o = j * 11;
  const u2 = u * u;
  const u4 = u2 * u2;
  // Estrin's form, highest degree first in the table
  return (
    c[o + 10] +
    u * c[o + 9] +
    u2 * (c[o + 8] + u * c[o + 7]) +
    u4 * (c[o + 6] + u * c[o + 5] + u2 * (c[o + 4] + u * c[o + 3])) +
    u4 * u4 * (c[o + 2] + u * c[o + 1] + u2 * c[o])
  );
}

/**
 * Loops for GELU, x·Φ(x). Float64 calls the scalar functions (erfc from src/special). Float32
 * evaluates in float64 and rounds once, branch-free on the sign: with q = Φ(−|x|) and
 * h = +(x > 0), Φ(x) = h + (1 − 2h)·q, exactly q or 1 − q, so x·Φ(x) keeps its relative accuracy
 * deep in the negative tail. In the function q = e^(−x²/2)·P(|x|)/Q(|x|), one rational fit over the
 * whole range (relative error 2.3e−12, plus 4e−11 from the exp: far below float32's 6e−8) with no
 * table and no interval index (P(0) = 1/2 − 2^−53 breaks the float32 ties of subnormal x the right
 * way, see scripts/generateCoefficients.py); x is clamped to [−16, ∞) (gelu(−0) = −0, gelu(−∞) = −0). gelu′ =
 * Φ(x) + x·φ(x) needs more: its two terms cancel near its zero, so it takes the 11-term Mills
 * ratio (relative error 1e−17) and x clamped to ±38, where gelu′ is already −0 (a negative
 * subnormal float64) or 1.
 */
export const geluLoops: ActivationLoops = {
  forward32(x, out) {
    const { twoToJOver64, twoToM } = expTables;
    const [p6, p5, p4, p3, p2, p1, p0] = normalTailNumerator;
    const [q7, q6, q5, q4, q3, q2, q1, q0] = normalTailDenominator;
    const n = x.length;
    for (let i = 0; i < n; i++) {
      // below −16 (−∞ too) gelu is −0 in float32 already; b = |x| capped where Φ(−b) < 1e−57
      const c = Math.max(x[i], -16);
      const h = +(c > 0);
      const b = Math.min(Math.abs(c), 16);
      // Φ(−b) = e^(−b²/2)·P(b)/Q(b); b² is exact for a float32 b
      const p = p0 + b * (p1 + b * (p2 + b * (p3 + b * (p4 + b * (p5 + b * p6)))));
      const q = q0 + b * (q1 + b * (q2 + b * (q3 + b * (q4 + b * (q5 + b * (q6 + b * q7))))));
      const tail = (expWithTables(-0.5 * b * b, twoToJOver64, twoToM) * p) / q;
      out[i] = c * (h + (1 - 2 * h) * tail);
    }
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = gelu(x[i]);
  },
  backward32(x, dy, out) {
    const mills = millsRatioAccurate;
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const c = Math.min(Math.max(x[i], -38), 38);
      const h = +(c > 0);
      const a = Math.abs(c);
      const pdf = expInRange(-0.5 * a * a) * INV_SQRT_2PI;
      out[i] = dy[i] * (h + (1 - 2 * h) * millsRatioAccurateAt(a, mills) * pdf + c * pdf);
    }
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * geluGrad(x[i]);
  },
};
