import { checkParam, notANumber } from "../checkParam.js";
import { activationParams } from "../registry/params.js";
import { leakyReluGradUnchecked, leakyReluUnchecked } from "./leakyRelu.js";

/**
 * Parametric ReLU, prelu(x, α) = x for x > 0, α·x otherwise, with a learned slope α (default 0.25,
 * He et al. 2015). Any finite α is accepted, since training may move it anywhere.
 *
 * Special cases: NaN → NaN; prelu(−0) = −0 for α > 0; prelu(−∞) = −∞·sign(α) (−0 for α = 0).
 * Throws a RangeError for a non-finite α.
 *
 * @example prelu(-2) // => -0.5
 * @example prelu(-2, 0.1) // => -0.2
 */
export function prelu(x: number, alpha = activationParams.prelu.default): number {
  if (typeof x !== "number") throw notANumber("prelu", x);
  checkParam("prelu", activationParams.prelu, alpha);
  return leakyReluUnchecked(x, alpha);
}

/**
 * Derivative of PReLU with respect to x: 1 for x > 0, α for x ≤ 0.
 *
 * At the kink x = 0 it takes the left-hand derivative, α, as PyTorch does.
 * Special cases: NaN → NaN, +∞ → 1, −∞ → α.
 *
 * @example preluGrad(0) // => 0.25
 */
export function preluGrad(x: number, alpha = activationParams.prelu.default): number {
  if (typeof x !== "number") throw notANumber("preluGrad", x);
  checkParam("preluGrad", activationParams.prelu, alpha);
  return leakyReluGradUnchecked(x, alpha);
}

/**
 * Derivative of PReLU with respect to its slope: ∂prelu/∂α = 0 for x > 0, x for x ≤ 0.
 *
 * It does not depend on α (checked all the same). Special cases: NaN → NaN, −∞ → −∞, +∞ → 0.
 *
 * @example preluGradAlpha(-3) // => -3
 * @example preluGradAlpha(2) // => 0
 */
export function preluGradAlpha(x: number, alpha = activationParams.prelu.default): number {
  if (typeof x !== "number") throw notANumber("preluGradAlpha", x);
  checkParam("preluGradAlpha", activationParams.prelu, alpha);
  return preluGradAlphaUnchecked(x);
}

/** preluGradAlpha without the parameter check. @internal */
export function preluGradAlphaUnchecked(x: number): number {
  return Math.min(x, 0);
}
