import { describe } from "../describe.js";
import { simdKernels } from "./simd/simdKernels.js";

/**
 * The largest capacity, in float32s: a WebAssembly memory holds at most 4 GiB, of which the
 * kernels' own buffers and tables take less than 4 MiB.
 */
const MAX_CAPACITY = 2 ** 30 - 2 ** 20;

/**
 * Float32Arrays that live in the float32 kernels' own WebAssembly memory, as TensorFlow.js's
 * WebAssembly tensors live in its: {@link activationForward}, {@link activationBackward},
 * {@link preluForward} / {@link preluBackward} with one α per channel, and the float32 gated units
 * (gluForward / gluBackward with a fused gate, over rows of at most 4096 elements whose halves
 * are multiples of 4) run on them in place, where other arrays are copied into that memory a chunk at a
 * time and the result copied out (a few tenths of a nanosecond per element, more than ReLU itself
 * takes).
 *
 * An arena is its own instance of the kernels, whose memory is sized for `capacity` float32s when
 * the arena is made and never grows after (growing would detach the arrays it handed out).
 * {@link KernelArena.float32} hands out zeroed arrays one after another, each 16-byte aligned; an
 * array is never freed or reused while the arena lives, and the memory goes with the arena and
 * its arrays. The kernels run without copies when x, out (and dy) all lie in the same arena,
 * subarrays at any offset included; any other mix (arrays of two arenas, an arena's and a plain
 * one, an `out` that partly overlaps x) takes the copying path, with the same results bit for bit.
 * Pass `out` from the arena: without it, a kernel returns a new plain array.
 *
 * Where WebAssembly SIMD cannot run, the plain-JavaScript loops run on every array: an arena then
 * hands out plain Float32Arrays (`resident` is false), with the same capacity and the same errors.
 *
 * @example new KernelArena(8).float32(3).length // => 3
 * @example Array.from(activationForward("relu", new KernelArena(4).float32(2).fill(-1))) // => [0, 0]
 * @example // two arrays, the forward and backward pass in place, no copies
 * const arena = new KernelArena(2 * 1024);
 * const x = arena.float32(1024);
 * const dy = arena.float32(1024);
 * x.set(inputs);
 * dy.set(gradients);
 * activationBackward("gelu", x, dy, { out: dy }); // dy ← dy·gelu′(x)
 * activationForward("gelu", x, { out: x }); // x ← gelu(x)
 */
export class KernelArena {
  /** The float32s this arena holds, each array taking its length rounded up to a multiple of 4. */
  readonly capacity: number;
  /** Whether its arrays live in the kernels' memory (false where WebAssembly SIMD cannot run). */
  readonly resident: boolean;
  /** The kernels' memory (null without them), and the byte where the arena's arrays start. */
  readonly #buffer: ArrayBuffer | null;
  readonly #start: number;
  /** Float32s handed out so far, each array's length rounded up to a multiple of 4. */
  #used = 0;

  /** An arena of `capacity` float32s: an integer from 0 to 2^30 − 2^20. */
  constructor(capacity: number) {
    const fn = "KernelArena";
    if (typeof capacity !== "number") {
      throw new TypeError(`${fn}: capacity must be a number of float32s, got ${describe(capacity)}`);
    }
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > MAX_CAPACITY) {
      throw new RangeError(
        `${fn}: capacity must be an integer from 0 to ${MAX_CAPACITY}, got ${describe(capacity)}`,
      );
    }
    this.capacity = capacity;
    const simd = simdKernels();
    this.resident = simd !== null;
    if (simd === null) {
      this.#buffer = null;
      this.#start = 0;
      return;
    }
    try {
      const { buffer, start } = simd.residentMemory(4 * capacity);
      this.#buffer = buffer;
      this.#start = start;
    } catch (error) {
      throw new RangeError(
        `${fn}: capacity ${capacity} could not be allocated, the engine refused its ${4 * capacity} bytes (${(error as Error).message})`,
      );
    }
  }

  /** The float32s still free: the longest array {@link KernelArena.float32} can hand out now. */
  get available(): number {
    return this.capacity - this.#used;
  }

  /**
   * A new zeroed Float32Array of `length` in the arena (16-byte aligned: it takes its length
   * rounded up to a multiple of 4 of the capacity). A length that is not an integer from 0 to
   * {@link KernelArena.available} is a RangeError (a non-number a TypeError).
   *
   * @example new KernelArena(6).float32(5).byteOffset % 16 // => 0
   */
  float32(length: number): Float32Array {
    const fn = "KernelArena.float32";
    if (typeof length !== "number") {
      throw new TypeError(`${fn}: length must be a number, got ${describe(length)}`);
    }
    const available = this.available;
    if (!Number.isInteger(length) || length < 0 || length > available) {
      throw new RangeError(
        `${fn}: length must be an integer from 0 to ${available}, the float32s left of the arena's ${this.capacity}, got ${describe(length)}`,
      );
    }
    const offset = this.#used;
    this.#used = Math.min(this.capacity, offset + ((length + 3) & ~3));
    return this.#buffer === null
      ? new Float32Array(length)
      : new Float32Array(this.#buffer, this.#start + 4 * offset, length);
  }
}
