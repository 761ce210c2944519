import { checkParam, notANumber } from "../checkParam.js";
import { activationParams } from "../registry/params.js";

/**
 * Leaky ReLU, leakyRelu(x, α) = x for x > 0, α·x otherwise; α ∈ [0, 1], default 0.01.
 *
 * Special cases: NaN → NaN; leakyRelu(−0) = −0 (α·(−0)); leakyRelu(−∞) = −∞ (−0 for α = 0).
 * Throws a RangeError for α outside [0, 1] or not finite.
 *
 * @example leakyRelu(-2) // => -0.02
 * @example leakyRelu(3, 0.2) // => 3
 */
export function leakyRelu(x: number, alpha = activationParams.leakyRelu.default): number {
  if (typeof x !== "number") throw notANumber("leakyRelu", x);
  checkParam("leakyRelu", activationParams.leakyRelu, alpha);
  return leakyReluUnchecked(x, alpha);
}

/**
 * Derivative of leaky ReLU: 1 for x > 0, α for x ≤ 0.
 *
 * At the kink x = 0 it takes the left-hand derivative, α, as PyTorch does.
 * Special cases: NaN → NaN, +∞ → 1, −∞ → α.
 *
 * @example leakyReluGrad(0) // => 0.01
 * @example leakyReluGrad(5, 0.2) // => 1
 */
export function leakyReluGrad(x: number, alpha = activationParams.leakyRelu.default): number {
  if (typeof x !== "number") throw notANumber("leakyReluGrad", x);
  checkParam("leakyReluGrad", activationParams.leakyRelu, alpha);
  return leakyReluGradUnchecked(x, alpha);
}

/** leakyRelu without the parameter check, for loops that check α once. @internal */
export function leakyReluUnchecked(x: number, alpha: number): number {
  if (x > 0) return x;
  // α·x, but 0·(−∞) is the limit −0, not NaN
  return alpha === 0 && x === Number.NEGATIVE_INFINITY ? -0 : alpha * x;
}

/** leakyReluGrad without the parameter check. @internal */
export function leakyReluGradUnchecked(x: number, alpha: number): number {
  if (x > 0) return 1;
  return x <= 0 ? alpha : Number.NaN;
}
