import { checkFinite } from "./check.js";
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
