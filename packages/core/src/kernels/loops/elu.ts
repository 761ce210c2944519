import { eluGradUnchecked, eluUnchecked } from "../../scalar/internal.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { expForFloat32, expm1ForFloat32InRange } from "./fastExp.js";
import { BIG } from "./relu.js";

/**
 * Loops for ELU. Float64 calls the scalar functions. Float32 evaluates in float64 and rounds
 * once, branch-free on the sign: with c = x clamped to ±10^300 (only ±∞ move), h = +(c > 0) and
 * m = (c − |c|)/2 = min(c, 0) (−0 for −0; bounded below by −746, where e^m is 0 already),
 * elu(x) = h·c + α·expm1(m) (the second term is +0 for x > 0, and −0 + −0 keeps elu(−0) = −0),
 * elu′(x) = h + α·e^m·(1 − h).
 */
export const eluLoops: ActivationLoops = {
  forward32(x, out, alpha) {
    const big = BIG; // a local: an imported binding is re-read at every use
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const c = Math.min(Math.max(x[i], -big), big);
      const h = +(c > 0);
      out[i] = h * c + alpha * expm1ForFloat32InRange(Math.max((c - Math.abs(c)) * 0.5, -746));
    }
  },
  forward64(x, out, alpha) {
    for (let i = 0; i < x.length; i++) out[i] = eluUnchecked(x[i], alpha);
  },
  backward32(x, dy, out, alpha) {
    const big = BIG; // a local: an imported binding is re-read at every use
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const c = Math.min(Math.max(x[i], -big), big);
      const h = +(c > 0);
      out[i] = dy[i] * (h + alpha * expForFloat32((c - Math.abs(c)) * 0.5) * (1 - h));
    }
  },
  backward64(x, dy, out, alpha) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * eluGradUnchecked(x[i], alpha);
  },
};
