import { sigmoid, sigmoidGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { expForFloat32 } from "./fastExp.js";

/**
 * Loops for the logistic sigmoid. Float64 calls the scalar functions. Float32 evaluates in
 * float64 with expForFloat32 and rounds once: σ(x) = 1/(1 + e^(−x)) has no cancellation for any x (for
 * x → −∞ it is 1/e^(−x), accurate, and 0 once e^(−x) overflows); σ′(x) = t/(1 + t)², t = e^(−|x|).
 */
export const sigmoidLoops: ActivationLoops = {
  forward32(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = 1 / (1 + expForFloat32(-x[i]));
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = sigmoid(x[i]);
  },
  backward32(x, dy, out) {
    for (let i = 0; i < x.length; i++) {
      const t = expForFloat32(-Math.abs(x[i]));
      const s = 1 + t;
      out[i] = dy[i] * (t / (s * s));
    }
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * sigmoidGrad(x[i]);
  },
};
