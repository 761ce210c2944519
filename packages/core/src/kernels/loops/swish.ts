import { swishGradUnchecked, swishUnchecked } from "../../scalar/internal.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { expFast, expForFloat32 } from "./fastExp.js";
import { BIG } from "./relu.js";

/**
 * Loops for Swish, x·σ(βx). Float64 calls the scalar functions. Float32 evaluates in float64 and
 * rounds once, with c = x clamped to ±10^300 (only ±∞ move) and z = βc: swish = c/(1 + e^(−z))
 * (no branch on the sign; swish(−0) = −0; ±0 with x's sign where σ underflows);
 * swish′ = (s + z·t)/s² with t = e^(−z), s = 1 + t, z clamped to [−700, 10^300] (below −700 swish′
 * is −0 in float32 already). β = 0 (swish = x/2) takes the scalar loop, in the forward pass also
 * |β| < 1e-290, where β·10^300 is too small for σ to saturate at x = ±∞.
 */
export const swishLoops: ActivationLoops = {
  forward32(x, out, beta) {
    const big = BIG; // a local: an imported binding is re-read at every use
    const n = x.length;
    if (Math.abs(beta) < 1e-290) {
      for (let i = 0; i < n; i++) out[i] = swishUnchecked(x[i], beta);
      return;
    }
    for (let i = 0; i < n; i++) {
      const c = Math.min(Math.max(x[i], -big), big);
      out[i] = c / (1 + expForFloat32(-beta * c));
    }
  },
  forward64(x, out, beta) {
    for (let i = 0; i < x.length; i++) out[i] = swishUnchecked(x[i], beta);
  },
  backward32(x, dy, out, beta) {
    const big = BIG; // a local: an imported binding is re-read at every use
    const n = x.length;
    if (beta === 0) {
      for (let i = 0; i < n; i++) out[i] = dy[i] * swishGradUnchecked(x[i], beta);
      return;
    }
    for (let i = 0; i < n; i++) {
      const z = Math.min(Math.max(beta * x[i], -700), big);
      const t = expFast(-z);
      const s = 1 + t;
      out[i] = dy[i] * ((s + z * t) / (s * s));
    }
  },
  backward64(x, dy, out, beta) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * swishGradUnchecked(x[i], beta);
  },
};
