import { eluGradUnchecked, eluUnchecked } from "../../scalar/internal.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { expFast, expm1Fast } from "./fastExp.js";

/**
 * Loops for ELU. Float64 calls the scalar functions. Float32 evaluates in float64 and rounds
 * once, branch-free on the sign: with h = +(x > 0) and c = (x − |x|)/2 = min(x, 0) (−0 for −0),
 * elu(x) = h·x + α·expm1(c) (the second term is +0 for x > 0, and −0 + −0 keeps elu(−0) = −0),
 * elu′(x) = h + α·e^c·(1 − h). NaN and ±∞ take a predictable branch to the scalar functions.
 */
export const eluLoops: ActivationLoops = {
  forward32(x, out, alpha) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      if (v - v === 0) {
        const h = +(v > 0);
        out[i] = h * v + alpha * expm1Fast((v - Math.abs(v)) * 0.5);
      } else {
        out[i] = eluUnchecked(v, alpha);
      }
    }
  },
  forward64(x, out, alpha) {
    for (let i = 0; i < x.length; i++) out[i] = eluUnchecked(x[i], alpha);
  },
  backward32(x, dy, out, alpha) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      if (v - v === 0) {
        const h = +(v > 0);
        out[i] = dy[i] * (h + alpha * expFast((v - Math.abs(v)) * 0.5) * (1 - h));
      } else {
        out[i] = dy[i] * eluGradUnchecked(v, alpha);
      }
    }
  },
  backward64(x, dy, out, alpha) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * eluGradUnchecked(x[i], alpha);
  },
};
