import { checkFloatArray } from "../kernels/validate.js";
import { checkFinite, describe } from "./check.js";
import { checkArrayOf, type Dtype, dtypeOf } from "./dtype.js";
import type { Param } from "./param.js";

/**
 * Updates parameters in place from their gradients; keeps its own state per parameter, in the
 * parameter's dtype (so a float32 model's Adam moments are Float32Arrays).
 */
export interface Optimizer {
  readonly name: string;
  /** One update of every parameter from its current `grad`. */
  step(params: readonly Param<Dtype>[]): void;
}

/**
 * Throws unless `value` is a finite number ≥ `min` (and < `below` when given): a TypeError for a
 * non-number, a RangeError for NaN, ±∞ or a value outside (a NaN learning rate would turn every
 * weight into NaN at the first step).
 */
export function checkHyper(where: string, name: string, value: number, min: number, below = Infinity): void {
  checkFinite(where, name, value, min, below);
}

/**
 * Throws unless `params` is an array of Params, each with a value and a gradient of one type and
 * length (a TypeError for the wrong kind, a RangeError for a length), before a step changes anything.
 */
export function checkParams(where: string, params: readonly Param<Dtype>[]): void {
  if (!Array.isArray(params))
    throw new TypeError(`${where}: params must be an array of Params, got ${describe(params)}`);
  for (const [i, p] of params.entries()) {
    if (typeof p !== "object" || p === null)
      throw new TypeError(`${where}: params[${i}] must be a Param, got ${describe(p)}`);
    const dtype = dtypeOf(checkFloatArray(where, `params[${i}].value`, p.value));
    checkArrayOf(where, `params[${i}].grad`, dtype, p.grad, p.value.length);
  }
}
