import { hardSwish, hardSwishGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";

/**
 * Loops for Hard-Swish. Float64 calls the scalar functions. Float32 evaluates x·(x + 3)/6 and
 * (2x + 3)/6 plainly in float64: from a float32 x that is three roundings of 2^−53 at most, far
 * inside the final rounding to float32, so within 1 float32 ULP. NaN falls through both
 * comparisons and stays NaN; −0 for x ≤ −3 as the scalar function. The float32 fallback where
 * WebAssembly SIMD cannot run (assembly/kernels.ts has the same formulas).
 */
export const hardSwishLoops: ActivationLoops = {
  forward32(x, out) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      out[i] = v <= -3 ? -0 : v >= 3 ? v : (v * (v + 3)) / 6;
    }
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = hardSwish(x[i]);
  },
  backward32(x, dy, out) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      out[i] = dy[i] * (v <= -3 ? 0 : v >= 3 ? 1 : (2 * v + 3) / 6);
    }
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * hardSwishGrad(x[i]);
  },
};
