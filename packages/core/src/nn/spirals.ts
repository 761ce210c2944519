import { checkOptions } from "../kernels/validate.js";
import { checkFinite, checkInteger } from "./check.js";
import { checkDatasetOptions, type Dataset, type DatasetOptions } from "./dataset.js";
import { rngOf } from "./rng.js";

export interface SpiralsOptions extends DatasetOptions {
  /** Number of arms, one class each; 2 or more, default 2. */
  arms?: number;
  /** Turns each arm makes from the centre to radius 1; default 1. */
  turns?: number;
}

/**
 * Interleaved spiral arms, one class per arm (the classic of CS231n's notes). Arm j's k-th of m
 * points has radius r = k / (m − 1) and angle θ = 2πj / arms + 2π · turns · r, at r·(cos θ, sin θ),
 * plus Gaussian noise on each coordinate. Points are split as evenly as possible across arms,
 * arm by arm.
 *
 * @example spirals({ points: 300, arms: 3, seed: 1 }).classes // => 3
 */
export function spirals(options: SpiralsOptions = {}): Dataset {
  const fn = "spirals";
  const { points = 300, noise = 0.05, arms = 2, turns = 1, seed = 0 } = checkOptions(fn, options);
  checkInteger(fn, "arms", arms, 2);
  checkFinite(fn, "turns", turns);
  if (!(turns > 0)) throw new RangeError(`spirals: turns must be a finite number > 0, got ${turns}`);
  checkDatasetOptions(fn, points, noise, 2 * arms);
  const rng = rngOf(fn, "seed", seed);
  const x = new Float64Array(points * 2);
  const y = new Float64Array(points);
  let i = 0;
  for (let arm = 0; arm < arms; arm++) {
    const count = Math.floor(points / arms) + (arm < points % arms ? 1 : 0);
    for (let k = 0; k < count; k++, i++) {
      const r = k / (count - 1);
      const theta = (2 * Math.PI * arm) / arms + 2 * Math.PI * turns * r;
      x[2 * i] = r * Math.cos(theta) + noise * rng.normal();
      x[2 * i + 1] = r * Math.sin(theta) + noise * rng.normal();
      y[i] = arm;
    }
  }
  return { name: `spirals(${arms})`, x, y, rows: points, features: 2, classes: arms };
}
