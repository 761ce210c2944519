import { swishGradUnchecked, swishUnchecked } from "../../scalar/internal.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { expFast } from "./fastExp.js";

/**
 * Around the zero of swish′ (z = βx ≈ −1.2785) the derivative is a difference of nearly equal
 * terms: there the float32 loop takes the scalar function. A window of ±0.03 holds the
 * float32 inputs where the cancellation could cost more than the float32 rounding.
 */
export const SWISH_ROOT_LO = -1.31;
export const SWISH_ROOT_HI = -1.25;

/**
 * Loops for Swish, x·σ(βx). Float64 calls the scalar functions. Float32 evaluates in float64 and
 * rounds once: swish = x/(1 + e^(−z)) with z = βx (no branch on the sign; for z → −∞ it tends to
 * ±0 with x's sign); swish′ = (s + z·t)/s² with t = e^(−z), s = 1 + t, z clamped at −700 where
 * swish′ is 0 in float32 anyway. Non-finite z and the neighbourhood of swish′'s zero take a
 * predictable branch to the scalar functions.
 */
export const swishLoops: ActivationLoops = {
  forward32(x, out, beta) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      const z = beta * v;
      out[i] = z - z === 0 ? v / (1 + expFast(-z)) : swishUnchecked(v, beta);
    }
  },
  forward64(x, out, beta) {
    for (let i = 0; i < x.length; i++) out[i] = swishUnchecked(x[i], beta);
  },
  backward32(x, dy, out, beta) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      const z = beta * v;
      if (z - z === 0 && (z < SWISH_ROOT_LO || z > SWISH_ROOT_HI)) {
        const zc = Math.max(z, -700);
        const t = expFast(-zc);
        const s = 1 + t;
        out[i] = dy[i] * ((s + zc * t) / (s * s));
      } else {
        out[i] = dy[i] * swishGradUnchecked(v, beta);
      }
    }
  },
  backward64(x, dy, out, beta) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * swishGradUnchecked(x[i], beta);
  },
};
