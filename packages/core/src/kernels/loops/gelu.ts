import { gelu, geluGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { expFast } from "./fastExp.js";
import { MILLS_INTERVALS, MILLS_TERMS, MILLS_WIDTH, millsRatio } from "./polynomialCoefficients.js";

const INV_SQRT_2PI = 0.3989422804014327;
const MILLS_END = MILLS_INTERVALS * MILLS_WIDTH - 1e-9;
/** The zero of gelu′ is near −0.7518: there the float32 loop takes the scalar function. */
const ROOT_LO = -0.78;
const ROOT_HI = -0.72;

/**
 * Φ(−a) = φ(a)·M(a) for a ≥ 0, with φ(a) = e^(−a²/2)/√(2π) through expFast (a² is exact for a
 * float32 a) and the Mills ratio M from its piecewise fit, relative error 1e−11. Past the fit's
 * end (a ≥ 16) φ(a) < 1e−56, so the clamped M changes nothing a float32 result can show.
 */
function lowerTail(a: number): number {
  const b = Math.min(a, MILLS_END);
  const j = (b * (1 / MILLS_WIDTH)) | 0;
  const u = b - (j + 0.5) * MILLS_WIDTH;
  const o = j * MILLS_TERMS;
  const m =
    millsRatio[o + 8] +
    u *
      (millsRatio[o + 7] +
        u *
          (millsRatio[o + 6] +
            u *
              (millsRatio[o + 5] +
                u *
                  (millsRatio[o + 4] +
                    u *
                      (millsRatio[o + 3] +
                        u * (millsRatio[o + 2] + u * (millsRatio[o + 1] + u * millsRatio[o])))))));
  return expFast(-0.5 * a * a) * INV_SQRT_2PI * m;
}

/**
 * Loops for GELU, x·Φ(x). Float64 calls the scalar functions (erfc from src/special). Float32
 * evaluates in float64 and rounds once, branch-free on the sign: with q = Φ(−|x|) (lowerTail)
 * and h = +(x > 0), Φ(x) = h + (1 − 2h)·q, exactly q or 1 − q, so x·Φ(x) keeps its relative
 * accuracy deep in the negative tail; gelu′ = Φ(x) + x·φ(x). NaN, ±∞ and the neighbourhood of
 * gelu′'s zero take a predictable branch to the scalar functions.
 */
export const geluLoops: ActivationLoops = {
  forward32(x, out) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      if (v - v === 0) {
        const h = +(v > 0);
        out[i] = v * (h + (1 - 2 * h) * lowerTail(Math.abs(v)));
      } else {
        out[i] = gelu(v);
      }
    }
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = gelu(x[i]);
  },
  backward32(x, dy, out) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      if (v - v === 0 && (v < ROOT_LO || v > ROOT_HI)) {
        const h = +(v > 0);
        const a = Math.abs(v);
        const pdf = expFast(-0.5 * a * a) * INV_SQRT_2PI;
        out[i] = dy[i] * (h + (1 - 2 * h) * lowerTail(a) + v * pdf);
      } else {
        out[i] = dy[i] * geluGrad(v);
      }
    }
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * geluGrad(x[i]);
  },
};
