import { checkParam } from "../checkParam.js";
import { activationParams } from "../registry/params.js";
import { swishGradBetaUnchecked, swishGradUnchecked } from "../scalar/internal.js";
import type { FloatArray } from "./FloatArray.js";
import { expFast } from "./loops/fastExp.js";
import { loops } from "./loops/index.js";
import { BIG } from "./loops/relu.js";
import { checkFloatArray, checkLike, checkOptions, unaliased } from "./validate.js";

/** Options of {@link swishBackward}. */
export interface SwishBackwardOptions<T extends FloatArray> {
  /** Destination of dx, of x's type and length; may be `x` or `dy`. A new array when omitted. */
  out?: T;
}

/**
 * Backward pass of Swish, f(x) = x·σ(βx): dx[i] = dy[i] · ∂f/∂x(x[i]) and
 * ∂β = Σ dy[i] · ∂f/∂β(x[i]) = Σ dy[i] · x[i]²·σ(βx[i])·σ(−βx[i]), summed in float64.
 *
 * β must be finite and in the registry's range. NaN in x or dy propagates to dx and dBeta.
 *
 * @example Array.from(swishBackward(Float64Array.of(0), Float64Array.of(1), 1).dx) // => [0.5]
 * @example swishBackward(Float64Array.of(0), Float64Array.of(1), 1).dBeta // => 0
 */
export function swishBackward<T extends FloatArray>(
  x: T,
  dy: T,
  beta: number,
  options: SwishBackwardOptions<T> = {},
): { dx: T; dBeta: number } {
  const fn = "swishBackward";
  checkFloatArray(fn, "x", x);
  checkLike(fn, "dy", dy, x);
  checkParam(fn, activationParams.swish, beta);
  const given = checkOptions(fn, options).out;
  const out =
    given === undefined
      ? new (x.constructor as new (n: number) => T)(x.length)
      : checkLike(fn, "out", given, x);
  const [xs, dys] = [unaliased(x, out), unaliased(dy, out)];
  const dBeta =
    xs instanceof Float32Array
      ? swishBackward32(xs, dys as Float32Array, out as Float32Array, beta)
      : swishBackward64(xs as Float64Array, dys as Float64Array, out as Float64Array, beta);
  return { dx: out, dBeta };
}

/** Float64: dy·swish′ exactly as the scalar function; ∂β terms from swishGradBeta. Returns ∂β. */
function swishBackward64(x: Float64Array, dy: Float64Array, out: Float64Array, beta: number): number {
  let dBeta = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const g = dy[i];
    out[i] = g * swishGradUnchecked(v, beta);
    dBeta += g * swishGradBetaUnchecked(v, beta);
  }
  return dBeta;
}

/**
 * Float32: ∂β first, as Σ dy·x²·t/s² in float64 with z = βx clamped to [−700, 10^300], t = e^(−z),
 * s = 1 + t (x²·t/s² is 0 or NaN only where the unclamped term is too); then dx from the Swish
 * kernel, so that it is exactly activationBackward's, and last, because out may be x or dy.
 * β = 0 takes the scalar functions. Returns ∂β.
 */
function swishBackward32(x: Float32Array, dy: Float32Array, out: Float32Array, beta: number): number {
  const big = BIG; // a local: an imported binding is re-read at every use
  let dBeta = 0;
  const n = x.length;
  if (beta === 0) {
    for (let i = 0; i < n; i++) dBeta += dy[i] * swishGradBetaUnchecked(x[i], beta);
  } else {
    for (let i = 0; i < n; i++) {
      const v = x[i];
      const t = expFast(-Math.min(Math.max(beta * v, -700), big));
      const s = 1 + t;
      // x clamped to ±1e100 so that x²·t/s² tends to 0 for x = ±∞, as swishGradBeta, not ∞·0
      const xc = Math.min(Math.max(v, -1e100), 1e100);
      dBeta += dy[i] * (xc * (xc * (t / (s * s))));
    }
  }
  loops.swish.backward32(x, dy, out, beta);
  return dBeta;
}
