import { tanh, tanhGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";

/** Loops for tanh: float64 calls the scalar functions, float32 evaluates them in float64 and rounds once. */
export const tanhLoops: ActivationLoops = {
  forward32(x, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = tanh(x[i]);
  },
  forward64(x, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = tanh(x[i]);
  },
  backward32(x, dy, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * tanhGrad(x[i]);
  },
  backward64(x, dy, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * tanhGrad(x[i]);
  },
};
