import { checkOptions } from "../kernels/validate.js";
import { checkDatasetOptions, type Dataset, type DatasetOptions } from "./dataset.js";
import { rngOf } from "./rng.js";

/**
 * Two interleaving half circles, as scikit-learn's `make_moons`: ⌈n/2⌉ points on the upper moon
 * (cos t, sin t), label 0, and the rest on the lower one (1 − cos t, 0.5 − sin t), label 1, with t
 * evenly spaced over [0, π]; then Gaussian noise on each coordinate.
 *
 * @example twoMoons({ points: 100, noise: 0.1, seed: 1 }).rows // => 100
 */
export function twoMoons(options: DatasetOptions = {}): Dataset {
  const { points = 200, noise = 0.1, seed = 0 } = checkOptions("twoMoons", options);
  checkDatasetOptions("twoMoons", points, noise, 2);
  const rng = rngOf("twoMoons", "seed", seed);
  const upper = Math.ceil(points / 2);
  const lower = points - upper;
  const x = new Float64Array(points * 2);
  const y = new Float64Array(points);
  for (let i = 0; i < points; i++) {
    const isUpper = i < upper;
    const count = isUpper ? upper : lower;
    const index = isUpper ? i : i - upper;
    const t = count > 1 ? (Math.PI * index) / (count - 1) : 0;
    x[2 * i] = (isUpper ? Math.cos(t) : 1 - Math.cos(t)) + noise * rng.normal();
    x[2 * i + 1] = (isUpper ? Math.sin(t) : 0.5 - Math.sin(t)) + noise * rng.normal();
    y[i] = isUpper ? 0 : 1;
  }
  return { name: "twoMoons", x, y, rows: points, features: 2, classes: 2 };
}
