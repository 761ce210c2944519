import { sigmoid, sigmoidGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";

/** Loops for the logistic sigmoid: float64 calls the scalar functions, float32 evaluates them in float64 and rounds once. */
export const sigmoidLoops: ActivationLoops = {
  forward32(x, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = sigmoid(x[i]);
  },
  forward64(x, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = sigmoid(x[i]);
  },
  backward32(x, dy, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * sigmoidGrad(x[i]);
  },
  backward64(x, dy, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * sigmoidGrad(x[i]);
  },
};
