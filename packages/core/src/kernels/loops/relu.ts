import { relu, reluGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";

/** Loops for ReLU: float64 calls the scalar functions, float32 evaluates them in float64 and rounds once. */
export const reluLoops: ActivationLoops = {
  forward32(x, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = relu(x[i]);
  },
  forward64(x, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = relu(x[i]);
  },
  backward32(x, dy, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * reluGrad(x[i]);
  },
  backward64(x, dy, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * reluGrad(x[i]);
  },
};
