import { checkParam } from "./checkParam.js";
import { sigmoid, sigmoidGrad } from "./sigmoid.js";

/**
 * Swish, swish(x, β) = x·σ(βx) (Ramachandran et al. 2017); β finite, default 1 (then it is SiLU).
 *
 * Special cases: NaN → NaN, swish(±0) = ±0; for β > 0 swish(+∞) = +∞ and swish(−∞) = −0 (the
 * limit, not 0·∞); β = 0 gives x/2.
 *
 * @example swish(1) // => 0.7310585786300049
 * @example swish(-1, 2) // => -0.11920292202211755
 */
export function swish(x: number, beta = 1): number {
  checkParam("swish", "beta", beta, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  return swishUnchecked(x, beta);
}

/**
 * Derivative of swish with respect to x, σ(βx)·(1 + βx·σ(−βx)).
 *
 * Special cases: NaN → NaN; for β > 0 the limits 1 at +∞ and −0 at −∞; β = 0 gives 1/2.
 *
 * @example swishGrad(0) // => 0.5
 */
export function swishGrad(x: number, beta = 1): number {
  checkParam("swishGrad", "beta", beta, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  return swishGradUnchecked(x, beta);
}

/**
 * Derivative of swish with respect to β, x²·σ′(βx) = x²·σ(βx)·σ(−βx).
 *
 * Formed as x·(x·σ′(βx)) so it overflows only where the true value does.
 * Special cases: NaN → NaN; +0 at ±∞ for β ≠ 0 (+∞ for β = 0).
 *
 * @example swishGradBeta(1) // => 0.19661193324148185
 */
export function swishGradBeta(x: number, beta = 1): number {
  checkParam("swishGradBeta", "beta", beta, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  return swishGradBetaUnchecked(x, beta);
}

/** swish without the parameter check. @internal */
export function swishUnchecked(x: number, beta: number): number {
  if (beta === 0) return x * 0.5;
  const z = beta * x;
  if (z === Number.NEGATIVE_INFINITY) return x > 0 ? 0 : -0; // the limit, with the sign of x
  if (z < -700) {
    // σ(z) = e^z would be subnormal: x·e^(z/2)·e^(z/2) rounds only in the last product
    const h = Math.exp(z / 2);
    return x * h * h;
  }
  return x * sigmoid(z);
}

/** swishGrad without the parameter check. @internal */
export function swishGradUnchecked(x: number, beta: number): number {
  if (beta === 0) return 0.5;
  const z = beta * x;
  if (z === Number.POSITIVE_INFINITY) return 1;
  if (z === Number.NEGATIVE_INFINITY) return -0;
  // σ(z)·(1 + z·σ(−z)) = (1 + t + z·t)/(1 + t)² with t = e^(−z) for z ≥ 0,
  // and t·(1 + t + z)/(1 + t)² with t = e^z for z < 0
  if (z >= 0) {
    const t = Math.exp(-z);
    const s = 1 + t;
    return (s + z * t) / (s * s);
  }
  const t = Math.exp(z);
  const s = 1 + t;
  return (t * (s + z)) / (s * s);
}

/** swishGradBeta without the parameter check. @internal */
export function swishGradBetaUnchecked(x: number, beta: number): number {
  if (x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY) {
    return beta === 0 ? Number.POSITIVE_INFINITY : 0;
  }
  return x * (x * sigmoidGrad(beta * x));
}
