import type { Param } from "./param.js";

/** Updates parameters in place from their gradients; keeps its own state per parameter. */
export interface Optimizer {
  readonly name: string;
  /** One update of every parameter from its current `grad`. */
  step(params: readonly Param[]): void;
}

/** Throws unless `value` is a finite number ≥ `min` (and < `below` when given). */
export function checkHyper(where: string, name: string, value: number, min: number, below = Infinity): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value >= below) {
    const range = below === Infinity ? `≥ ${min}` : `in [${min}, ${below})`;
    throw new RangeError(`${where}: ${name} must be a finite number ${range}, got ${value}`);
  }
}
