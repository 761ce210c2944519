import { geluTanh, geluTanhGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { expForFloat32, expInRange } from "./fastExp.js";
import { BIG } from "./relu.js";

const SQRT_2_OVER_PI = 0.7978845608028654;
const COEFF = 0.044715;

/**
 * Loops for GELU's tanh approximation, x·σ(2u) with u = √(2/π)(x + 0.044715x³). Float64 calls the
 * scalar functions. Float32 evaluates in float64 and rounds once: c/(1 + e^(−2u)) with c = x
 * clamped to ±10^300 (−0 stays −0), and the derivative σ(2u) + 2x·u′·σ′(2u)
 * = (s + 2x·u′·t)/s² with t = e^(−2u), s = 1 + t, x clamped to [−15, 10]: beyond, the derivative
 * is 1 or −0 in float32 (and e^(−2u) would overflow).
 */
export const geluTanhLoops: ActivationLoops = {
  forward32(x, out) {
    const big = BIG; // a local: an imported binding is re-read at every use
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const c = Math.min(Math.max(x[i], -big), big);
      const u = SQRT_2_OVER_PI * (c + COEFF * c * c * c);
      out[i] = c / (1 + expForFloat32(-2 * u));
    }
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = geluTanh(x[i]);
  },
  backward32(x, dy, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const c = Math.min(Math.max(x[i], -15), 10);
      const c2 = c * c;
      const u = SQRT_2_OVER_PI * (c + COEFF * c2 * c);
      const du = SQRT_2_OVER_PI * (1 + 3 * COEFF * c2);
      const t = expInRange(-2 * u);
      const s = 1 + t;
      out[i] = dy[i] * ((s + 2 * c * du * t) / (s * s));
    }
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * geluTanhGrad(x[i]);
  },
};
