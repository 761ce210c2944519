// Argument checks shared by the gated units: done once per call, never per element.
import { describe } from "../describe.js";
import type { FloatArray } from "../kernels/index.js";
import { checkLike } from "../kernels/validate.js";
import { type ActivationId, activationIds, activations } from "../registry/index.js";

/** Throws a RangeError unless `gate` is an ActivationId. */
export function checkGate(fn: string, gate: unknown): ActivationId {
  if (typeof gate !== "string" || !Object.hasOwn(activations, gate)) {
    throw new RangeError(`${fn}: gate must be one of ${activationIds.join(", ")}, got ${describe(gate)}`);
  }
  return gate as ActivationId;
}

/**
 * Checks a split over the last dimension: lastDim an even integer ≥ 2 and x.length a multiple of
 * it. Returns the number of rows.
 */
export function checkSplit(fn: string, x: FloatArray, lastDim: unknown): number {
  if (typeof lastDim !== "number" || !Number.isInteger(lastDim) || lastDim < 2 || lastDim % 2 !== 0) {
    throw new RangeError(`${fn}: lastDim must be an even integer ≥ 2, got ${describe(lastDim)}`);
  }
  if (x.length % lastDim !== 0) {
    throw new RangeError(`${fn}: x's length must be a multiple of lastDim ${lastDim}, got ${x.length}`);
  }
  return x.length / lastDim;
}

/**
 * Returns `out` when it has x's type and the given length, a new array of x's type when it is
 * undefined (unless `required`); throws a TypeError (type, a detached buffer or a missing required
 * array) or a RangeError (length) otherwise.
 */
export function outputLike<T extends FloatArray>(
  fn: string,
  name: string,
  out: unknown,
  x: T,
  length: number,
  required = false,
): T {
  if (out === undefined && !required) return new (x.constructor as new (n: number) => T)(length);
  return checkLike(fn, name, out, x, length);
}
