import { softplus, softplusGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { expForFloat32 } from "./fastExp.js";
import { log1pRatio } from "./polynomialCoefficients.js";
import { BIG } from "./relu.js";

/**
 * Loops for softplus, log(1 + eˣ). Float64 calls the scalar functions. Float32 evaluates in
 * float64 and rounds once: softplus(x) = max(x, 0) + w·P(w) with w = e^(−|x|) and P(w) ≈
 * log(1 + w)/w (a fitted polynomial, relative error 2e−10; Math.log1p costs about 25 ns), so the
 * result keeps its relative accuracy where it is tiny (x → −∞); max(x, 0) is (c + |c|)/2 with c = x
 * clamped to ±10^300 (only ±∞ move), no branch. softplus′ = σ(x) = 1/(1 + e^(−x)).
 */
export const softplusLoops: ActivationLoops = {
  forward32(x, out) {
    const big = BIG; // a local: an imported binding is re-read at every use
    const [c11, c10, c9, c8, c7, c6, c5, c4, c3, c2, c1, c0] = log1pRatio;
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const c = Math.min(Math.max(x[i], -big), big);
      const a = Math.abs(c);
      const w = expForFloat32(-a);
      const w2 = w * w;
      const w4 = w2 * w2;
      // Estrin's form: three independent chains instead of one of length 11
      const p =
        c0 +
        w * c1 +
        w2 * (c2 + w * c3) +
        w4 * (c4 + w * c5 + w2 * (c6 + w * c7)) +
        w4 * w4 * (c8 + w * c9 + w2 * (c10 + w * c11));
      out[i] = (c + a) * 0.5 + w * p;
    }
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = softplus(x[i]);
  },
  backward32(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] / (1 + expForFloat32(-x[i]));
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * softplusGrad(x[i]);
  },
};
