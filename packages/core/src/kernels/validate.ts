// Argument checks shared by the kernels: done once per call, never per element.
import { type ActivationId, activations } from "../registry/index.js";
import type { FloatArray } from "./FloatArray.js";

/** A short description of any value for an error message: `NaN`, `-0`, `"foo"`, `Float64Array`, `Array`. */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (value === null || value === undefined || typeof value !== "object") return String(value);
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name !== "" ? name : "an object";
}

/** Throws a RangeError unless `id` is an ActivationId. */
export function checkId(fn: string, id: unknown): ActivationId {
  if (typeof id !== "string" || !Object.hasOwn(activations, id)) {
    throw new RangeError(
      `${fn}: id must be one of ${Object.keys(activations).join(", ")}, got ${describe(id)}`,
    );
  }
  return id as ActivationId;
}

/** Throws a TypeError unless `value` is a Float32Array or a Float64Array. */
export function checkFloatArray(fn: string, name: string, value: unknown): FloatArray {
  if (!(value instanceof Float32Array) && !(value instanceof Float64Array)) {
    throw new TypeError(`${fn}: ${name} must be a Float32Array or Float64Array, got ${describe(value)}`);
  }
  return value;
}

/**
 * Throws unless `value` is an array of the same type and length as `x`: a TypeError for the
 * type, a RangeError for the length.
 */
export function checkLike<T extends FloatArray>(fn: string, name: string, value: unknown, x: T): T {
  const isSameType =
    x instanceof Float32Array ? value instanceof Float32Array : value instanceof Float64Array;
  if (!isSameType) {
    throw new TypeError(`${fn}: ${name} must be a ${x.constructor.name} like x, got ${describe(value)}`);
  }
  const { length } = value as T;
  if (length !== x.length) {
    throw new RangeError(`${fn}: ${name} must have length ${x.length} like x, got ${length}`);
  }
  return value as T;
}

/**
 * The parameter of activation `id` (its default when `param` is undefined), checked against the
 * registry's valid range; throws a TypeError when `id` takes no parameter and one is given.
 */
export function checkParam(fn: string, id: ActivationId, param: unknown): number {
  const spec = activations[id].param;
  if (spec === undefined) {
    if (param !== undefined) throw new TypeError(`${fn}: ${id} takes no parameter, got ${describe(param)}`);
    return Number.NaN;
  }
  if (param === undefined) return spec.default;
  return checkParamValue(fn, `${id} ${spec.name}`, param, spec.min, spec.max);
}

/** Throws unless `value` is a finite number in [min, max]: a TypeError for a non-number, else a RangeError. */
export function checkParamValue(fn: string, name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number")
    throw new TypeError(`${fn}: ${name} must be a number, got ${describe(value)}`);
  if (!Number.isFinite(value)) {
    throw new RangeError(`${fn}: ${name} must be a finite number, got ${describe(value)}`);
  }
  if (value < min || value > max) {
    throw new RangeError(`${fn}: ${name} must be in [${min}, ${max}], got ${describe(value)}`);
  }
  return value;
}
