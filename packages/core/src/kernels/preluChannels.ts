import { checkParam } from "../checkParam.js";
import { activationParams } from "../registry/params.js";
// PReLU with one α per channel over the layout [..., channels], shared by preluForward and
// preluBackward: the check of α against x, and the forward loops.

import { describe } from "../describe.js";
import { leakyReluUnchecked } from "../scalar/internal.js";
import type { FloatArray } from "./FloatArray.js";
import { simdKernels } from "./simd/simdKernels.js";
import { checkFloatArray } from "./validate.js";

/**
 * Checks a per-channel α against x: an array whose length (the channel count, equal to
 * `channels` when given) divides x's length, every α finite and in PReLU's range. Returns α itself,
 * not a copy (small arrays allocated per call cost 1 to 2 µs of one at 40 channels): every loop
 * takes α into a tile or a float64 copy before it writes, so an output may share α's memory.
 */
export function checkChannelAlphas(
  fn: string,
  x: FloatArray,
  alpha: unknown,
  channels: number | undefined,
): FloatArray {
  const alphas = checkFloatArray(fn, "alpha", alpha);
  const count = alphas.length;
  if (channels !== undefined && channels !== count) {
    throw new RangeError(`${fn}: channels must equal alpha's length ${count}, got ${describe(channels)}`);
  }
  if (count === 0 || x.length % count !== 0) {
    throw new RangeError(
      `${fn}: x's length must be a multiple of the ${count} channels of alpha, got ${x.length}`,
    );
  }
  const { min, max } = activationParams.prelu;
  for (let c = 0; c < count; c++) {
    // the message's name only for a bad α: building it for each channel took half of a call at 1e3
    const value = alphas[c];
    if (!(value >= min && value <= max && Number.isFinite(value))) {
      checkParam(fn, activationParams.prelu, value, `alpha[${c}]`);
    }
  }
  return alphas;
}

/** out[i] = prelu(x[i], alphas[i % channels]): the scalar function's bits (float64). */
export function preluChannelsForward64(x: Float64Array, out: Float64Array, alphas: Float64Array): void {
  const channels = alphas.length;
  for (let row = 0; row < x.length; row += channels) {
    for (let c = 0; c < channels; c++) out[row + c] = leakyReluUnchecked(x[row + c], alphas[c]);
  }
}

/**
 * The float32 forward: in WebAssembly SIMD where it runs, else in JS, branch-free on the sign as
 * the Leaky ReLU loop (the slope picked from a table by a 0/1 index, x·slope rounded once); an α
 * of 0 takes the scalar function, whose 0·(−∞) is −0.
 */
export function preluChannelsForward32(x: Float32Array, out: Float32Array, alphas: FloatArray): void {
  if (!simdKernels()?.preluChannels(x, null, out, alphas, null)) {
    preluChannelsForward32Js(x, out, Float64Array.from(alphas));
  }
}

/** The JS loop of preluChannelsForward32, where WebAssembly SIMD cannot run. @internal */
export function preluChannelsForward32Js(x: Float32Array, out: Float32Array, alphas: Float64Array): void {
  const channels = alphas.length;
  if (alphas.includes(0)) {
    for (let row = 0; row < x.length; row += channels) {
      for (let c = 0; c < channels; c++) out[row + c] = leakyReluUnchecked(x[row + c], alphas[c]);
    }
    return;
  }
  // slopes[2c] = α of channel c, slopes[2c + 1] = 1
  const slopes = new Float64Array(2 * channels).fill(1);
  for (let c = 0; c < channels; c++) slopes[2 * c] = alphas[c];
  for (let row = 0; row < x.length; row += channels) {
    for (let c = 0; c < channels; c++) {
      const v = x[row + c];
      out[row + c] = v * slopes[2 * c + +(v > 0)];
    }
  }
}
