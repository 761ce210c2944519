import { softplus, softplusGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { expFast } from "./fastExp.js";
import { log1pRatio } from "./polynomialCoefficients.js";

/**
 * Loops for softplus, log(1 + eˣ). Float64 calls the scalar functions. Float32 evaluates in
 * float64 and rounds once: softplus(x) = max(x, 0) + w·P(w) with w = e^(−|x|) and P(w) ≈
 * log(1 + w)/w (a fitted polynomial, relative error 2e−10; Math.log1p costs about 25 ns), so the
 * result keeps its relative accuracy where it is tiny (x → −∞); max(x, 0) is (x + |x|)/2, no
 * branch. softplus′ = σ(x) = 1/(1 + e^(−x)). NaN and ±∞ take a predictable branch to the scalar
 * function.
 */
export const softplusLoops: ActivationLoops = {
  forward32(x, out) {
    const [c11, c10, c9, c8, c7, c6, c5, c4, c3, c2, c1, c0] = log1pRatio;
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      if (v - v === 0) {
        const a = Math.abs(v);
        const w = expFast(-a);
        const p =
          c0 +
          w *
            (c1 +
              w *
                (c2 +
                  w *
                    (c3 +
                      w *
                        (c4 + w * (c5 + w * (c6 + w * (c7 + w * (c8 + w * (c9 + w * (c10 + w * c11))))))))));
        out[i] = (v + a) * 0.5 + w * p;
      } else {
        out[i] = softplus(v);
      }
    }
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = softplus(x[i]);
  },
  backward32(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] / (1 + expFast(-x[i]));
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * softplusGrad(x[i]);
  },
};
