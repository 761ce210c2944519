import { gelu, geluGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { expForFloat32, expInRange } from "./fastExp.js";
import {
  MILLS_INTERVALS,
  MILLS_TERMS,
  MILLS_TERMS_ACCURATE,
  MILLS_WIDTH,
  millsRatio,
  millsRatioAccurate,
} from "./polynomialCoefficients.js";
import { BIG } from "./relu.js";

const INV_SQRT_2PI = 0.3989422804014327;
// The fit's layout as literals in the helpers below (an imported binding is loaded and checked
// on every use in a loop); this check fails loudly if the generator's layout changes.
if (MILLS_WIDTH !== 0.25 || MILLS_INTERVALS !== 64 || MILLS_TERMS !== 7 || MILLS_TERMS_ACCURATE !== 11) {
  throw new Error("gelu.ts: the Mills-ratio fit's layout changed; update its helpers");
}

/**
 * Φ(−a) = φ(a)·M(a) for a ≥ 0, with φ(a) = e^(−a²/2)/√(2π) through expForFloat32 (a² is exact for a
 * float32 a) and the Mills ratio M from its piecewise fit, relative error 5e−11. Past the fit's
 * end (a ≥ 16) φ(a) < 1e−56, so the clamped M changes nothing a float32 result can show.
 */
function lowerTail(a: number): number {
  return expForFloat32(-0.5 * a * a) * INV_SQRT_2PI * millsRatioAt(a);
}

/** The Mills ratio M(a) from its 7-term piecewise fit (relative error 5e−11); a is clamped to the fit's end. */
function millsRatioAt(a: number): number {
  const b = Math.min(a, 15.999999999);
  const j = (b * 4) | 0;
  const u = b - (j + 0.5) * 0.25;
  const c = millsRatio;
  const o = j * 7;
  const u2 = u * u;
  // Estrin's form, highest degree first in the table
  return (
    c[o + 6] + u * c[o + 5] + u2 * (c[o + 4] + u * c[o + 3]) + u2 * u2 * (c[o + 2] + u * c[o + 1] + u2 * c[o])
  );
}

/** The Mills ratio M(a) from its 11-term piecewise fit (relative error 1e−17), for gelu′. */
function millsRatioAccurateAt(a: number): number {
  const b = Math.min(a, 15.999999999);
  const j = (b * 4) | 0;
  const u = b - (j + 0.5) * 0.25;
  const c = millsRatioAccurate;
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
 * evaluates in float64 and rounds once, branch-free on the sign: with q = Φ(−|x|) (lowerTail)
 * and h = +(x > 0), Φ(x) = h + (1 − 2h)·q, exactly q or 1 − q, so x·Φ(x) keeps its relative
 * accuracy deep in the negative tail; gelu′ = Φ(x) + x·φ(x) with the 11-term Mills ratio, accurate
 * enough where the two terms cancel. x is clamped to ±10^300 in the
 * function (gelu(−0) = −0) and to ±38 in the derivative, where it is
 * already −0 (a negative subnormal float64) or 1.
 */
export const geluLoops: ActivationLoops = {
  forward32(x, out) {
    const big = BIG; // a local: an imported binding is re-read at every use
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const c = Math.min(Math.max(x[i], -big), big);
      const h = +(c > 0);
      out[i] = c * (h + (1 - 2 * h) * lowerTail(Math.abs(c)));
    }
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = gelu(x[i]);
  },
  backward32(x, dy, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const c = Math.min(Math.max(x[i], -38), 38);
      const h = +(c > 0);
      const a = Math.abs(c);
      const pdf = expInRange(-0.5 * a * a) * INV_SQRT_2PI;
      out[i] = dy[i] * (h + (1 - 2 * h) * millsRatioAccurateAt(a) * pdf + c * pdf);
    }
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * geluGrad(x[i]);
  },
};
