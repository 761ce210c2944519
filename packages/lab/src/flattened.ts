/** What {@link flattened} reports of a curve's tail. */
export interface Flatness {
  /** True when the last window's mean is no longer falling: it fell by less than `tolerance` (relative) from the window before, or rose. */
  readonly flat: boolean;
  /** (mean of the last window − mean of the window before) / |mean of the window before|. */
  readonly relativeChange: number;
  readonly window: number;
}

/**
 * Whether a loss curve has flattened, i.e. more training would not lower it: the mean of its last
 * `window` points is at most `tolerance` (relative) below the mean of the `window` points before
 * them. A test loss that rises again (overfitting) has flattened in this sense: its best is behind
 * it. The protocol asks this of every arm's mean test-loss curve before comparing final numbers.
 *
 * @example flattened([1, 0.5, 0.41, 0.4, 0.4, 0.4], { window: 2 }).flat // => true
 * @example flattened([1, 0.9, 0.8, 0.7], { window: 2 }).flat // => false (still falling 21 %)
 */
export function flattened(
  curve: ArrayLike<number>,
  { window = 10, tolerance = 0.02 }: { window?: number; tolerance?: number } = {},
): Flatness {
  if (!Number.isInteger(window) || window < 1) {
    throw new RangeError(`flattened: window must be an integer ≥ 1, got ${window}`);
  }
  if (!(tolerance > 0))
    throw new RangeError(`flattened: tolerance must be a positive number, got ${tolerance}`);
  if (curve.length < 2 * window) {
    throw new RangeError(
      `flattened: curve must hold at least 2·window = ${2 * window} points, got ${curve.length}`,
    );
  }
  const mean = (from: number) => {
    let sum = 0;
    for (let i = from; i < from + window; i++) sum += curve[i];
    return sum / window;
  };
  const last = mean(curve.length - window);
  const before = mean(curve.length - 2 * window);
  const relativeChange = (last - before) / Math.abs(before);
  return { flat: relativeChange > -tolerance, relativeChange, window };
}
