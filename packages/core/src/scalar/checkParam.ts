import { describe } from "../describe.js";

/**
 * Checks a scalar function's input x: a TypeError for anything but a number (`softplus("1")`
 * would otherwise return a string, `tanh(undefined)` −1). NaN, ±∞ and every other number pass:
 * NaN in gives NaN out. One `typeof`, so the float64 path keeps its speed (and in the float64
 * kernels, whose inputs come from a Float64Array, the compiler drops it).
 * @internal
 */
export function checkX(fn: string, x: number): void {
  if (typeof x !== "number") throw new TypeError(`${fn}: x must be a number, got ${describe(x)}`);
}

/**
 * Checks an activation's parameter: a finite number within [min, max].
 * Throws a TypeError for a non-number and a RangeError otherwise, naming the function, the
 * argument and the value (`elu: alpha must be a finite number, got NaN`).
 * @internal
 */
export function checkParam(fn: string, name: string, value: number, min: number, max: number): void {
  if (typeof value !== "number") {
    throw new TypeError(`${fn}: ${name} must be a finite number, got ${describe(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${fn}: ${name} must be a finite number, got ${value}`);
  }
  if (value < min || value > max) {
    throw new RangeError(`${fn}: ${name} must be in [${min}, ${max}], got ${describe(value)}`);
  }
}
