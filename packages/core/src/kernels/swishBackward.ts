import { activations } from "../registry/index.js";
import { swishGradBetaUnchecked, swishGradUnchecked } from "../scalar/internal.js";
import type { FloatArray } from "./FloatArray.js";
import { checkFloatArray, checkLike, checkParamValue } from "./validate.js";

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
 * @example swishBackward(Float64Array.of(0, 1), Float64Array.of(1, 1), 1) // => { dx: Float64Array [0.5, 0.9276…], dBeta: 0.1966… }
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
  const { min, max } = activations.swish.param!;
  checkParamValue(fn, "beta", beta, min, max);
  const out =
    options.out === undefined
      ? new (x.constructor as new (n: number) => T)(x.length)
      : checkLike(fn, "out", options.out, x);
  let dBeta = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const g = dy[i];
    out[i] = g * swishGradUnchecked(v, beta);
    dBeta += g * swishGradBetaUnchecked(v, beta);
  }
  return { dx: out, dBeta };
}
