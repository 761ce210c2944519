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
const MILLS_END = MILLS_INTERVALS * MILLS_WIDTH - 1e-9;
const INV_MILLS_WIDTH = 1 / MILLS_WIDTH;

/**
 * Φ(−a) = φ(a)·M(a) for a ≥ 0, with φ(a) = e^(−a²/2)/√(2π) through expForFloat32 (a² is exact for a
 * float32 a) and the Mills ratio M from its piecewise fit, relative error 1e−11. Past the fit's
 * end (a ≥ 16) φ(a) < 1e−56, so the clamped M changes nothing a float32 result can show.
 */
function lowerTail(a: number): number {
  return expForFloat32(-0.5 * a * a) * INV_SQRT_2PI * millsRatioAt(a);
}

/** The Mills ratio M(a) from its 9-term piecewise fit (relative error 1e−11); a is clamped to the fit's end. */
function millsRatioAt(a: number): number {
  const b = Math.min(a, MILLS_END);
  const j = (b * INV_MILLS_WIDTH) | 0;
  const u = b - (j + 0.5) * MILLS_WIDTH;
  const c = millsRatio;
  const o = j * MILLS_TERMS;
  const u2 = u * u;
  const u4 = u2 * u2;
  // Estrin's form, highest degree first in the table
  return (
    c[o + 8] +
    u * c[o + 7] +
    u2 * (c[o + 6] + u * c[o + 5]) +
    u4 * (c[o + 4] + u * c[o + 3] + u2 * (c[o + 2] + u * c[o + 1]) + u4 * c[o])
  );
}

/** The Mills ratio M(a) from its 13-term piecewise fit (relative error 1e−17), for gelu′. */
function millsRatioAccurateAt(a: number): number {
  const b = Math.min(a, MILLS_END);
  const j = (b * INV_MILLS_WIDTH) | 0;
  const u = b - (j + 0.5) * MILLS_WIDTH;
  const c = millsRatioAccurate;
  const o = j * MILLS_TERMS_ACCURATE;
  const u2 = u * u;
  const u4 = u2 * u2;
  // Estrin's form, highest degree first in the table
  return (
    c[o + 12] +
    u * c[o + 11] +
    u2 * (c[o + 10] + u * c[o + 9]) +
    u4 * (c[o + 8] + u * c[o + 7] + u2 * (c[o + 6] + u * c[o + 5])) +
    u4 * u4 * (c[o + 4] + u * c[o + 3] + u2 * (c[o + 2] + u * c[o + 1]) + u4 * c[o])
  );
}

/**
 * Loops for GELU, x·Φ(x). Float64 calls the scalar functions (erfc from src/special). Float32
 * evaluates in float64 and rounds once, branch-free on the sign: with q = Φ(−|x|) (lowerTail)
 * and h = +(x > 0), Φ(x) = h + (1 − 2h)·q, exactly q or 1 − q, so x·Φ(x) keeps its relative
 * accuracy deep in the negative tail; gelu′ = Φ(x) + x·φ(x) with the 13-term Mills ratio, accurate
 * enough where the two terms cancel. x is clamped to ±10^300 in the
 * function (gelu(−0) = −0) and to ±38 in the derivative, where it is
 * already −0 (a negative subnormal float64) or 1.
 */
export const geluLoops: ActivationLoops = {
  forward32(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const c = Math.min(Math.max(x[i], -BIG), BIG);
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
