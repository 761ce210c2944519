// Argument checks shared by the kernels: done once per call, never per element.
import { checkParam } from "../checkParam.js";
import { describe } from "../describe.js";
import { type ActivationId, activations } from "../registry/index.js";
import type { FloatArray } from "./FloatArray.js";

/** Throws a RangeError unless `id` is an ActivationId (the argument called `name`). */
export function checkId(fn: string, id: unknown, name = "id"): ActivationId {
  if (typeof id !== "string" || !Object.hasOwn(activations, id)) {
    throw new RangeError(
      `${fn}: ${name} must be one of ${Object.keys(activations).join(", ")}, got ${describe(id)}`,
    );
  }
  return id as ActivationId;
}

/**
 * Throws a TypeError unless `value` is a Float32Array or a Float64Array whose buffer is not
 * detached (a detached array has length 0 and would pass for an empty one). Arrays over a
 * SharedArrayBuffer are accepted: the kernels read and write them as any other (another thread
 * writing them at the same time gets no guarantee).
 */
export function checkFloatArray(fn: string, name: string, value: unknown): FloatArray {
  if (!(value instanceof Float32Array) && !(value instanceof Float64Array)) {
    throw new TypeError(`${fn}: ${name} must be a Float32Array or Float64Array, got ${describe(value)}`);
  }
  checkAttached(fn, name, value);
  return value;
}

/** Throws a TypeError when the array's buffer is detached (transferred or structuredClone'd away). */
export function checkAttached(fn: string, name: string, value: FloatArray): void {
  // `detached` is ES2024 (Node ≥ 22); older engines lack it, and their detached arrays pass as empty
  if ((value.buffer as { detached?: boolean }).detached === true) {
    throw new TypeError(
      `${fn}: ${name} must not be over a detached buffer, got a detached ${value.constructor.name}`,
    );
  }
}

/** Whether two arrays share bytes of one buffer. */
export function overlaps(a: FloatArray, b: FloatArray): boolean {
  return (
    a.buffer === b.buffer &&
    a.byteOffset < b.byteOffset + b.byteLength &&
    b.byteOffset < a.byteOffset + a.byteLength
  );
}

/**
 * `input` itself, or a copy of it when it shares bytes with `output` other than as the very same
 * elements (`out` may be `x`: every loop reads element i before it writes element i). A partial
 * overlap, such as x = b.subarray(1) and out = b.subarray(0, n), would otherwise read elements
 * already overwritten; with the copy the result is the one a fresh array gives, as in NumPy.
 */
export function unaliased<T extends FloatArray>(input: T, output: FloatArray): T {
  const identical =
    input.buffer === output.buffer &&
    input.byteOffset === output.byteOffset &&
    input.byteLength === output.byteLength &&
    input.BYTES_PER_ELEMENT === output.BYTES_PER_ELEMENT;
  return identical || !overlaps(input, output) ? input : (input.slice() as T);
}

/** `input`, or a copy of it when it shares any byte with one of `outputs` (even as the same elements). */
export function copyIfOverlapping<T extends FloatArray>(input: T, outputs: readonly FloatArray[]): T {
  return outputs.some((output) => overlaps(input, output)) ? (input.slice() as T) : input;
}

/** Throws a RangeError when two of the named outputs share bytes: no order of writes gives both. */
export function checkDisjoint(fn: string, outputs: Readonly<Record<string, FloatArray>>): void {
  const entries = Object.entries(outputs);
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      if (overlaps(entries[i][1], entries[j][1])) {
        throw new RangeError(
          `${fn}: ${entries[i][0]} and ${entries[j][0]} must not share memory, got overlapping ${describe(entries[i][1])} and ${describe(entries[j][1])}`,
        );
      }
    }
  }
}

/**
 * Throws unless `value` is an array of the same type as `x` and of length `length` (x's own by
 * default), over a buffer that is not detached: a TypeError for the type, a RangeError for the length.
 */
export function checkLike<T extends FloatArray>(
  fn: string,
  name: string,
  value: unknown,
  x: T,
  length = x.length,
): T {
  const isSameType =
    x instanceof Float32Array ? value instanceof Float32Array : value instanceof Float64Array;
  if (!isSameType) {
    throw new TypeError(`${fn}: ${name} must be a ${x.constructor.name} like x, got ${describe(value)}`);
  }
  checkAttached(fn, name, value as T);
  const actual = (value as T).length;
  if (actual !== length) {
    const like = length === x.length ? " like x" : "";
    throw new RangeError(`${fn}: ${name} must have length ${length}${like}, got ${actual}`);
  }
  return value as T;
}

/**
 * The parameter of activation `id` (its registry default when `param` is undefined), checked
 * against the registry's valid range by the one parameter check; throws a TypeError when `id` takes
 * no parameter and one is given. NaN stands for "none" where `id` takes none.
 */
export function checkActivationParam(fn: string, id: ActivationId, param: unknown): number {
  const spec = activations[id].param;
  if (spec === undefined) {
    if (param !== undefined)
      throw new TypeError(`${fn}: param must be undefined, as ${id} takes none, got ${describe(param)}`);
    return Number.NaN;
  }
  if (param === undefined) return spec.default;
  return checkParam(fn, spec, param, `param (${id} ${spec.name})`);
}

/**
 * An options object: `{}` for undefined where the options are optional, else it must be an object
 * (a TypeError for undefined where required, null or a primitive, which would otherwise fail as
 * "Cannot read properties of null (reading 'lastDim')", naming nothing).
 */
export function checkOptions<O extends object>(
  fn: string,
  options: O | undefined,
  required = false,
  name = "options",
): O {
  if (options === undefined && !required) return {} as O;
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`${fn}: ${name} must be an object, got ${describe(options)}`);
  }
  return options;
}
