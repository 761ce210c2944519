import { tanh, tanhGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { expForFloat32, expm1ForFloat32InRange } from "./fastExp.js";

/**
 * Loops for tanh. Float64 calls the scalar functions. Float32 evaluates in float64 and rounds
 * once: tanh(x) = e/(e + 2) with e = expm1(2x), accurate for tiny x too, x clamped to [−20, 20]
 * where tanh is ±1 in float32 already; tanh′(x) = 4t/(1 + t)² with t = e^(−2|x|).
 */
export const tanhLoops: ActivationLoops = {
  forward32(x, out) {
    for (let i = 0; i < x.length; i++) {
      const e = expm1ForFloat32InRange(2 * Math.min(Math.max(x[i], -20), 20));
      out[i] = e / (e + 2);
    }
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = tanh(x[i]);
  },
  backward32(x, dy, out) {
    for (let i = 0; i < x.length; i++) {
      const t = expForFloat32(-2 * Math.abs(x[i]));
      const s = 1 + t;
      out[i] = dy[i] * ((4 * t) / (s * s));
    }
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * tanhGrad(x[i]);
  },
};
