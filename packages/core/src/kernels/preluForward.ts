import { checkParam } from "../checkParam.js";
import { describe } from "../describe.js";
import { activationParams } from "../registry/params.js";
import { activationForward } from "./activationForward.js";
import type { FloatArray } from "./FloatArray.js";
import { checkChannelAlphas, preluChannelsForward32, preluChannelsForward64 } from "./preluChannels.js";
import { checkFloatArray, checkLike, checkOptions, unaliased } from "./validate.js";

/** Options of {@link preluForward}. */
export interface PreluForwardOptions<T extends FloatArray> {
  /** Destination of x's type and length; may be `x` itself (in place). A new array when omitted. */
  out?: T;
  /** With a per-channel α: the number of channels, which must equal α's length (a check of the layout). */
  channels?: number;
}

/**
 * PReLU, f(x) = x for x > 0 and α·x otherwise, with one α for every element (as
 * activationForward("prelu")) or one per channel over the layout [..., channels], as
 * {@link preluBackward}: element i uses α[i % channels], and x.length must be a multiple of
 * α.length. Float64Array: the scalar prelu's bits. Float32Array: x·α rounded once to float32
 * (the correctly rounded value), in WebAssembly SIMD where it runs. NaN propagates, −0 stays −0
 * (for α ≥ 0), and α = 0 gives prelu(−∞) = −0. Every α must be finite.
 *
 * @example Array.from(preluForward(Float64Array.of(-2, 3), 0.25)) // => [-0.5, 3]
 * @example Array.from(preluForward(Float64Array.of(-2, -2, 3, -4), Float64Array.of(0.1, 0.5))) // => [-0.2, -1, 3, -2]
 */
export function preluForward<T extends FloatArray>(
  x: T,
  alpha: number | FloatArray,
  options: PreluForwardOptions<T> = {},
): T {
  const fn = "preluForward";
  checkFloatArray(fn, "x", x);
  const { out: given, channels } = checkOptions(fn, options);
  if (typeof alpha === "number") {
    checkParam(fn, activationParams.prelu, alpha);
    if (channels !== undefined) {
      throw new TypeError(
        `${fn}: channels must be undefined for a single alpha (it applies to a per-channel alpha array), got ${describe(channels)}`,
      );
    }
    // checked here, so that an error names preluForward rather than activationForward
    const out = given === undefined ? undefined : checkLike(fn, "out", given, x);
    return activationForward("prelu", x, { param: alpha, out });
  }
  const alphas = checkChannelAlphas(fn, x, alpha, channels);
  if (x instanceof Float32Array) {
    const out = given === undefined ? new Float32Array(x.length) : checkLike(fn, "out", given, x);
    preluChannelsForward32(unaliased(x, out), out, alphas);
    return out as T;
  }
  const x64 = x as Float64Array;
  const out = given === undefined ? new Float64Array(x64.length) : checkLike(fn, "out", given, x64);
  preluChannelsForward64(unaliased(x64, out), out, Float64Array.from(alphas));
  return out as T;
}
