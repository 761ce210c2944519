import { leakyReluGradUnchecked, leakyReluUnchecked } from "../../scalar/internal.js";
import type { ActivationLoops } from "./ActivationLoops.js";

/** Loops for PReLU (one α for every element): float64 calls the scalar functions, float32 evaluates them in float64 and rounds once. */
export const preluLoops: ActivationLoops = {
  forward32(x, out, param) {
    for (let i = 0; i < x.length; i++) out[i] = leakyReluUnchecked(x[i], param);
  },
  forward64(x, out, param) {
    for (let i = 0; i < x.length; i++) out[i] = leakyReluUnchecked(x[i], param);
  },
  backward32(x, dy, out, param) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * leakyReluGradUnchecked(x[i], param);
  },
  backward64(x, dy, out, param) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * leakyReluGradUnchecked(x[i], param);
  },
};
