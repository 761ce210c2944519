import { checkFinite, checkFloat64Array, describe } from "./check.js";
import type { Param } from "./param.js";

/** Updates parameters in place from their gradients; keeps its own state per parameter. */
export interface Optimizer {
  readonly name: string;
  /** One update of every parameter from its current `grad`. */
  step(params: readonly Param[]): void;
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
 * Throws unless `params` is an array of Params, each with a value and a gradient of one length
 * (a TypeError for the wrong kind, a RangeError for a length), before a step changes anything.
 */
export function checkParams(where: string, params: readonly Param[]): void {
  if (!Array.isArray(params))
    throw new TypeError(`${where}: params must be an array of Params, got ${describe(params)}`);
  for (const [i, p] of params.entries()) {
    if (typeof p !== "object" || p === null)
      throw new TypeError(`${where}: params[${i}] must be a Param, got ${describe(p)}`);
    checkFloat64Array(where, `params[${i}].value`, p.value);
    checkFloat64Array(where, `params[${i}].grad`, p.grad, p.value.length);
  }
}
