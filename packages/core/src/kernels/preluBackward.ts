import { checkParam } from "../checkParam.js";
import { describe } from "../describe.js";
import { activationParams } from "../registry/params.js";
import { leakyReluGradUnchecked, preluGradAlphaUnchecked } from "../scalar/internal.js";
import type { FloatArray } from "./FloatArray.js";
import { BIG } from "./loops/relu.js";
import { checkChannelAlphas } from "./preluChannels.js";
import { PRELU_CHUNK, preluPeriod, preluSlotCount } from "./preluSlots.js";
import { simdKernels } from "./simd/simdKernels.js";
import { checkFloatArray, checkLike, checkOptions, unaliased } from "./validate.js";

/** Options of {@link preluBackward}. */
export interface PreluBackwardOptions<T extends FloatArray> {
  /** Destination of dx, of x's type and length; may be `x` or `dy`. A new array when omitted. */
  out?: T;
  /** With a per-channel α: the number of channels, which must equal α's length (a check of the layout). */
  channels?: number;
}

/** The result of {@link preluBackward}: dx and the gradient with respect to α (a number, or one per channel). */
export interface PreluBackwardResult<T extends FloatArray, A extends number | FloatArray> {
  dx: T;
  dAlpha: A extends number ? number : A;
}

/**
 * Backward pass of PReLU, f(x) = x for x > 0 and α·x otherwise: dx[i] = dy[i] · f′(x[i]) and
 * ∂α = Σ dy[i] · x[i] over x[i] < 0 (preluGradAlpha), summed in float64.
 *
 * α is one number for every element, or a per-channel array over the layout [..., channels]: the
 * last dimension is the channel, so element i uses α[i % channels] and x.length must be a multiple
 * of α.length; dAlpha then has α's type and length. Derivative at 0: the left-hand one (α), as
 * the scalar preluGrad and PyTorch. Every α must be finite and in the registry's range.
 *
 * The products dy·x are exact in float64. On a Float32Array with per-channel α, a channel's sum
 * adds partial sums in one fixed order, the same on every path (WebAssembly SIMD or plain JS,
 * arrays copied or in a KernelArena), so the bits are the same: each partial sum gathers the
 * channel's elements a fixed period apart in the order of the elements, and the channel adds
 * them in order (src/kernels/preluSlots.ts). Otherwise the sum is in the order of the elements.
 *
 * @example Array.from(preluBackward(Float64Array.of(-2, 3), Float64Array.of(1, 1), 0.25).dx) // => [0.25, 1]
 * @example preluBackward(Float64Array.of(-2, 3), Float64Array.of(1, 1), 0.25).dAlpha // => -2
 * @example Array.from(preluBackward(Float64Array.of(-2, -4), Float64Array.of(1, 1), Float64Array.of(0.1, 0.2)).dAlpha) // => [-2, -4]
 */
export function preluBackward<T extends FloatArray, A extends number | FloatArray>(
  x: T,
  dy: T,
  alpha: A,
  options: PreluBackwardOptions<T> = {},
): PreluBackwardResult<T, A> {
  const fn = "preluBackward";
  checkFloatArray(fn, "x", x);
  checkLike(fn, "dy", dy, x);
  const { out: given, channels: channelsOption } = checkOptions(fn, options);
  const out =
    given === undefined
      ? new (x.constructor as new (n: number) => T)(x.length)
      : checkLike(fn, "out", given, x);
  if (typeof alpha === "number") {
    checkParam(fn, activationParams.prelu, alpha);
    if (channelsOption !== undefined) {
      throw new TypeError(
        `${fn}: channels must be undefined for a single alpha (it applies to a per-channel alpha array), got ${describe(channelsOption)}`,
      );
    }
    const sums = new Float64Array(1);
    preluBackwardLoop(unaliased(x, out), unaliased(dy, out), out, Float64Array.of(alpha), sums);
    const dAlpha = sums[0];
    return { dx: out, dAlpha } as PreluBackwardResult<T, A>;
  }
  const alphas = checkChannelAlphas(fn, x, alpha, channelsOption);
  const float32 = alpha instanceof Float32Array;
  const sums = float32 ? zeroedScratch(alphas.length) : new Float64Array(alphas.length);
  preluBackwardLoop(unaliased(x, out), unaliased(dy, out), out, alphas, sums);
  const dAlpha = float32 ? new Float32Array(sums) : sums;
  return { dx: out, dAlpha } as PreluBackwardResult<T, A>;
}

