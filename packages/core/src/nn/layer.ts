import { type ActivationId, activations } from "../registry/index.js";
import { checkFloat64Array, checkInteger, describe } from "./check.js";
import type { Param } from "./param.js";

/**
 * One layer of a network, working on a mini-batch of `rows` samples, row-major.
 *
 * `forward` keeps what `backward` needs (its input, its pre-activation) beside its output;
 * `backward` takes ∂L/∂output, writes ∂L/∂θ into each parameter's `grad` (overwriting) and returns
 * ∂L/∂input. Arrays returned belong to the layer and are overwritten by its next call.
 */
export interface Layer {
  /** What it is, for diagnostics and errors: "dense 2→64 relu". */
  readonly label: string;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly params: readonly Param[];
  forward(x: Float64Array, rows: number): Float64Array;
  backward(dy: Float64Array): Float64Array;
  /** The nonlinearity of the last forward pass, for diagnostics. */
  probe(): ActivationProbe;
}

/** A layer's nonlinearity as seen in its last forward pass: rows × units each. */
export interface ActivationProbe {
  readonly rows: number;
  readonly units: number;
  /** Input of the nonlinearity (for a gated layer: the gate's input xV + c). */
  readonly pre: Float64Array;
  /** Output of the layer. */
  readonly post: Float64Array;
  /** Local slope ∂post/∂pre per element (the gate's f′ for a gated layer); null for a linear layer. */
  slope(): Float64Array | null;
}

/** `buffer` when it has `length` entries, else a new Float64Array of that length. */
export function sized(buffer: Float64Array, length: number): Float64Array {
  return buffer.length === length ? buffer : new Float64Array(length);
}

/** Throws a RangeError unless x holds rows × size numbers. */
export function checkInput(label: string, x: Float64Array, rows: number, size: number): void {
  checkFloat64Array(label, "input", x);
  checkInteger(label, "rows", rows, 1);
  if (x.length !== rows * size) {
    throw new RangeError(
      `${label}: input must hold rows × ${size} numbers, got ${x.length} for ${rows} rows`,
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
