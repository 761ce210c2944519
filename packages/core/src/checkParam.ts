import { describe } from "./describe.js";
import type { ActivationParam } from "./registry/types.js";

/**
 * The TypeError of a scalar function given an x that is not a number (`softplus("1")` would
 * otherwise return a string, `tanh(undefined)` −1). Each function tests `typeof x !== "number"`
 * itself, first thing, and calls this only then: an inline test costs nothing measurable where a
 * call to a checker cost relu 3 ns of its 1 (a cold throw path keeps the hot one small). NaN, ±∞
 * and every other number pass: NaN in gives NaN out.
 * @internal
 */
export function notANumber(fn: string, x: unknown): TypeError {
  return new TypeError(`${fn}: x must be a number, got ${describe(x)}`);
}

/**
 * `value` if it is a finite number within [min, max]. Throws a TypeError for a non-number and a
 * RangeError otherwise, naming the function, the argument and the value
 * (`elu: alpha must be a finite number, got NaN`). The one parameter check of the package: the
 * scalar functions, the kernels and the gated units all call it.
 * @internal
 */
export function checkParamValue(fn: string, name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number") {
    throw new TypeError(`${fn}: ${name} must be a finite number, got ${describe(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${fn}: ${name} must be a finite number, got ${describe(value)}`);
  }
  if (value < min || value > max) {
    throw new RangeError(`${fn}: ${name} must be in [${min}, ${max}], got ${describe(value)}`);
  }
  return value;
}

/**
 * `value` checked against an activation's parameter from the registry (`activationParams`): its
 * range, and its name in the message unless `name` says otherwise.
 * @internal
 */
export function checkParam(
  fn: string,
  param: ActivationParam,
  value: unknown,
  name: string = param.name,
): number {
  return checkParamValue(fn, name, value, param.min, param.max);
}
