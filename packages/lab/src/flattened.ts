/** What {@link flattened} reports of a curve's tail. */
export interface Flatness {
  /** True when the last window's mean moved less than `tolerance` (relative) from the window before. */
  readonly flat: boolean;
  /** (mean of the last window − mean of the window before) / |mean of the window before|. */
  readonly relativeChange: number;
  readonly window: number;
}

/**
 * Whether a training curve has flattened: the mean of its last `window` points differs from the
 * mean of the `window` points before them by less than `tolerance`, relative. The protocol asks
 * this of every arm's mean loss curve before comparing the arms' final numbers.
 *
 * @example flattened([1, 0.5, 0.41, 0.4, 0.4, 0.4], { window: 2 }).flat // => true
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
  return { flat: Math.abs(relativeChange) < tolerance, relativeChange, window };
}
