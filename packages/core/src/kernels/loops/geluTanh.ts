import { geluTanh, geluTanhGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";

/** Loops for GELU (tanh approximation): float64 calls the scalar functions, float32 evaluates them in float64 and rounds once. */
export const geluTanhLoops: ActivationLoops = {
  forward32(x, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = geluTanh(x[i]);
  },
  forward64(x, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = geluTanh(x[i]);
  },
  backward32(x, dy, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * geluTanhGrad(x[i]);
  },
  backward64(x, dy, out, _param) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * geluTanhGrad(x[i]);
  },
};
