import { silu, siluGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { swishLoops } from "./swish.js";

/** Loops for SiLU, Swish with β = 1: float32 runs Swish's loops, float64 the scalar functions. */
export const siluLoops: ActivationLoops = {
  forward32(x, out) {
    swishLoops.forward32(x, out, 1);
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = silu(x[i]);
  },
  backward32(x, dy, out) {
    swishLoops.backward32(x, dy, out, 1);
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * siluGrad(x[i]);
  },
};
