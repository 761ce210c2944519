import { notANumber } from "../checkParam.js";
import { dd, twoProd, twoSum } from "../special/doubleDouble.js";

const s = dd();
const p = dd();
const q = dd();

/**
 * Hard-Swish, hardSwish(x) = x·ReLU6(x + 3)/6 (Howard et al. 2019, MobileNetV3; PyTorch's
 * Hardswish): 0 for x ≤ −3, x for x ≥ 3, x·(x + 3)/6 between.
 *
 * x + 3 and x·(x + 3) are carried as exact pairs and divided by 6 with a corrected quotient, so the
 * result is rounded once (the naive form rounds three times, up to 1.5 ULP).
 * Special cases: NaN → NaN, hardSwish(±0) = ±0, and −0 for x ≤ −3 and at −∞ (the sign of PyTorch's
 * x·0/6); hardSwish(+∞) = +∞.
 *
 * @example hardSwish(1) // => 0.6666666666666666
 * @example hardSwish(-4) // => -0
 */
export function hardSwish(x: number): number {
  if (typeof x !== "number") throw notANumber("hardSwish", x);
  if (x <= -3) return -0;
  if (x >= 3 || Number.isNaN(x)) return x;
  // below 2^−60, x²/6 is under 2^−61·|x|: x/2 is the value (and keeps the sign of ±0)
  if (Math.abs(x) < 2 ** -60) return x * 0.5;
  twoSum(x, 3, s);
  twoProd(x, s.hi, p);
  const lo = p.lo + x * s.lo;
  // (p.hi + lo)/6: the quotient, then the exact residual p.hi − 6·quotient corrects it
  const y = p.hi / 6;
  twoProd(y, 6, q);
  return y + (p.hi - q.hi - q.lo + lo) / 6;
}

/**
 * Derivative of Hard-Swish, (2x + 3)/6 on (−3, 3), 0 for x ≤ −3 and 1 for x ≥ 3.
 *
 * At the kinks it follows PyTorch's hardswish_backward (aten/src/ATen/native/cpu/Activation.cpp:
 * `x <= -3` gives 0, `x < 3` gives x/3 + 1/2, else 1), so hardSwishGrad(−3) = 0 and
 * hardSwishGrad(3) = 1, the outer pieces' values (older PyTorch gave −0.5 and 1.5 there).
 * 2x + 3 is an exact pair, so the zero at x = −1.5 and the values near it are rounded once.
 * Special cases: NaN → NaN, −∞ → 0, +∞ → 1.
 *
 * @example hardSwishGrad(0) // => 0.5
 * @example hardSwishGrad(-3) // => 0
 */
export function hardSwishGrad(x: number): number {
  if (typeof x !== "number") throw notANumber("hardSwishGrad", x);
  if (x <= -3) return 0;
  if (x >= 3) return 1;
  if (Number.isNaN(x)) return x;
  twoSum(2 * x, 3, s);
  const y = s.hi / 6;
  twoProd(y, 6, q);
  return y + (s.hi - q.hi - q.lo + s.lo) / 6;
}
