import type { FloatArray } from "../kernels/FloatArray.js";
import { type ActivationId, activations } from "../registry/index.js";
import { checkInteger, describe } from "./check.js";
import { type ArrayOf, checkArrayOf, type Dtype } from "./dtype.js";
import type { Param } from "./param.js";

/**
 * One layer of a network, working on a mini-batch of `rows` samples, row-major.
 *
 * `forward` keeps what `backward` needs (its input, its pre-activation) beside its output;
 * `backward` takes ∂L/∂output, writes ∂L/∂θ into each parameter's `grad` (overwriting) and returns
 * ∂L/∂input. Arrays returned belong to the layer and are overwritten by its next call.
 *
 * Every array a layer takes and returns, and its parameters, are of its `dtype`: Float64Array
 * for "float64" (the default), Float32Array for "float32".
 */
export interface Layer<D extends Dtype = "float64"> {
  /** What it is, for diagnostics and errors: "dense 2→64 relu". */
  readonly label: string;
  readonly inputSize: number;
  readonly outputSize: number;
  /** Its precision: the type of its arrays and parameters. */
  readonly dtype: D;
  readonly params: readonly Param<D>[];
  forward(x: ArrayOf<D>, rows: number): ArrayOf<D>;
  backward(dy: ArrayOf<D>): ArrayOf<D>;
  /** The nonlinearity of the last forward pass, for diagnostics. */
  probe(): ActivationProbe<D>;
}

/** A layer's nonlinearity as seen in its last forward pass: rows × units each. */
export interface ActivationProbe<D extends Dtype = "float64"> {
  readonly rows: number;
  readonly units: number;
  /** Input of the nonlinearity (for a gated layer: the gate's input xV + c). */
  readonly pre: ArrayOf<D>;
  /** Output of the layer. */
  readonly post: ArrayOf<D>;
  /** Local slope ∂post/∂pre per element (the gate's f′ for a gated layer); null for a linear layer. */
  slope(): ArrayOf<D> | null;
}

/**
 * `buffer` when it has `length` entries, else an array of its type and that length: a view of the
 * first `length` entries of buffer's memory when that holds them (so an epoch's shorter last
 * mini-batch, and the full one after it, allocate no memory), else a new array. For a layer's own
 * buffers only: the result shares memory with `buffer`.
 */
export function sized<A extends FloatArray>(buffer: A, length: number): A {
  if (buffer.length === length) return buffer;
  const type = buffer.constructor as new (memory: ArrayBufferLike, offset: number, length: number) => A;
  const capacity = (buffer.buffer.byteLength - buffer.byteOffset) / buffer.BYTES_PER_ELEMENT;
  return capacity >= length
    ? new type(buffer.buffer, buffer.byteOffset, length)
    : new (buffer.constructor as new (n: number) => A)(length);
}

/** Throws unless x is an array of `dtype` (a TypeError) holding rows × size numbers (a RangeError). */
export function checkInput(
  label: string,
  x: unknown,
  rows: number,
  size: number,
  dtype: Dtype = "float64",
): void {
  checkArrayOf(label, "input", dtype, x);
  checkInteger(label, "rows", rows, 1);
  if ((x as FloatArray).length !== rows * size) {
    throw new RangeError(
      `${label}: input must hold rows × ${size} numbers, got ${(x as FloatArray).length} for ${rows} rows`,
    );
  }
}

/** Throws a RangeError unless `n` is an integer ≥ 1. */
export function checkSize(where: string, name: string, n: number): void {
  checkInteger(where, name, n, 1);
}

/**
 * Throws unless `param` is undefined or a valid parameter of activation `id`: a TypeError when
 * the activation takes none, a RangeError when it is not finite or outside the registry's range.
 */
export function checkActivationParam(where: string, id: ActivationId, param: number | undefined): void {
  if (param === undefined) return;
  const spec = activations[id].param;
  if (spec === undefined)
    throw new TypeError(`${where}: activation ${id} takes no parameter, got param ${describe(param)}`);
  const message = `${where}: param (${id} ${spec.name}) must be a finite number in [${spec.min}, ${spec.max}], got ${describe(param)}`;
  if (typeof param !== "number") throw new TypeError(message);
  if (!Number.isFinite(param) || param < spec.min || param > spec.max) throw new RangeError(message);
}
