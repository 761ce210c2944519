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
 * for −0 and −∞ (as Math.max), NaN for NaN; dy·relu′(x) = dy·+(x > 0) (a 0/1 from a compare), a
 * NaN in x noted and set after the loop (in place over x: +(c > 0) + 0·c, c clamped both sides).
 */
export const reluLoops: ActivationLoops = {
  forward32(x, out) {
    const big = BIG; // a local: an imported binding is re-read at every use
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const c = Math.max(x[i], -big);
      out[i] = (c + Math.abs(c)) * 0.5;
    }
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = relu(x[i]);
  },
  backward32(x, dy, out) {
    const big = BIG; // a local: an imported binding is re-read at every use
    const n = x.length;
    if (out === x) {
      // in place over x: clamp so that 0·c carries NaN from x to dx (see below for why not always)
      for (let i = 0; i < n; i++) {
        const c = Math.min(Math.max(x[i], -big), big);
        out[i] = dy[i] * (+(c > 0) + 0 * c);
      }
      return;
    }
    // dy·+(x > 0) is already right for ±∞; a NaN in x is only noted (a compare and an or, cheaper
    // than two clamps) and set after the loop, x being intact when out is not x
    let sawNaN = 0;
    for (let i = 0; i < n; i++) {
      const v = x[i];
      sawNaN |= +Number.isNaN(v);
      out[i] = dy[i] * +(v > 0);
    }
    if (sawNaN !== 0) setNaNWhereNaN(x, out);
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * reluGrad(x[i]);
  },
};

/** out[i] = NaN wherever x[i] is NaN: the fix-up after a backward loop that only noted NaNs. */
export function setNaNWhereNaN(x: Float32Array, out: Float32Array): void {
  for (let i = 0; i < x.length; i++) if (Number.isNaN(x[i])) out[i] = Number.NaN;
}
