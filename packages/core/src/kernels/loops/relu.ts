import { relu, reluGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";

/**
 * ±10^300: clamping a float32 input there changes only ±∞ (to values whose float32 rounding is
 * ±∞ again) and keeps NaN, so the branch-free forms below need no test for special values.
 * Math.max/min with a bound the data never crosses compile to well-predicted jumps; a test and
 * branch per element (`v − v === 0 ? … : scalar(v)`) was measured 2–6 ns/element slower.
 */
export const BIG = 1e300;

/**
 * Loops for ReLU. Float64 calls the scalar functions. Float32 is branch-free on the sign, which
 * random data makes unpredictable: with c = max(x, −10^300), relu(x) = (c + |c|)/2, exact, +0
 * for −0 and −∞ (as Math.max), NaN for NaN; relu′(x) = +(c > 0) + 0·c (a 0/1 from a compare;
 * 0·c turns NaN into NaN) with c clamped on both sides.
 */
export const reluLoops: ActivationLoops = {
  forward32(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const c = Math.max(x[i], -BIG);
      out[i] = (c + Math.abs(c)) * 0.5;
    }
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = relu(x[i]);
  },
  backward32(x, dy, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const c = Math.min(Math.max(x[i], -BIG), BIG);
      out[i] = dy[i] * (+(c > 0) + 0 * c);
    }
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * reluGrad(x[i]);
  },
};
