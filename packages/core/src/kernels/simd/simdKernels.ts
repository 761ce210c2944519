// The WebAssembly SIMD kernels (assembly/kernels.ts) behind the float32 loops: compiled on first
// use (or by loadSimdKernels, which a browser bundle awaits), the relaxed-SIMD build (fused
// multiply-add) where the engine has relaxed SIMD, else the SIMD build, and null where neither can
// run (an engine without WebAssembly SIMD, or a page whose Content Security Policy forbids
// compiling WebAssembly), in which case the plain-JS loops run.

import { GELU_TANH_GRAD_ROOT, MISH_GRAD_ROOT } from "../../scalar/internal.js";
import { twoToJOver64Pairs } from "../../special/expParts.js";
import type { FloatArray } from "../FloatArray.js";
import {
  exp2m1Ratio,
  exp2Reduced,
  log1pRatio,
  millsRatioAccurate,
  millsRatioAccurateLow,
  normalTailDenominator,
  normalTailNumerator,
} from "../loops/polynomialCoefficients.js";
import { PRELU_CHUNK, preluPeriod, preluSlotCount } from "../preluSlots.js";
import { SimdMatmul } from "./simdMatmul.js";
import { syncModules } from "./wasmModules.js";

// The host API used here, declared because the package compiles against ES2023 alone (no DOM or
// Node types); a global in Node, Deno, Bun and browsers.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module);
    readonly exports: Record<string, unknown>;
  }
  function validate(bytes: Uint8Array): boolean;
  function compile(bytes: Uint8Array): Promise<Module>;
  function instantiate(module: Module): Promise<Instance>;
  class Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
}

/** Bytes in a WebAssembly memory page. */
const PAGE = 65536;

/** The activations with a compiled kernel (PReLU and SiLU run Leaky ReLU's and Swish's). */
export type KernelName =
  | "sigmoid"
  | "tanh"
  | "relu"
  | "leakyRelu"
  | "leakyReluFloat32"
  | "elu"
  | "swish"
  | "gelu"
  | "geluTanh"
  | "softplus"
  | "mish"
  | "hardSwish";

/** The gates with a fused gated-unit kernel: GLU's sigmoid, SwiGLU's swish (SiLU: β = 1), GEGLU's gelu. */
export type GluGate = "sigmoid" | "swish" | "gelu";

const gluKernels: { readonly [G in GluGate]: string } = { sigmoid: "Sigmoid", swish: "Swish", gelu: "Gelu" };

/** The activations with a compiled float64 kernel, forward or backward (assembly/float64.ts). */
export type Kernel64Name =
  | "sigmoid"
  | "tanh"
  | "relu"
  | "leakyRelu"
  | "elu"
  | "swish"
  | "gelu"
  | "geluTanh"
  | "mish"
  | "hardSwish"
  | "softplus";

/**
 * The scalar loop that a float64 kernel leaves its flagged lanes to: it runs over the gathered
 * inputs (and upstream gradients), into out.
 */
export type ScalarLoop64 = (x: Float64Array, dy: Float64Array, out: Float64Array) => void;

/** A kernel's series around a derivative's zero: x₀ as a pair and the first `degree` coefficients. */
function rootTerms({ x0, x0Lo, c1, c2, rest }: typeof MISH_GRAD_ROOT, degree: number): Float64Array {
  return Float64Array.of(x0, x0Lo, c1, c2, ...rest.slice(0, degree - 2));
}

/** Which build of the module runs: with relaxed SIMD (fused multiply-add), or SIMD alone. */
export type SimdBuild = "relaxed-simd" | "simd";

/** Each build's bytes in hex (scripts/buildWasm.ts says why hex). */
export type SimdModules = { readonly [B in SimdBuild]: string };

/** A compiled forward loop over the n float32s at byte address x into out, with the activation's parameter. */
type ForwardLoop = (x: number, out: number, n: number, param: number) => void;

/** A compiled backward loop: x, dy and out are byte addresses of n float32s. */
type BackwardLoop = (x: number, dy: number, out: number, n: number, param: number) => void;

/**
 * A gated unit's compiled forward loop: `rows` rows of `half` values at byte address a and gate
 * inputs at b, each row `stride` bytes past the last, into out (rows of half, contiguous); see
 * assembly/kernels.ts.
 */
type GluForwardLoop = (
  a: number,
  b: number,
  out: number,
  rows: number,
  half: number,
  stride: number,
  param: number,
) => void;

