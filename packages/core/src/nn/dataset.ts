import type { Rng } from "./rng.js";

/**
 * A data set: `rows` samples of `features` numbers each (row-major in `x`), and one target per
 * sample in `y` — a class index 0 … classes − 1 for classification, a number for regression.
 */
export interface Dataset {
  readonly name: string;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly rows: number;
  readonly features: number;
  /** Number of classes, or null for a regression target. */
  readonly classes: number | null;
}

/** Options every generated data set takes. */
export interface DatasetOptions {
  /** Number of samples. */
  points?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate (or to the target). */
  noise?: number;
  /** A seed, or a generator to draw from; default 0. */
  seed?: number | Rng;
}

/** Throws unless points is an integer ≥ min and noise a finite number ≥ 0. */
export function checkDatasetOptions(where: string, points: number, noise: number, min = 1): void {
  if (!Number.isInteger(points) || points < min) {
    throw new RangeError(`${where}: points must be an integer ≥ ${min}, got ${points}`);
  }
  if (!Number.isFinite(noise) || noise < 0) {
    throw new RangeError(`${where}: noise must be a finite number ≥ 0, got ${noise}`);
  }
}
