import { mish, mishGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";

/**
 * Loops for Mish. Both widths call the scalar functions (within 1 ULP of float64); float32 rounds
 * that once more, which stays within 1 float32 ULP. Float32 runs here only where the WebAssembly
 * SIMD kernel cannot (see simdLoops.ts).
 */
export const mishLoops: ActivationLoops = {
  forward32(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = mish(x[i]);
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = mish(x[i]);
  },
  backward32(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * mishGrad(x[i]);
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * mishGrad(x[i]);
  },
};