/** Its backward loop: dy rows of half (contiguous), ∂L/∂a at da and ∂L/∂b at db, rows as a and b. */
type GluBackwardLoop = (
  a: number,
  b: number,
  dy: number,
  da: number,
  db: number,
  rows: number,
  half: number,
  stride: number,
  param: number,
) => void;

/**
 * A per-channel PReLU loop over n float32s at byte addresses x (dy) and out, from channel `phase`,
 * its tiles reused every `period` elements; forward, `fractions` 1 where every α is in (0, 1] (the
 * float32 lanes' loop takes it, the float64 lanes' ignores it); backward, a chunk at a time over
 * `channels`.
 */
type ChannelsForwardLoop = (
  x: number,
  out: number,
  n: number,
  phase: number,
  period: number,
  fractions: number,
) => void;
type ChannelsBackwardLoop = (
  x: number,
  dy: number,
  out: number,
  n: number,
  phase: number,
  period: number,
  channels: number,
) => void;
type ChannelsLoop = ChannelsForwardLoop | ChannelsBackwardLoop;

/**
 * The kernels of each memory that holds resident arrays (a KernelArena's), keyed by its buffer:
 * arrays over it run on those kernels in place, without copies.
 */
const residents = new WeakMap<ArrayBuffer, SimdKernels>();

/**
 * The kernels whose memory holds x, out and dy (when given) past its static data, so that they
 * can run on their addresses; undefined for any other arrays (they are copied in and out).
 * @internal exported for the tests, which check which path a call takes
 */
export function residentKernels(
  x: Float32Array,
  dy: Float32Array | null,
  out: Float32Array,
): SimdKernels | undefined {
  const kernels = residents.get(x.buffer as ArrayBuffer);
  if (kernels === undefined || out.buffer !== x.buffer || (dy !== null && dy.buffer !== x.buffer)) {
    return undefined;
  }
  // a view made by hand over the module's static data (its buffers, its tables) is copied instead
  const lowest = Math.min(x.byteOffset, out.byteOffset, dy?.byteOffset ?? x.byteOffset);
  return lowest >= kernels.heapBase ? kernels : undefined;
}

/**
 * The module's float32 kernels, run chunk by chunk through its memory, or in place on arrays that
 * live in a KernelArena's instance (residentMemory).
 */
