import { leakyReluGradUnchecked, leakyReluUnchecked } from "../../scalar/internal.js";
import type { ActivationLoops } from "./ActivationLoops.js";

/**
 * Loops for Leaky ReLU. Float64 calls the scalar functions. Float32 is
 * branch-free on the sign: with h = +(x > 0) (0 or 1 from a compare, no jump) the slope is
 * k = h + α·(1 − h), exactly 1 or α, so x·k and dy·k are the scalar products. NaN and ±∞ take a
 * predictable branch to the scalar functions (0·(−∞) and +(NaN > 0) would differ).
 */
export const leakyReluLoops: ActivationLoops = {
  forward32(x, out, alpha) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      const h = +(v > 0);
      out[i] = v - v === 0 ? v * (h + alpha * (1 - h)) : leakyReluUnchecked(v, alpha);
    }
  },
  forward64(x, out, alpha) {
    for (let i = 0; i < x.length; i++) out[i] = leakyReluUnchecked(x[i], alpha);
  },
  backward32(x, dy, out, alpha) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      const h = +(v > 0);
      out[i] = dy[i] * (v - v === 0 ? h + alpha * (1 - h) : leakyReluGradUnchecked(v, alpha));
    }
  },
  backward64(x, dy, out, alpha) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * leakyReluGradUnchecked(x[i], alpha);
  },
};
