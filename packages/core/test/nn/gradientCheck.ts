// Test helper: gradients against central finite differences in float64.

/**
 * Largest error of an analytic gradient against central differences of a scalar function,
 * measured as |analytic − numeric| / (1 + |numeric|) over every entry of `at`.
 * `f` reads `at` (which is perturbed in place and restored); h scales with |at[i]|.
 */
export function gradientError(f: () => number, at: Float64Array, analytic: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < at.length; i++) {
    const saved = at[i];
    const h = 1e-6 * Math.max(1, Math.abs(saved));
    at[i] = saved + h;
    const plus = f();
    at[i] = saved - h;
    const minus = f();
    at[i] = saved;
    const numeric = (plus - minus) / (2 * h);
    worst = Math.max(worst, Math.abs(analytic[i] - numeric) / (1 + Math.abs(numeric)));
  }
  return worst;
}

/** Σ r ⊙ y: a scalar loss whose gradient with respect to y is r. */
export function dot(r: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += r[i] * y[i];
  return s;
}

/** Tolerance of every gradient check: central differences in float64 with h = 1e-6·max(1, |x|). */
export const GRADIENT_TOLERANCE = 1e-8;