/**
 * The float64 sums behind a Float32Array α's gradient (rounded once into a new array), kept from
 * call to call: an array allocated and collected per call cost about 0.5 µs of one at 40 channels.
 */
let scratch = new Float64Array(0);

/** scratch as `count` zeros. */
function zeroedScratch(count: number): Float64Array {
  if (scratch.length !== count) scratch = new Float64Array(count);
  else scratch.fill(0);
  return scratch;
}

/** Runs the loop of x's type: dx into out, Σ dy·∂f/∂α per channel added into sums. */
function preluBackwardLoop(
  x: FloatArray,
  dy: FloatArray,
  out: FloatArray,
  alphas: FloatArray,
  sums: Float64Array,
) {
  if (x instanceof Float32Array) {
    if (alphas.length === 1) prelu32(x, dy as Float32Array, out as Float32Array, alphas[0], sums);
    else if (!simdKernels()?.preluChannels(x, dy as Float32Array, out as Float32Array, alphas, sums))
      prelu32Channels(x, dy as Float32Array, out as Float32Array, Float64Array.from(alphas), sums);
  } else {
    prelu64(x, dy as Float64Array, out as Float64Array, Float64Array.from(alphas), sums);
  }
}

/** Float64: the scalar functions, exactly (dx as activationBackward("prelu")). */
function prelu64(
  x: Float64Array,
  dy: Float64Array,
  out: Float64Array,
  alphas: Float64Array,
  sums: Float64Array,
) {
  const channels = alphas.length;
  for (let row = 0; row < x.length; row += channels) {
    for (let c = 0; c < channels; c++) {
      const i = row + c;
      const v = x[i];
      const g = dy[i];
      out[i] = g * leakyReluGradUnchecked(v, alphas[c]);
      sums[c] += g * preluGradAlphaUnchecked(v);
    }
  }
}

/**
 * Float32 with one α, branch-free on the sign as the float32 PReLU loop: with u = min(x, 10^300)
 * and c = max(u, −10^300) (only ±∞ move), h = +(c > 0), f′ = h + α·(1 − h) + 0·c (0·c carries
 * NaN) and ∂f/∂α = (u − |u|)/2 = min(x, 0) (−∞ for −∞, −0 for −0), exactly the scalar values.
 */
function prelu32(x: Float32Array, dy: Float32Array, out: Float32Array, alpha: number, sums: Float64Array) {
  const big = BIG; // a local: an imported binding is re-read at every use
  let sum = 0;
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const v = x[i];
    const g = dy[i];
    const upper = Math.min(v, big);
    const c = Math.max(upper, -big);
    const h = +(c > 0);
    out[i] = g * (h + alpha * (1 - h) + 0 * c);
    sum += g * ((upper - Math.abs(upper)) * 0.5);
  }
  sums[0] += sum;
}

/**
 * Float32 with one α per channel (the last dimension): prelu32's forms, channel by channel; the JS
 * loop where the SIMD kernel does not run. The ∂α terms gather in the slots of preluSlots.ts, in
 * the order of the elements, and fold into channels as the kernels' do: the same sums, bit for bit.
 * @internal
 */
export function prelu32Channels(
  x: Float32Array,
  dy: Float32Array,
  out: Float32Array,
  alphas: Float64Array,
  sums: Float64Array,
) {
  const big = BIG; // a local: an imported binding is re-read at every use
  const channels = alphas.length;
  const n = x.length;
  const period = preluPeriod(channels);
  const slots = preluSlotCount(channels, period, n);
  const terms = new Float64Array(slots);
  // α by slot, as the kernels' tile: no channel index to keep per element
  const tile = new Float64Array(slots);
  for (let at = 0; at < slots; at += channels) tile.set(alphas, at);
  for (let start = 0; start < n; start += PRELU_CHUNK) {
    const end = Math.min(n, start + PRELU_CHUNK);
    for (let segment = start; segment < end; segment += period) {
      const stop = Math.min(end, segment + period);
      const offset = (start % channels) - segment; // element i's slot is i + offset
      for (let i = segment; i < stop; i++) {
        const v = x[i];
        const g = dy[i];
        const alpha = tile[i + offset];
        const upper = Math.min(v, big);
        const clamped = Math.max(upper, -big);
        const h = +(clamped > 0);
        out[i] = g * (h + alpha * (1 - h) + 0 * clamped);
        terms[i + offset] += g * ((upper - Math.abs(upper)) * 0.5);
      }
    }
  }
  for (let c = 0; c < channels; c++) {
    let sum = terms[c];
    for (let at = c + channels; at < slots; at += channels) sum += terms[at];
    sums[c] += sum;
  }
}
