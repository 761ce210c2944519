import { relu, reluGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";

/**
 * Loops for ReLU. Float64 calls the scalar functions. Float32 is branch-free on the sign, which
 * random data makes unpredictable: relu(x) = (x + |x|)/2 (exact, and +0 for −0 like Math.max),
 * relu′(x) = +(x > 0) (a 0/1 from a compare, no jump). NaN and ±∞, where those forms differ
 * from the scalar functions (−∞ + ∞ is NaN; +(NaN > 0) is 0), take a predictable branch to them.
 */
export const reluLoops: ActivationLoops = {
  forward32(x, out) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      out[i] = v - v === 0 ? (v + Math.abs(v)) * 0.5 : relu(v);
    }
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = relu(x[i]);
  },
  backward32(x, dy, out) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      out[i] = dy[i] * (v - v === 0 ? +(v > 0) : reluGrad(v));
    }
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * reluGrad(x[i]);
  },
};
