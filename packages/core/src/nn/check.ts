// Argument checks shared by the toolkit: done once per call (never per element), each error a
// TypeError (wrong kind of value) or RangeError (right kind, wrong value) that names the function,
// the argument and the value.
import { describe } from "../describe.js";
import { checkArrayOf } from "./dtype.js";

export { describe };

/**
 * The most parameters a layer or model may hold: 2^27 (134,217,728). Each parameter has a value
 * and a gradient in float64, 2 GiB together at the limit (Adam keeps 2 GiB more), which is about
 * what a machine like the CI's can still allocate; `mlp({ sizes: [2, 1e9, 1] })` asked for 32 GB
 * and got the process killed. The toolkit runs per-element JavaScript loops, so a model near the
 * limit already takes seconds a step: it is meant for small experiments.
 */
export const MAX_PARAMETERS = 2 ** 27;

/** Throws unless `value` is an integer in [min, max]: a TypeError for a non-number, else a RangeError. */
export function checkInteger(
  fn: string,
  name: string,
  value: unknown,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (typeof value !== "number")
    throw new TypeError(`${fn}: ${name} must be an integer, got ${describe(value)}`);
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `in [${min}, ${max}]`;
    throw new RangeError(`${fn}: ${name} must be an integer ${range}, got ${describe(value)}`);
  }
  return value;
}

/** Throws unless `value` is a finite number ≥ min (and < below when given): a TypeError for a non-number. */
export function checkFinite(
  fn: string,
  name: string,
  value: unknown,
  min = -Infinity,
  below = Infinity,
): number {
  const range = min === -Infinity ? "" : below === Infinity ? ` ≥ ${min}` : ` in [${min}, ${below})`;
  if (typeof value !== "number") {
    throw new TypeError(`${fn}: ${name} must be a finite number${range}, got ${describe(value)}`);
  }
  if (!Number.isFinite(value) || value < min || value >= below) {
    throw new RangeError(`${fn}: ${name} must be a finite number${range}, got ${describe(value)}`);
  }
  return value;
}

/** Throws a TypeError unless `value` is a function. */
export function checkFunction<F>(fn: string, name: string, value: F): F {
  if (typeof value !== "function")
    throw new TypeError(`${fn}: ${name} must be a function, got ${describe(value)}`);
  return value;
}

/** Throws a TypeError unless `value` is a boolean. */
export function checkBoolean(fn: string, name: string, value: unknown): boolean {
  if (typeof value !== "boolean")
    throw new TypeError(`${fn}: ${name} must be a boolean, got ${describe(value)}`);
  return value;
}

/**
 * Throws unless `value` is a Float64Array over an attached buffer (a TypeError) of `length`
 * entries when given (a RangeError).
 */
export function checkFloat64Array(fn: string, name: string, value: unknown, length?: number): Float64Array {
  return checkArrayOf(fn, name, "float64", value, length);
}

/** Throws unless `count` parameters fit under {@link MAX_PARAMETERS} (a RangeError, before anything is allocated). */
export function checkParameterCount(fn: string, what: string, count: number): void {
  if (count > MAX_PARAMETERS) {
    throw new RangeError(
      `${fn}: ${what} would give ${count} parameters, more than the limit 2^27 = ${MAX_PARAMETERS}`,
    );
  }
}
