import { checkOptions } from "../kernels/validate.js";
import { checkFinite } from "./check.js";
import { checkDatasetOptions, type Dataset, type DatasetOptions } from "./dataset.js";
import { rngOf } from "./rng.js";

export interface CirclesOptions extends DatasetOptions {
  /** Radius of the inner circle relative to the outer one (radius 1); in (0, 1), default 0.5. */
  factor?: number;
}

/**
 * Two concentric circles, as scikit-learn's `make_circles`: ⌈n/2⌉ points on the unit circle,
 * label 0, and the rest on the circle of radius `factor`, label 1, at evenly spaced angles
 * 2πk/count; then Gaussian noise on each coordinate.
 *
 * @example circles({ points: 100, factor: 0.3, seed: 1 }).classes // => 2
 */
export function circles(options: CirclesOptions = {}): Dataset {
  const { points = 200, noise = 0.05, factor = 0.5, seed = 0 } = checkOptions("circles", options);
  checkDatasetOptions("circles", points, noise, 2);
  checkFinite("circles", "factor", factor);
  if (!(factor > 0 && factor < 1)) throw new RangeError(`circles: factor must be in (0, 1), got ${factor}`);
  const rng = rngOf("circles", "seed", seed);
  const outer = Math.ceil(points / 2);
  const inner = points - outer;
  const x = new Float64Array(points * 2);
  const y = new Float64Array(points);
  for (let i = 0; i < points; i++) {
    const isOuter = i < outer;
    const angle = isOuter ? (2 * Math.PI * i) / outer : (2 * Math.PI * (i - outer)) / inner;
    const radius = isOuter ? 1 : factor;
    x[2 * i] = radius * Math.cos(angle) + noise * rng.normal();
    x[2 * i + 1] = radius * Math.sin(angle) + noise * rng.normal();
    y[i] = isOuter ? 0 : 1;
  }
  return { name: "circles", x, y, rows: points, features: 2, classes: 2 };
}
