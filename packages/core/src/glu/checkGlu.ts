// Argument checks shared by the gated units: done once per call, never per element.
import type { FloatArray } from "../kernels/index.js";
import { type ActivationId, activationIds, activations } from "../registry/index.js";

/** A short description of a value for an error message: `NaN`, `"foo"`, `Float32Array(3)`. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Float32Array || value instanceof Float64Array) {
    return `${value.constructor.name}(${value.length})`;
  }
  if (value === null || typeof value !== "object") return String(value);
  return (value as object).constructor?.name ?? "an object";
}

/** Throws a RangeError unless `gate` is an ActivationId. */
export function checkGate(fn: string, gate: unknown): ActivationId {
  if (typeof gate !== "string" || !Object.hasOwn(activations, gate)) {
    throw new RangeError(
      `${fn}: gate must be one of ${activationIds.join(", ")}, got ${describeValue(gate)}`,
    );
  }
  return gate as ActivationId;
}

/**
 * Checks a split over the last dimension: lastDim an even integer ≥ 2 and x.length a multiple of
 * it. Returns the number of rows.
 */
export function checkSplit(fn: string, x: FloatArray, lastDim: unknown): number {
  if (typeof lastDim !== "number" || !Number.isInteger(lastDim) || lastDim < 2 || lastDim % 2 !== 0) {
    throw new RangeError(`${fn}: lastDim must be an even integer ≥ 2, got ${describeValue(lastDim)}`);
  }
  if (x.length % lastDim !== 0) {
    throw new RangeError(`${fn}: x's length must be a multiple of lastDim ${lastDim}, got ${x.length}`);
  }
  return x.length / lastDim;
}

/**
 * Returns `out` when it has x's type and the given length, a new array of x's type when it is
 * undefined; throws a TypeError (type) or RangeError (length) otherwise.
 */
export function outputLike<T extends FloatArray>(
  fn: string,
  name: string,
  out: unknown,
  x: T,
  length: number,
): T {
  if (out === undefined) return new (x.constructor as new (n: number) => T)(length);
  const sameType = x instanceof Float32Array ? out instanceof Float32Array : out instanceof Float64Array;
  if (!sameType)
    throw new TypeError(`${fn}: ${name} must be a ${x.constructor.name} like x, got ${describeValue(out)}`);
  if ((out as T).length !== length) {
    throw new RangeError(`${fn}: ${name} must have length ${length}, got ${(out as T).length}`);
  }
  return out as T;
}
