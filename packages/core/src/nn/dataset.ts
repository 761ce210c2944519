import { checkOptions } from "../kernels/validate.js";
import { checkFinite, checkFloat64Array, checkInteger } from "./check.js";
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

/**
 * Throws unless points is an integer in [min, 2^24] (16,777,216 samples, 256 MB of float64
 * coordinates: a bound so that a typo fails at once instead of exhausting memory) and noise a
 * finite number ≥ 0.
 */
export function checkDatasetOptions(where: string, points: number, noise: number, min = 1): void {
  checkInteger(where, "points", points, min, MAX_POINTS);
  checkFinite(where, "noise", noise, 0);
}

/** The most samples a generated data set holds. */
const MAX_POINTS = 2 ** 24;

/**
 * Throws unless `data` is a Dataset whose arrays agree with its sizes: x holds rows × features
 * numbers, y one per row, and rows ≥ 1 (an empty set has no mean loss: it was NaN).
 */
export function checkDataset(fn: string, data: Dataset): Dataset {
  checkOptions(fn, data, true, "data");
  checkInteger(fn, "data.rows", data.rows, 1);
  checkInteger(fn, "data.features", data.features, 1);
  checkFloat64Array(fn, "data.x", data.x, data.rows * data.features);
  checkFloat64Array(fn, "data.y", data.y, data.rows);
  return data;
}
