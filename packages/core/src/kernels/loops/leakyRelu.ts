import { leakyReluGradUnchecked, leakyReluUnchecked } from "../../scalar/internal.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { BIG, setNaNWhereNaN } from "./relu.js";

/**
 * Loops for Leaky ReLU, and for PReLU with one α for every element (see preluBackward for one
 * per channel). Float64 calls the scalar functions. Float32 is branch-free on the sign: with
 * h = +(x > 0) (0 or 1 from a compare, no jump) the slope is exactly 1 or α (in the function
 * slopes[h], in the derivative k = h + α·(1 − h)), so x·k and dy·k are the scalar products. NaN and ±∞ come out right by themselves, except
 * 0·(−∞) for α = 0, which takes the scalar loop; in the derivative a NaN in x is noted and set
 * after the loop (or, in place over x, carried by 0·c with c = x clamped to ±10^300).
 */
export const leakyReluLoops: ActivationLoops = {
  forward32(x, out, alpha) {
    const n = x.length;
    if (alpha === 0) {
      for (let i = 0; i < n; i++) out[i] = leakyReluUnchecked(x[i], alpha);
      return;
    }
    // the slope picked by a 0/1 index from the compare: one load, no jump and no arithmetic to
    // rebuild it (Math.max(x, α·x) compiles to a jump that random signs mispredict, 3× slower)
    const slopes = Float64Array.of(alpha, 1);
    for (let i = 0; i < n; i++) {
      const v = x[i];
      out[i] = v * slopes[+(v > 0)];
    }
  },
  forward64(x, out, alpha) {
    for (let i = 0; i < x.length; i++) out[i] = leakyReluUnchecked(x[i], alpha);
  },
  backward32(x, dy, out, alpha) {
    const big = BIG; // a local: an imported binding is re-read at every use
    const n = x.length;
    if (out === x) {
      // in place over x: clamp so that 0·c carries NaN from x to dx
      for (let i = 0; i < n; i++) {
        const c = Math.min(Math.max(x[i], -big), big);
        const h = +(c > 0);
        out[i] = dy[i] * (h + alpha * (1 - h) + 0 * c);
      }
      return;
    }
    let sawNaN = 0;
    for (let i = 0; i < n; i++) {
      const v = x[i];
      const h = +(v > 0);
      sawNaN |= +Number.isNaN(v);
      out[i] = dy[i] * (h + alpha * (1 - h));
    }
    if (sawNaN !== 0) setNaNWhereNaN(x, out);
  },
  backward64(x, dy, out, alpha) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * leakyReluGradUnchecked(x[i], alpha);
  },
};
