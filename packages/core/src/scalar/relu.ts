import { notANumber } from "../checkParam.js";
/**
 * Rectified linear unit, relu(x) = max(x, 0).
 *
 * IEEE 754-2019 maximum: relu(−0) = +0 (as `Math.max`), so the output is never negative;
 * relu(NaN) = NaN; relu(+∞) = +∞, relu(−∞) = +0.
 *
 * @example relu(-2) // => 0
 * @example relu(3) // => 3
 */
export function relu(x: number): number {
  if (typeof x !== "number") throw notANumber("relu", x);
  return Math.max(x, 0);
}

/**
 * Derivative of relu: 1 for x > 0, 0 for x ≤ 0.
 *
 * At the kink x = 0 it takes the left-hand derivative, 0, as PyTorch does.
 * Special cases: relu′(NaN) = NaN (PyTorch returns 1), relu′(+∞) = 1, relu′(−∞) = 0.
 *
 * @example reluGrad(0) // => 0
 * @example reluGrad(2) // => 1
 */
export function reluGrad(x: number): number {
  if (typeof x !== "number") throw notANumber("reluGrad", x);
  if (x > 0) return 1;
  return x <= 0 ? 0 : Number.NaN;
}