export class SimdKernels {
  readonly build: SimdBuild;
  /** Whether the float64 kernels' products are exact here (see exactProducts in assembly/float64.ts). */
  readonly exactProducts: boolean;
  /** The first byte past the module's static data, 16-byte aligned: where resident arrays start. */
  readonly heapBase: number;
  readonly #chunk: number;
  /** The module's input/result buffer and its upstream-gradient buffer. */
  readonly #x: Float32Array;
  readonly #dy: Float32Array;
  /** The value halves of gated units' rows. */
  readonly #value: Float32Array;
  /** Where each gathered segment of a chunk came from: row start, offset in the row, length (backward). */
  readonly #segments: Int32Array;
  readonly #exports: Record<string, unknown>;
  /** PReLU's per-channel tiles of α (float32 and float64) and of the ∂α terms, ALPHA_TILE slots each. */
  readonly #alpha32: Float32Array;
  readonly #alpha64: Float64Array;
  readonly #alphaSums: Float64Array;
  /** What the tile of α holds: those α (a copy of the caller's), in float32 lanes or not, how many slots. */
  #tile: { alphas: Float64Array; exact: boolean; slots: number } = {
    alphas: new Float64Array(0),
    exact: false,
    slots: 0,
  };
  /** The compiled module, for the float32 matrix product's own instance. */
  readonly #module: WebAssembly.Module | null;
  #matmul: SimdMatmul | undefined;
  readonly #float64: Float64Buffers;

  constructor(instance: WebAssembly.Instance, build: SimdBuild, module: WebAssembly.Module | null = null) {
    this.build = build;
    this.#module = module;
    const e = instance.exports;
    const { buffer } = e["memory"] as { buffer: ArrayBuffer }; // never grows: the kernels allocate nothing
    const address = (name: string) => (e[name] as { value: number }).value;
    this.#chunk = address("CHUNK");
    if (this.#chunk !== PRELU_CHUNK) {
      // the per-channel PReLU's slots, and so its ∂α sums, follow the chunks (preluSlots.ts)
      throw new Error(`simdKernels: CHUNK is ${this.#chunk}, preluSlots.ts's PRELU_CHUNK ${PRELU_CHUNK}`);
    }
    this.#x = new Float32Array(buffer, address("X"), this.#chunk);
    this.#dy = new Float32Array(buffer, address("DY"), this.#chunk);
    this.#value = new Float32Array(buffer, address("VALUE"), this.#chunk);
    this.#segments = new Int32Array(3 * this.#chunk);
    this.#exports = e;
    const tile = address("ALPHA_TILE");
    this.#alpha32 = new Float32Array(buffer, address("ALPHA32"), tile);
    this.#alpha64 = new Float64Array(buffer, address("ALPHA64"), tile);
    this.#alphaSums = new Float64Array(buffer, address("ALPHA_SUMS"), tile);
    // the fits, from their one source; a length the module was not compiled for is an error
    const tables: [string, string, Float64Array][] = [
      ["EXP2_REDUCED", "EXP2_REDUCED_TERMS", exp2Reduced],
      ["EXP2M1_RATIO", "EXP2M1_RATIO_TERMS", exp2m1Ratio],
      ["LOG1P_RATIO", "LOG1P_RATIO_TERMS", log1pRatio],
      ["NORMAL_TAIL_NUMERATOR", "NORMAL_TAIL_NUMERATOR_TERMS", normalTailNumerator],
      ["NORMAL_TAIL_DENOMINATOR", "NORMAL_TAIL_DENOMINATOR_TERMS", normalTailDenominator],
      ["MISH_ROOT", "MISH_ROOT_TERMS", rootTerms(MISH_GRAD_ROOT, 5)],
      ["GELU_TANH_ROOT", "GELU_TANH_ROOT_TERMS", rootTerms(GELU_TANH_GRAD_ROOT, 7)],
    ];
    for (const [table, terms, values] of tables) {
      if (values.length !== address(terms)) {
        throw new Error(`simdKernels: ${table} takes ${address(terms)} terms, got ${values.length}`);
      }
      new Float64Array(buffer, address(table), values.length).set(values);
    }
    const mills = address("MILLS_TERMS") * address("MILLS_INTERVALS");
    if (millsRatioAccurate.length !== mills) {
      throw new Error(`simdKernels: MILLS_RATIO takes ${mills} terms, got ${millsRatioAccurate.length}`);
    }
    new Float64Array(buffer, address("MILLS_RATIO"), mills).set(millsRatioAccurate);
    this.#float64 = float64Buffers(buffer, address);
    this.exactProducts = (e["exactProducts"] as () => number)() === 1;
    this.heapBase = (e["heapBase"] as () => number)();
  }

  /**
   * A new instance of this build whose memory holds `bytes` more past its static data, grown once
   * here and never again (growing would detach every array over it), its kernels registered for
   * the arrays that live there. Returns that memory's buffer and the first free byte (16-byte
   * aligned). Throws a RangeError where the engine cannot grow the memory that far.
   */
  residentMemory(bytes: number): { buffer: ArrayBuffer; start: number } {
    if (this.#module === null) throw new Error("simdKernels: these kernels were made without their module");
    const instance = new WebAssembly.Instance(this.#module);
    const memory = instance.exports["memory"] as WebAssembly.Memory;
    const start = (instance.exports["heapBase"] as () => number)();
    const pages = Math.ceil((start + bytes - memory.buffer.byteLength) / PAGE);
    if (pages > 0) memory.grow(pages);
    // the kernels' views of their buffers and tables are made after the growth, which detached the old ones
    const kernels = new SimdKernels(instance, this.build, this.#module);
    residents.set(memory.buffer, kernels);
    return { buffer: memory.buffer, start };
  }

  /**
   * The float32 matrix products (assembly/matmul.ts) in an instance of their own, created on the
   * first call; null without the module.
   */
  matmul(): SimdMatmul | null {
    if (this.#matmul === undefined && this.#module !== null) {
      this.#matmul = new SimdMatmul(new WebAssembly.Instance(this.#module));
    }
    return this.#matmul ?? null;
  }

  /**
   * out[i] = f(x[i]) for activation `name`; out may be x. Arrays that all live in one
   * KernelArena's memory run there without copies, any others through this module's buffers.
   */
  forward(name: KernelName, x: Float32Array, out: Float32Array, param: number): void {
    const resident = residentKernels(x, null, out);
    const loop = (resident ?? this).#exports[`${name}Forward`] as ForwardLoop;
    this.#run(resident !== undefined, x, null, out, (xAt, _, outAt, n) => loop(xAt, outAt, n, param));
  }

  /** out[i] = dy[i]·f′(x[i]) for activation `name`; out may be x or dy. Resident arrays as forward. */
  backward(name: KernelName, x: Float32Array, dy: Float32Array, out: Float32Array, param: number): void {
    const resident = residentKernels(x, dy, out);
    const loop = (resident ?? this).#exports[`${name}Backward`] as BackwardLoop;
    this.#run(resident !== undefined, x, dy, out, (xAt, dyAt, outAt, n) => loop(xAt, dyAt, outAt, n, param));
  }

  /**
   * Runs `loop` over byte addresses of x (dy) and out: once on the arrays themselves where they are
   * resident, else a chunk at a time, x (and dy) copied into this module's buffers and the result
   * (left in place of x) copied out.
   */
  #run(
    resident: boolean,
    x: Float32Array,
    dy: Float32Array | null,
    out: Float32Array,
    loop: (x: number, dy: number, out: number, n: number) => void,
  ): void {
    if (resident) {
      loop(x.byteOffset, dy?.byteOffset ?? 0, out.byteOffset, x.length);
      return;
    }
    const chunk = this.#chunk;
    const buffer = this.#x;
    const at = buffer.byteOffset;
    const dyAt = this.#dy.byteOffset;
    for (let start = 0; start < x.length; start += chunk) {
      const n = Math.min(chunk, x.length - start);
      buffer.set(x.subarray(start, start + n));
      if (dy !== null) this.#dy.set(dy.subarray(start, start + n));
      loop(at, dyAt, at, n);
      out.set(n === chunk ? buffer : buffer.subarray(0, n), start);
    }
  }

  /**
   * PReLU with one α per channel over the layout [..., channels] (element i takes
   * alphas[i % channels]): out = prelu(x), or with dy, out = dy·prelu′(x) and Σ dy·min(x, 0) of each
   * channel added into sums[channel]. False, with nothing done, where the kernels do not take it:
   * more than CHUNK/2 channels (the tile would not hold a chunk from every phase), or an α of 0
   * (0·(−∞) must be −0, as leakyRelu's α = 0).
   */
  preluChannels(
    x: Float32Array,
    dy: Float32Array | null,
    out: Float32Array,
    alphas: FloatArray,
    sums: Float64Array | null,
  ): boolean {
    const channels = alphas.length;
    if (channels > this.#chunk / 2 || alphas.includes(0)) return false;
    const resident = residentKernels(x, dy, out);
    (resident ?? this).#preluChannels(x, dy, out, alphas, sums, resident !== undefined);
    return true;
  }

  /**
   * Whether the tile of α already holds `slots` slots of these α (float32 lanes or not), as the
   * last call wrote it; else records (a copy of) them, which the caller writes now.
   */
  #tiled(alphas: FloatArray, exact: boolean, slots: number): boolean {
    const last = this.#tile;
    if (last.exact === exact && last.slots >= slots && last.alphas.length === alphas.length) {
      let same = true;
      for (let c = 0; c < alphas.length && same; c++) same = last.alphas[c] === alphas[c];
      if (same) return true;
    }
    this.#tile = { alphas: Float64Array.from(alphas), exact, slots };
    return false;
  }

  /** preluChannels on this instance's tiles: in place on resident arrays, else through its buffers. */
  #preluChannels(
    x: Float32Array,
    dy: Float32Array | null,
    out: Float32Array,
    alphas: FloatArray,
    sums: Float64Array | null,
    resident: boolean,
  ): void {
    const channels = alphas.length;
    const chunk = this.#chunk;
    // The kernels reuse the tiles every `period` elements, the slots of preluSlots.ts (whole
    // chunks are copied: a quarter chunk per call cost more in calls and copies).
    const period = preluPeriod(channels);
    let exact = true; // every α a float32: the kernels in float32 lanes
    let fractions = 1; // every α in (0, 1]: the float32 forward as a maximum (its assembly says why)
    for (let c = 0; c < channels; c++) {
      const alpha = alphas[c];
      exact &&= Math.fround(alpha) === alpha;
      if (!(alpha > 0 && alpha <= 1)) fractions = 0;
    }
    // the tile: α repeated from channel 0 over whole rows, enough for a period from any phase;
    // written again only when α, the lanes or the length differ from the last call's
    const slots = preluSlotCount(channels, period, x.length);
    if (!this.#tiled(alphas, exact, slots)) {
      const tile = exact ? this.#alpha32 : this.#alpha64;
      for (let at = 0; at < slots; at += channels) tile.set(alphas, at);
    }
    if (sums !== null) this.#alphaSums.fill(0, 0, slots);
    const kind = exact ? "Float32" : "";
    const pass = dy === null ? "Forward" : "Backward";
    const loop = this.#exports[`preluChannels${kind}${pass}`] as ChannelsLoop;
    if (resident) {
      // one call: forward, the tile serves any length from phase 0 (a call per chunk cost 10% at
      // 1e6); backward, the module walks the chunks as copied ones, so the ∂α terms gather in
      // the same slots: the same sums
      if (dy === null) {
        (loop as ChannelsForwardLoop)(x.byteOffset, out.byteOffset, x.length, 0, period, fractions);
      } else {
        const backward = loop as ChannelsBackwardLoop;
        backward(x.byteOffset, dy.byteOffset, out.byteOffset, x.length, 0, period, channels);
      }
    } else {
      const at = this.#x.byteOffset;
      for (let start = 0; start < x.length; start += chunk) {
        const n = Math.min(chunk, x.length - start);
        this.#x.set(x.subarray(start, start + n));
        if (dy === null) (loop as ChannelsForwardLoop)(at, at, n, start % channels, period, fractions);
        else {
          this.#dy.set(dy.subarray(start, start + n));
          (loop as ChannelsBackwardLoop)(at, this.#dy.byteOffset, at, n, start % channels, period, channels);
        }
        out.set(n === chunk ? this.#x : this.#x.subarray(0, n), start);
      }
    }
    if (sums !== null) {
      // slot c gathers its channel's other slots in order (in the module: a JS loop over the slots
      // cost 1 µs a call at 40 channels), and sums[c] + that is sums[c] + each slot in order where
      // sums[c] is 0, as in preluBackward
      (this.#exports["preluChannelsFold"] as (channels: number, slots: number) => void)(channels, slots);
      const terms = this.#alphaSums;
      for (let c = 0; c < channels; c++) sums[c] += terms[c];
    }
  }

  /**
   * A gated unit over rows [a | b] of `lastDim`, in one pass: out (rows of lastDim/2) = a ⊙ gate(b);
   * with dy (rows of lastDim/2), out = dx (rows of lastDim): [dy ⊙ gate(b) | dy ⊙ a ⊙ gate′(b)].
   * Whole rows where each half is a multiple of 4 and a row fits a chunk: in place on arrays that
   * all live in one KernelArena, else copied through the module's buffers a chunk of rows at a
   * time; any other rows are gathered into the buffers a chunk at a time, whatever their length.
   */
  glu(
    gate: GluGate,
    x: Float32Array,
    dy: Float32Array | null,
    lastDim: number,
    out: Float32Array,
    param: number,
  ): void {
    if ((lastDim / 2) % 4 === 0 && lastDim <= this.#chunk) {
      const resident = residentKernels(x, dy, out);
      (resident ?? this).#gluRows(gate, x, dy, lastDim, out, param, resident !== undefined);
      return;
    }
    const name = `glu${gluKernels[gate]}`;
    const forward = this.#exports[`${name}Forward`] as GluForwardLoop;
    const backward = this.#exports[`${name}Backward`] as GluBackwardLoop;
    const chunk = this.#chunk;
    const half = lastDim / 2;
    const segments = this.#segments;
    const [xAt, dyAt, valueAt] = [this.#x.byteOffset, this.#dy.byteOffset, this.#value.byteOffset];
    let filled = 0; // elements gathered into the chunk
    let count = 0; // segments of the chunk
    let done = 0; // elements of the result half finished, in row-major order
    const flush = () => {
      // one row of `filled`: values in VALUE, gate inputs in X; results forward in DY (GEGLU's
      // may take a second pass over the inputs), backward in place
      if (dy === null) forward(valueAt, xAt, dyAt, 1, filled, 0, param);
      else {
        this.#dy.set(dy.subarray(done, done + filled));
        backward(valueAt, xAt, dyAt, valueAt, xAt, 1, filled, 0, param);
      }
      if (dy === null) out.set(this.#dy.subarray(0, filled), done);
      else {
        for (let k = 0, at = 0; k < count; k++) {
          const row = segments[3 * k];
          const j = segments[3 * k + 1];
          const m = segments[3 * k + 2];
          out.set(this.#value.subarray(at, at + m), row + j);
          out.set(this.#x.subarray(at, at + m), row + half + j);
          at += m;
        }
      }
      done += filled;
      filled = 0;
      count = 0;
    };
    for (let row = 0; row < x.length; row += lastDim) {
      for (let j = 0; j < half; ) {
        const m = Math.min(half - j, chunk - filled);
        this.#x.set(x.subarray(row + half + j, row + half + j + m), filled);
        this.#value.set(x.subarray(row + j, row + j + m), filled);
        segments[3 * count] = row;
        segments[3 * count + 1] = j;
        segments[3 * count + 2] = m;
        count++;
        filled += m;
        j += m;
        if (filled === chunk) flush();
      }
    }
    if (filled > 0) flush();
  }

  /**
   * glu over whole rows, as many as fit a chunk per call: on the arrays themselves where they are
   * resident (the same calls, so GEGLU's choice of gate form, see assembly/kernels.ts, and every
   * bit are the copying path's), else each chunk of rows copied in and its results out in one piece.
   */
  #gluRows(
    gate: GluGate,
    x: Float32Array,
    dy: Float32Array | null,
    lastDim: number,
    out: Float32Array,
    param: number,
    resident: boolean,
  ) {
    const name = `glu${gluKernels[gate]}`;
    const forward = this.#exports[`${name}Forward`] as GluForwardLoop;
    const backward = this.#exports[`${name}Backward`] as GluBackwardLoop;
    const half = lastDim / 2;
    const [bytes, halfBytes] = [4 * lastDim, 2 * lastDim];
    const rowsPerChunk = Math.floor(this.#chunk / lastDim);
    const rows = x.length / lastDim;
    // the results of count rows: forward, rows of half in DY; backward, rows of lastDim in X
    const width = dy === null ? half : lastDim;
    const results = (count: number) => (dy === null ? this.#dy : this.#x).subarray(0, count * width);
    const full = results(rowsPerChunk); // one view for every full chunk
    for (let first = 0; first < rows; first += rowsPerChunk) {
      const count = Math.min(rowsPerChunk, rows - first);
      let xAt = this.#x.byteOffset;
      let dyAt = this.#dy.byteOffset;
      let outAt = dy === null ? dyAt : xAt;
      if (resident) {
        xAt = x.byteOffset + first * bytes;
        dyAt = dy === null ? 0 : dy.byteOffset + first * halfBytes;
        outAt = out.byteOffset + first * (dy === null ? halfBytes : bytes);
      } else {
        this.#x.set(x.subarray(first * lastDim, (first + count) * lastDim));
        if (dy !== null) this.#dy.set(dy.subarray(first * half, (first + count) * half));
      }
      if (dy === null) forward(xAt, xAt + halfBytes, outAt, count, half, bytes, param);
      else backward(xAt, xAt + halfBytes, dyAt, outAt, outAt + halfBytes, count, half, bytes, param);
      if (!resident) out.set(count === rowsPerChunk ? full : results(count), first * width);
    }
  }

  /**
   * out[i] = f(x[i]) in float64 for activation `name`, out may be x; the lanes the kernel leaves
   * (see assembly/float64.ts) are computed by `scalar`.
   */
  forward64(
    name: Kernel64Name,
    x: Float64Array,
    out: Float64Array,
    param: number,
    scalar: ScalarLoop64,
  ): void {
    runFloat64(this.#float64, this.#exports[`${name}Forward64`] as Loop64, x, null, out, param, scalar);
  }

  /** out[i] = dy[i]·f′(x[i]) in float64 for activation `name`; out may be x or dy. As forward64. */
  backward64(
    name: Kernel64Name,
    x: Float64Array,
    dy: Float64Array,
    out: Float64Array,
    param: number,
    scalar: ScalarLoop64,
  ): void {
    runFloat64(this.#float64, this.#exports[`${name}Backward64`] as Loop64, x, dy, out, param, scalar);
  }
}

// ─── float64 ─────────────────────────────────────────────────────────────────────────────────────

/** A compiled float64 loop over the first n elements: returns how many lanes it left in FLAGGED64. */
type Loop64 = (n: number, param: number) => number;

/** The float64 kernels' buffers in the module's memory, and the gathered flagged lanes. */
interface Float64Buffers {
  readonly x: Float64Array;
  readonly dy: Float64Array;
  readonly out: Float64Array;
  readonly flagged: Int32Array;
  readonly gatheredX: Float64Array;
  readonly gatheredDy: Float64Array;
  readonly gatheredOut: Float64Array;
}

function float64Buffers(buffer: ArrayBuffer, address: (name: string) => number): Float64Buffers {
  const chunk = address("CHUNK64");
  // the tables, from their one source (the Mills ratio's doubles are the float32 kernels' MILLS_RATIO)
  const tables: [string, string, Float64Array][] = [
    ["EXP_TABLE", "EXP_TABLE_TERMS", twoToJOver64Pairs],
    ["MILLS_LOW", "MILLS_LOW_TERMS", millsRatioAccurateLow],
  ];
  for (const [table, terms, values] of tables) {
    if (values.length !== address(terms)) {
      throw new Error(`simdKernels: ${table} takes ${address(terms)} terms, got ${values.length}`);
    }
    new Float64Array(buffer, address(table), values.length).set(values);
  }
  return {
    x: new Float64Array(buffer, address("X64"), chunk),
    dy: new Float64Array(buffer, address("DY64"), chunk),
    out: new Float64Array(buffer, address("OUT64"), chunk),
    flagged: new Int32Array(buffer, address("FLAGGED64"), chunk),
    gatheredX: new Float64Array(chunk),
    gatheredDy: new Float64Array(chunk),
    gatheredOut: new Float64Array(chunk),
  };
}

/**
 * Runs a float64 loop a chunk at a time: x (and dy) copied in, the kernel writes OUT64, the lanes
 * it flagged are gathered (the inputs are still intact in X64 and DY64), computed by `scalar` and
 * put back, and the chunk's results copied out.
 */
function runFloat64(
  buffers: Float64Buffers,
  loop: Loop64,
  x: Float64Array,
  dy: Float64Array | null,
  out: Float64Array,
  param: number,
  scalar: ScalarLoop64,
): void {
  const chunk = buffers.x.length;
  for (let start = 0; start < x.length; start += chunk) {
    const n = Math.min(chunk, x.length - start);
    buffers.x.set(x.subarray(start, start + n));
    if (dy !== null) buffers.dy.set(dy.subarray(start, start + n));
    const flagged = loop(n, param);
    if (flagged > 0) fixFlagged(buffers, flagged, n, dy !== null, scalar);
    out.set(n === chunk ? buffers.out : buffers.out.subarray(0, n), start);
  }
}

/** The flagged lanes below n (a loop may flag the one past n), through the scalar loop. */
function fixFlagged(
  buffers: Float64Buffers,
  flagged: number,
  n: number,
  backward: boolean,
  scalar: ScalarLoop64,
): void {
  const { x, dy, out, flagged: indices, gatheredX, gatheredDy, gatheredOut } = buffers;
  let count = 0;
  for (let k = 0; k < flagged; k++) {
    const i = indices[k];
    if (i >= n) continue;
    gatheredX[count] = x[i];
    if (backward) gatheredDy[count] = dy[i];
    count++;
  }
  scalar(gatheredX.subarray(0, count), gatheredDy.subarray(0, count), gatheredOut.subarray(0, count));
  for (let k = 0, c = 0; k < flagged; k++) {
    const i = indices[k];
    if (i < n) out[i] = gatheredOut[c++];
  }
}

/** The bytes of a lowercase hex string (scripts/buildWasm.ts says why hex). */
function fromHex(hex: string): Uint8Array {
  const digit = (code: number) => (code <= 57 ? code - 48 : code - 87); // '0'–'9', 'a'–'f'
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = (digit(hex.charCodeAt(2 * i)) << 4) | digit(hex.charCodeAt(2 * i + 1));
  }
  return bytes;
}

/**
 * The kernels of one build, compiled anew; null where this engine refuses that build. Throws in a
 * browser bundle, which holds no build to compile synchronously (loadSimdKernels loads one).
 */
export function compileSimdKernels(build: SimdBuild): SimdKernels | null {
  if (syncModules === null) {
    throw new Error(
      `compileSimdKernels: this bundle holds no ${build} build to compile; await loadSimdKernels()`,
    );
  }
  let module: WebAssembly.Module;
  let instance: WebAssembly.Instance;
  try {
    module = new WebAssembly.Module(fromHex(syncModules[build]));
    instance = new WebAssembly.Instance(module);
  } catch {
    return null;
  }
  return new SimdKernels(instance, build, module);
}

/**
 * The build to run: the relaxed one where it compiled and its multiply-add fuses, else the SIMD
 * one (`simd` compiles it). Unfused, the relaxed build's float64 products would not be exact, and
 * its float32 polynomials would gain nothing over SIMD's.
 */
function relaxedOr<T>(relaxed: SimdKernels | null, simd: () => T): SimdKernels | T {
  return relaxed?.exactProducts ? relaxed : simd();
}

let kernels: SimdKernels | null | undefined; // undefined until compiled or loaded

/**
 * The SIMD kernels, compiled on the first call; null where they cannot run (the JS loops run then).
 * In a browser bundle, null until loadSimdKernels() has loaded them: the JS loops run until then.
 */
export function simdKernels(): SimdKernels | null {
  if (kernels === undefined && syncModules !== null) {
    kernels = relaxedOr(compileSimdKernels("relaxed-simd"), () => compileSimdKernels("simd"));
  }
  return kernels ?? null;
}

/** Each build's module, imported on demand: a bundler puts each in a chunk of its own. */
const imports: { readonly [B in SimdBuild]: () => Promise<string> } = {
  "relaxed-simd": async () => (await import("./wasmRelaxedSimd.js")).relaxedSimdModuleHex,
  simd: async () => (await import("./wasmSimd.js")).simdModuleHex,
};

/** A module whose one function, () → v128, runs `body`: to ask the engine what it validates. */
function probe(...body: number[]): Uint8Array {
  const code = [0x00, ...body, 0x0b]; // no locals, the body, end
  return Uint8Array.of(
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // magic, version
    ...[0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b], // types: () → v128
    ...[0x03, 0x02, 0x01, 0x00], // functions: one of type 0
    ...[0x0a, code.length + 2, 0x01, code.length, ...code], // code
  );
}

/** v128.const 0. */
const zero = [0xfd, 0x0c, ...new Array<number>(16).fill(0)];

/** Probes for SIMD (a v128 constant) and relaxed SIMD (f64x2.relaxed_madd, the relaxed build's mulAdd). */
const simdProbe = probe(...zero);
const relaxedProbe = probe(...zero, ...zero, ...zero, 0xfd, 0x87, 0x02);

/** One build's kernels, imported and compiled without blocking the thread; null where the engine refuses it. */
async function loadBuild(build: SimdBuild): Promise<SimdKernels | null> {
  const bytes = fromHex(await imports[build]()); // a failed import rejects: it is no engine's answer
  try {
    const module = await WebAssembly.compile(bytes);
    return new SimdKernels(await WebAssembly.instantiate(module), build, module);
  } catch {
    return null;
  }
}

let loading: Promise<SimdKernels | null> | undefined;

/**
 * Loads the float32 kernels' WebAssembly, and resolves to the build that runs: "relaxed-simd"
 * where the engine has relaxed SIMD and its multiply-add fuses, else "simd"; null where neither
 * can run (the plain-JavaScript loops run then, within the same 1-ULP contract).
 *
 * In Node (and anything that imports the package without a browser bundler), the first kernel
 * call compiles the kernels synchronously, and this only does it ahead. A browser bundle holds
 * neither build until this is called (the package's "browser" field): it detects relaxed SIMD,
 * imports only the chunk of the build it runs, and compiles that. Await it before the first kernel
 * call there: until it resolves, kernels run the plain-JavaScript loops, whose results may differ
 * from the WebAssembly's in a last bit. The same build then gives the same bits as in Node.
 * Rejects where the build's chunk cannot be fetched; a later call tries again.
 *
 * @example // in a browser bundle's worker: the build first, then the kernels
 * await loadSimdKernels();
 * const y = activationForward("gelu", x);
 */
export function loadSimdKernels(): Promise<SimdBuild | null> {
  loading ??= (async () => {
    if (kernels !== undefined || syncModules !== null) return simdKernels();
    if (!WebAssembly.validate(simdProbe)) {
      kernels = null; // no chunk to fetch: neither build could run
    } else {
      const relaxed = WebAssembly.validate(relaxedProbe) ? await loadBuild("relaxed-simd") : null;
      kernels = await relaxedOr(relaxed, () => loadBuild("simd"));
    }
    return kernels;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading.then((loaded) => loaded?.build ?? null);
}
